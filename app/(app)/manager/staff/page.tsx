import type { Metadata } from "next";
import Link from "next/link";
import { StaffTable } from "@/components/staff/staff-table";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listStaff } from "@/lib/staff/list-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ saved?: string; signedOut?: string }> }) {
  const me = await requireStaff("MANAGER");
  const [staff, { saved, signedOut }] = await Promise.all([listStaff(db), searchParams]);
  const savedMember = staff.find((s) => String(s.id) === saved);
  const active = staff.filter((s) => s.active);
  const inCalendar = active.filter((s) => s.takesAppointments).length;

  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title="Staff"
        description="Who works here, who takes appointments, and who can sign in."
        actions={
          <>
            <Link href="/manager/settings" className={buttonClasses({ variant: "secondary" })}>
              Salon settings
            </Link>
            <Link href="/manager/staff/new" className={buttonClasses()}>
              <span aria-hidden="true">+</span> Add staff member
            </Link>
          </>
        }
      />
      {savedMember && (
        <Alert tone="success" className="mb-4">
          Saved {savedMember.name}.
          {!savedMember.active ? " They are inactive: signed out and off the calendar." : signedOut ? " They were signed out and sign in again with the new details." : ""}
        </Alert>
      )}
      <Card
        title="Team"
        description={`${active.length} active, ${inCalendar} in the calendar${staff.length > active.length ? `, ${staff.length - active.length} inactive` : ""}. Deactivated staff keep their past appointments.`}
        padding="none"
      >
        <StaffTable staff={staff} meId={me.id} highlightId={savedMember?.id} />
        <div className="flex items-center justify-between gap-4 border-t border-line px-5 py-4">
          <p className="text-sm text-ink-muted">Front desk runs the calendar and checkout; managers also set up courses, services, staff and settings.</p>
          <Link href="/manager/staff/new" className={buttonClasses({ variant: "secondary" })}>
            <span aria-hidden="true">+</span> Add staff member
          </Link>
        </div>
      </Card>
    </div>
  );
}
