import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  await requireStaff("MANAGER");
  return <PageHeader title="Services" description="The treatment menu: categories, durations and prices." />;
}
