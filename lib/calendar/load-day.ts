import type { Tx } from "@/lib/db";
import { loadRotas } from "@/lib/rota/load-rota";
import type { Span } from "@/lib/rota/working-hours";
import { getSettings, type DayHours, type SalonSettingsView } from "@/lib/settings/salon-settings";
import { minutesOnDay, salonDayRange, weekdayOf, type SalonDate } from "@/lib/time";
import { fullName } from "@/lib/clients/display";

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

/** An appointment as the day's (and a stylist's week's) one join reads it. */
export type AppointmentRow = {
  id: number | bigint;
  startsAt: Date;
  endsAt: Date;
  status: CalendarAppointment["status"];
  source: CalendarAppointment["source"];
  isCourse: number | bigint | boolean;
  firstName: string;
  lastName: string;
  alert: string;
  notes: string;
  serviceName: string;
  room: string | null;
  bookedAnyway: string | null;
};
type DayRow = AppointmentRow & { staffId: number | bigint };
type StaffRow = { id: number | bigint; name: string; color: string; hasServices: number | bigint | boolean };

/** A row of the join as the board draws it, at `startMin` minutes into its day (ends by midnight). */
export function toCalendarAppointment(a: AppointmentRow, staffId: number, startMin: number): CalendarAppointment {
  return {
    id: Number(a.id),
    staffId,
    clientName: fullName(a),
    serviceName: a.serviceName,
    startMin,
    endMin: Math.min(24 * 60, startMin + Math.round((+a.endsAt - +a.startsAt) / 60_000)),
    status: a.status,
    source: a.source,
    isCourse: Number(a.isCourse) === 1,
    alert: a.alert,
    note: a.notes,
    room: a.room ?? "",
    bookedAnyway: a.bookedAnyway ?? "",
  };
}

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
  const [staff, rotas, rows] = await Promise.all([
    // Raw, as the day's appointments are: Prisma's relation count was a third of the day's data time.
    tx.$queryRaw<StaffRow[]>`
      SELECT st."id", st."name", st."color",
             EXISTS (SELECT 1 FROM "StaffService" ss JOIN "Service" sv ON sv."id" = ss."serviceId"
                     WHERE ss."staffId" = st."id" AND sv."active") AS "hasServices"
      FROM "Staff" st
      WHERE st."active" AND st."takesAppointments"
      ORDER BY st."sortOrder", st."name"`,
    // Everyone's rota and exceptions for the day: one read each, not one per column, beside the staff read.
    loadRotas(tx, "all", date, date),
    // One join instead of Prisma's three queries (appointments, then their clients and services): on a
    // 500-appointment day this is half the page's data time.
    tx.$queryRaw<DayRow[]>`
      SELECT a."id", a."staffId", a."startsAt", a."endsAt", a."status", a."source",
             a."clientCourseLineId" IS NOT NULL AS "isCourse", a."notes", a."bookedAnyway", c."firstName", c."lastName", c."alert",
             s."name" AS "serviceName", r."name" AS "room"
      FROM "Appointment" a
      JOIN "Client" c ON c."id" = a."clientId"
      JOIN "Service" s ON s."id" = a."serviceId"
      LEFT JOIN "Resource" r ON r."id" = a."resourceId"
      WHERE a."startsAt" >= ${start} AND a."startsAt" < ${end}
      ORDER BY a."startsAt", a."id"`,
  ]);
  return {
    date,
    timezone: settings.timezone,
    salonName: settings.name,
    patchTestValidMonths: settings.patchTestValidMonths,
    hours: rotas.opening[weekdayOf(date)],
    staff: staff.map((s) => {
      const id = Number(s.id);
      return { id, name: s.name, color: s.color, spans: rotas.spans(id, date), note: rotas.exceptionNote(id, date) ?? "", noServices: Number(s.hasServices) !== 1 };
    }),
    appointments: rows.map((a) => toCalendarAppointment(a, Number(a.staffId), minutesOf(a.startsAt))),
  };
}
