import type { Tx } from "@/lib/db";
import { getOpeningHours, getSettings, type DayHours, type SalonSettingsView } from "@/lib/settings";
import { salonDayRange, salonMinutesOf, weekdayOf, type SalonDate } from "@/lib/time";

export type CalendarStaff = { id: number; name: string; color: string };

export type CalendarAppointment = {
  id: number;
  staffId: number;
  clientId: number;
  clientName: string;
  serviceName: string;
  /** Minutes after local midnight. */
  startMin: number;
  endMin: number;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  source: "DESK" | "ONLINE";
  isCourse: boolean;
};

export type CalendarDay = {
  date: SalonDate;
  timezone: string;
  salonName: string;
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
  known?: Pick<SalonSettingsView, "timezone" | "name">,
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
  const rows = await tx.appointment.findMany({
    where: { startsAt: { gte: start, lt: end } },
    select: {
      id: true,
      staffId: true,
      clientId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      source: true,
      clientCourseLineId: true,
      client: { select: { firstName: true, lastName: true } },
      service: { select: { name: true } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return {
    date,
    timezone: settings.timezone,
    salonName: settings.name,
    hours: hours[weekdayOf(date)],
    staff,
    appointments: rows.map((a) => ({
      id: a.id,
      staffId: a.staffId,
      clientId: a.clientId,
      clientName: `${a.client.firstName} ${a.client.lastName}`,
      serviceName: a.service.name,
      startMin: salonMinutesOf(a.startsAt, settings.timezone),
      endMin: Math.min(24 * 60, salonMinutesOf(a.startsAt, settings.timezone) + Math.round((+a.endsAt - +a.startsAt) / 60_000)),
      status: a.status,
      source: a.source,
      isCourse: a.clientCourseLineId !== null,
    })),
  };
}
