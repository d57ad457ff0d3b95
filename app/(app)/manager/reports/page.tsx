import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireStaff("MANAGER");
  return <PageHeader title="Reports" description="Daily sales, course redemptions and what the salon still owes on courses." />;
}
