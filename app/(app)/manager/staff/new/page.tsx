import type { Metadata } from "next";
import { StaffForm } from "@/components/staff/staff-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add staff member" };

export default async function NewStaffPage() {
  await requireStaff("MANAGER");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="Add staff member" description="Someone who takes appointments, signs in at the desk, or both." />
      <Card>
        <StaffForm />
      </Card>
    </div>
  );
}
