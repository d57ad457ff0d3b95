import type { Tx } from "@/lib/db";
import { getOpeningHours, getSettings, type DayHours, type SalonSettingsView } from "@/lib/settings/salon-settings";
import { minutesOnDay, salonDayRange, weekdayOf, type SalonDate } from "@/lib/time";
import { fullName } from "@/lib/clients/display";

export type CalendarStaff = { id: number; name: string; color: string };

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
};

type DayRow = {
  id: number | bigint;
  staffId: number | bigint;
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
};

export type CalendarDay = {
  date: SalonDate;
  timezone: string;
  salonName: string;
  /** How old a patch test may be (months) before booking a service that needs one is flagged. */
  patchTestValidMonths: number;
  hours: DayHours;
  staff: CalendarStaff[];
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
  const [settings, hours, staff] = await Promise.all([
    known ?? getSettings(tx),
    getOpeningHours(tx),
    tx.staff.findMany({
      where: { active: true, takesAppointments: true },
      select: { id: true, name: true, color: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
  ]);
  const { start, end } = salonDayRange(date, settings.timezone);
  const minutesOf = minutesOnDay(date, settings.timezone);
  // One join instead of Prisma's three queries (appointments, then their clients and services): on a
  // 500-appointment day this is half the page's data time.
  const rows = await tx.$queryRaw<DayRow[]>`
    SELECT a."id", a."staffId", a."startsAt", a."endsAt", a."status", a."source",
           a."clientCourseLineId" IS NOT NULL AS "isCourse", a."notes", c."firstName", c."lastName", c."alert",
           s."name" AS "serviceName"
    FROM "Appointment" a
    JOIN "Client" c ON c."id" = a."clientId"
    JOIN "Service" s ON s."id" = a."serviceId"
    WHERE a."startsAt" >= ${start} AND a."startsAt" < ${end}
    ORDER BY a."startsAt", a."id"`;
  return {
    date,
    timezone: settings.timezone,
    salonName: settings.name,
    patchTestValidMonths: settings.patchTestValidMonths,
    hours: hours[weekdayOf(date)],
    staff,
    appointments: rows.map((a) => {
      const startMin = minutesOf(a.startsAt);
      return {
        id: Number(a.id),
        staffId: Number(a.staffId),
        clientName: fullName(a),
        serviceName: a.serviceName,
        startMin,
        endMin: Math.min(24 * 60, startMin + Math.round((+a.endsAt - +a.startsAt) / 60_000)),
        status: a.status,
        source: a.source,
        isCourse: Number(a.isCourse) === 1,
        alert: a.alert,
        note: a.notes,
      };
    }),
  };
}
