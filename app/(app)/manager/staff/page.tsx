import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  await requireStaff("MANAGER");
  return <PageHeader title="Staff" description="Who works here, who takes appointments, and who can sign in." />;
}
