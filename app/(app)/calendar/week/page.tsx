import type { Metadata } from "next";
import Link from "next/link";
import { format, parseISO } from "date-fns";
import { WeekGrid } from "@/components/calendar/week-grid";
import { WeekStaffPicker } from "@/components/calendar/week-staff-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { requireStaff } from "@/lib/auth/guard";
import { calendarHref, weekHref } from "@/lib/calendar/links";
import { loadCalendarWeek, mondayOf } from "@/lib/calendar/load-week";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";
import { addDaysToDate, isPlausibleDate, salonDateOf, salonMinutesOf } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Week" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const chevron = (d: string) => (
  <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    <path d={d} />
  </svg>
);

/** `/calendar/week?staffId=ID&date=YYYY-MM-DD`: one staff member's week, Monday to Sunday, around the date. */
export default async function WeekPage({ searchParams }: Props) {
  await requireStaff();
  const params = await searchParams;
  const { timezone } = await settingsForRequest();
  const now = new Date();
  const today = salonDateOf(now, timezone);
  const asked = first(params.date)?.trim() ?? "";
  const invalidDate = asked !== "" && !isPlausibleDate(asked);
  const date = asked && !invalidDate ? asked : today;
  const staffParam = Number(first(params.staffId));
  const week = await loadCalendarWeek(db, Number.isSafeInteger(staffParam) && staffParam > 0 ? staffParam : null, date, timezone);

  if (!week) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">Week</h1>
        <p className="text-sm text-ink-muted">No one is taking appointments yet. A manager can add staff members under Manager → Staff.</p>
      </div>
    );
  }

  const monday = mondayOf(date);
  const sunday = addDaysToDate(monday, 6);
  const sameMonth = monday.slice(0, 7) === sunday.slice(0, 7);
  const span = `${format(parseISO(monday), sameMonth ? "d" : "d MMMM")} – ${format(parseISO(sunday), "d MMMM yyyy")}`;
  const isThisWeek = mondayOf(today) === monday;
  const staffId = week.staff.id;
  const prev = weekHref(staffId, addDaysToDate(monday, -7));
  const next = weekHref(staffId, addDaysToDate(monday, 7));

  return (
    <div className="flex h-[calc(100dvh-9.3125rem)] min-h-[30rem] flex-col gap-4">
      <div className="flex shrink-0 flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="text-2xl font-semibold tracking-tight text-ink">{week.staff.name}&rsquo;s week</h1>
          <p className="flex items-center gap-2 text-lg font-medium text-ink-muted">
            {span}
            {isThisWeek && (
              <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-200 ring-inset">This week</span>
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label="Choose week" className="flex items-center">
            <Link href={prev} aria-label="Previous week" title="Previous week" className={cx(buttonClasses({ variant: "secondary", size: "sm" }), "rounded-r-none px-2")}>
              {chevron("m10 3.5-4.5 4.5 4.5 4.5")}
            </Link>
            <Link
              href={weekHref(staffId, today)}
              aria-current={isThisWeek ? "date" : undefined}
              className={cx(buttonClasses({ variant: "secondary", size: "sm" }), "-ml-px rounded-none")}
            >
              This week
            </Link>
            <Link href={next} aria-label="Next week" title="Next week" className={cx(buttonClasses({ variant: "secondary", size: "sm" }), "-ml-px rounded-l-none px-2")}>
              {chevron("m6 3.5 4.5 4.5L6 12.5")}
            </Link>
          </nav>
          <WeekStaffPicker key={staffId} staff={week.everyone} staffId={staffId} date={date} />
          <Link href={calendarHref(date)} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Day view
          </Link>
        </div>
      </div>
      {invalidDate && (
        <Alert tone="warning" className="shrink-0 py-2">
          That is not a date. Showing this week.
        </Alert>
      )}
      <WeekGrid days={week.days} today={today} nowMin={salonMinutesOf(now, timezone)} staffName={week.staff.name} />
    </div>
  );
}
