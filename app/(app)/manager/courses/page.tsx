import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Courses" };

export default async function CoursesPage() {
  await requireStaff("MANAGER");
  return <PageHeader title="Courses" description="Course and package templates: what is on sale, at what price, and for how long." />;
}
