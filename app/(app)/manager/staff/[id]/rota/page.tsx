import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DayExceptionForm } from "@/components/staff/day-exception-form";
import { DayExceptionList } from "@/components/staff/day-exception-list";
import { RotaWeek } from "@/components/staff/rota-week";
import { StaffTabs } from "@/components/staff/staff-tabs";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { describeException } from "@/lib/rota/save-day-exception";
import { loadStaffMember } from "@/lib/staff/list-staff";
import { loadStaffRota } from "@/lib/staff/staff-rota";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff hours" };

export default async function StaffRotaPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("MANAGER");
  const id = Number((await params).id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const [member, rota] = valid ? await Promise.all([loadStaffMember(db, id), loadStaffRota(db, id, new Date())]) : [null, null];
  if (!member || !rota) notFound();

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <PageHeader title={`${member.name}: hours`} description="Their usual week and the dates that differ. The salon's opening hours bound them; the calendar and online booking follow them." className="mb-4" />
        <StaffTabs staffId={member.id} current="rota" />
      </div>
      {!member.takesAppointments && (
        <Alert tone="info">
          {member.name} doesn&apos;t take appointments, so their hours don&apos;t show in the calendar.{" "}
          <Link href={`/manager/staff/${member.id}/edit`} className="font-medium underline">
            Change that under Details
          </Link>
          .
        </Alert>
      )}
      <Card title="Usual week" padding="none">
        <RotaWeek staffId={member.id} name={member.name} opening={rota.opening} week={rota.week} />
      </Card>
      <Card title="Days off and different hours" description="One date at a time: a holiday, a day off, or other hours that day. These win over the usual week.">
        <DayExceptionForm staffId={member.id} opening={rota.opening} today={rota.today} existing={rota.upcoming.map((e) => ({ date: e.date, text: describeException(e) }))} />
      </Card>
      <Card title="Dates coming up" padding="none">
        <DayExceptionList staffId={member.id} upcoming={rota.upcoming} recent={rota.recent} />
      </Card>
    </div>
  );
}
