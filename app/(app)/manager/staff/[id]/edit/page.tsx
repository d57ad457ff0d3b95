import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffForm } from "@/components/staff/staff-form";
import { StaffTabs } from "@/components/staff/staff-tabs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadStaffMember } from "@/lib/staff/list-staff";
import { loadSkillChoices } from "@/lib/staff/staff-skills";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit staff member" };

export default async function EditStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff("MANAGER");
  const id = Number((await params).id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const [member, skills] = valid ? await Promise.all([loadStaffMember(db, id), loadSkillChoices(db, id)]) : [null, null];
  if (!member || !skills) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={`Edit ${member.name}`} description="Their details, sign-in, role, calendar colour and the services they do." />
      {member.takesAppointments && <StaffTabs staffId={member.id} current="edit" />}
      <Card>
        <StaffForm member={member} skills={skills} isSelf={member.id === me.id} />
      </Card>
    </div>
  );
}
