import type { Metadata } from "next";
import { StaffForm } from "@/components/staff/staff-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadSkillChoices } from "@/lib/staff/staff-skills";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add staff member" };

export default async function NewStaffPage() {
  await requireStaff("MANAGER");
  const skills = await loadSkillChoices(db);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="Add staff member" description="Someone who takes appointments, signs in at the desk, or both. Set their hours once they are added." />
      <Card>
        <StaffForm skills={skills} />
      </Card>
    </div>
  );
}
