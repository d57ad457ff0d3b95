import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffForm } from "@/components/staff/staff-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadStaffMember } from "@/lib/staff/list-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit staff member" };

export default async function EditStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff("MANAGER");
  const id = Number((await params).id);
  const member = Number.isSafeInteger(id) && id > 0 ? await loadStaffMember(db, id) : null;
  if (!member) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={`Edit ${member.name}`} description="Their details, sign-in, role and calendar colour." />
      <Card>
        <StaffForm member={member} isSelf={member.id === me.id} />
      </Card>
    </div>
  );
}
