import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Client Courses" };

export default async function ClientCoursesPage() {
  await requireStaff("MANAGER");
  return <PageHeader title="Client Courses" description="Every course a client has bought, with what is left, when it expires and its status." />;
}
