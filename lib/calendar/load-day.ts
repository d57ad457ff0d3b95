import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { appointmentRowsSql, toCalendarAppointment, type AppointmentRow } from "./appointment-rows";
import { exceptionNote } from "@/lib/rota/load-rota";
import { workingSpans, type HoursRow, type Span } from "@/lib/rota/working-hours";
import { getSettings, type DayHours, type SalonSettingsView } from "@/lib/settings/salon-settings";
import { minutesOnDay, salonDayRange, weekdayOf, type SalonDate } from "@/lib/time";
import { isSqlTrue } from "@/lib/sql-flag";

export type CalendarStaff = { id: number; name: string; color: string };

/** A staff column of the day: who, and when they work that day. */
export type CalendarStaffDay = CalendarStaff & {
  /** The spans they work that day (salon-local minutes, end exclusive); empty = not working. */
  spans: Span[];
  /** The note of a date exception ("Holiday", "Day off"); "" when none. */
  note: string;
  /** No services listed for them yet: the column asks a manager to add them. */
  noServices: boolean;
};

export type CalendarAppointment = {
  id: number;
  staffId: number;
  clientName: string;
  serviceName: string;
  /** Minutes after local midnight. */
  startMin: number;
  endMin: number;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  source: "DESK" | "ONLINE";
  isCourse: boolean;
  /** The client's alert (an allergy, "prefers no small talk"); "" when none. */
  alert: string;
  /** The appointment's own note; "" when none. */
  note: string;
  /** The room or machine it holds ("Laser room"); "" when none. */
  room: string;
  /** The warning the desk overrode with "Book anyway" (outside the stylist's hours); "" when none. */
  bookedAnyway: string;
};

type Flag = number | bigint | boolean;
type Minutes = number | bigint | null;
type StaffRow = {
  id: number | bigint;
  name: string;
  color: string;
  hasServices: Flag;
  hasRota: Flag;
  weekStart: Minutes;
  weekEnd: Minutes;
  weekBreakStart: Minutes;
  weekBreakEnd: Minutes;
  hasException: Flag;
  exceptionStart: Minutes;
  exceptionEnd: Minutes;
  exceptionBreakStart: Minutes;
  exceptionBreakEnd: Minutes;
  exceptionNote: string | null;
};

const minutes = (m: Minutes) => (m == null ? null : Number(m));
const hoursRow = (start: Minutes, end: Minutes, breakStart: Minutes, breakEnd: Minutes): HoursRow => ({
  startMin: minutes(start),
  endMin: minutes(end),
  breakStartMin: minutes(breakStart),
  breakEndMin: minutes(breakEnd),
});

export type CalendarDay = {
  date: SalonDate;
  timezone: string;
  salonName: string;
  /** How old a patch test may be (months) before booking a service that needs one is flagged. */
  patchTestValidMonths: number;
  hours: DayHours;
  /** Everyone taking appointments, working that day or not (the board picks whom to show: lib/calendar/who-works.ts). */
  staff: CalendarStaffDay[];
  appointments: CalendarAppointment[];
};

/**
 * Everything the day view draws, in a few small queries. The page has usually read the settings
 * already (for "today"): pass them in and they are not read twice.
 */
export async function loadCalendarDay(
  tx: Tx,
  date: SalonDate,
  known?: Pick<SalonSettingsView, "timezone" | "name" | "patchTestValidMonths">,
): Promise<CalendarDay> {
  const settings = known ?? (await getSettings(tx));
  const { start, end } = salonDayRange(date, settings.timezone);
  const minutesOf = minutesOnDay(date, settings.timezone);
  const weekday = weekdayOf(date);
  const [staff, opening, rows] = await Promise.all([
    // Who takes appointments, each with their rota's row for the weekday and their exception for the
    // date, in one raw read: as four Prisma queries (staff, rotas, exceptions and a relation count)
    // they were most of a quiet day's data time. A rota is seven rows or none, so a row for the
    // weekday says they have one (lib/rota/load-rota.ts reads it the same way).
    tx.$queryRaw<StaffRow[]>`
      SELECT st."id", st."name", st."color",
             EXISTS (SELECT 1 FROM "StaffService" ss JOIN "Service" sv ON sv."id" = ss."serviceId"
                     WHERE ss."staffId" = st."id" AND sv."active") AS "hasServices",
             w."staffId" IS NOT NULL AS "hasRota", w."startMin" AS "weekStart", w."endMin" AS "weekEnd",
             w."breakStartMin" AS "weekBreakStart", w."breakEndMin" AS "weekBreakEnd",
             e."id" IS NOT NULL AS "hasException", e."startMin" AS "exceptionStart", e."endMin" AS "exceptionEnd",
             e."breakStartMin" AS "exceptionBreakStart", e."breakEndMin" AS "exceptionBreakEnd", e."note" AS "exceptionNote"
      FROM "Staff" st
      LEFT JOIN "StaffWeekHours" w ON w."staffId" = st."id" AND w."weekday" = ${weekday}
      LEFT JOIN "StaffDayException" e ON e."staffId" = st."id" AND e."date" = ${date}
      WHERE st."active" AND st."takesAppointments"
      ORDER BY st."sortOrder", st."name"`,
    tx.$queryRaw<{ opensAtMin: number | null; closesAtMin: number | null }[]>`
      SELECT "opensAtMin", "closesAtMin" FROM "OpeningHours" WHERE "weekday" = ${weekday}`,
    tx.$queryRaw<AppointmentRow[]>(appointmentRowsSql(Prisma.sql`a."startsAt" >= ${start} AND a."startsAt" < ${end}`)),
  ]);
  const open = opening[0];
  const hours: DayHours = open && open.opensAtMin != null && open.closesAtMin != null ? { opensAtMin: Number(open.opensAtMin), closesAtMin: Number(open.closesAtMin) } : null;
  return {
    date,
    timezone: settings.timezone,
    salonName: settings.name,
    patchTestValidMonths: settings.patchTestValidMonths,
    hours,
    staff: staff.map((s) => {
      const week = hoursRow(s.weekStart, s.weekEnd, s.weekBreakStart, s.weekBreakEnd);
      const exception = isSqlTrue(s.hasException) ? hoursRow(s.exceptionStart, s.exceptionEnd, s.exceptionBreakStart, s.exceptionBreakEnd) : null;
      return {
        id: Number(s.id),
        name: s.name,
        color: s.color,
        spans: workingSpans(hours, { hasRota: isSqlTrue(s.hasRota), week, exception }),
        note: exception ? exceptionNote({ note: s.exceptionNote ?? "", startMin: exception.startMin }) : "",
        noServices: !isSqlTrue(s.hasServices),
      };
    }),
    appointments: rows.map((a) => toCalendarAppointment(a, minutesOf(Number(a.startsAtMs)))),
  };
}
