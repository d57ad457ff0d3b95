import type { Tx } from "@/lib/db";
import { loadRotas } from "@/lib/rota/load-rota";
import type { DayHours } from "@/lib/settings/salon-settings";
import { addDaysToDate, minutesOnDay, salonDateOf, salonDayRange, weekdayOf, type SalonDate } from "@/lib/time";
import { Prisma } from "@/generated/prisma/client";
import { appointmentRowsSql, toCalendarAppointment, type AppointmentRow } from "./appointment-rows";
import type { CalendarAppointment, CalendarStaff, CalendarStaffDay } from "./load-day";

/** One day of a staff member's week: the salon's hours, theirs, and what they have booked. */
export type WeekDay = {
  date: SalonDate;
  hours: DayHours;
  /** Their hours that day (spans, note); `noServices` as in the day view. */
  staff: CalendarStaffDay;
  appointments: CalendarAppointment[];
};


export type CalendarWeek = {
  /** Everyone taking appointments, for the staff picker. */
  everyone: CalendarStaff[];
  staff: CalendarStaff;
  /** Monday to Sunday. */
  days: WeekDay[];
};

/** The Monday of the week holding `date`. */
export function mondayOf(date: SalonDate): SalonDate {
  return addDaysToDate(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * One staff member's week, Monday to Sunday, for the week view: their rota and exceptions, and
 * their live appointments (cancelled and no-shows are left to the day view). A few small reads.
 * Null when nobody takes appointments; an unknown `staffId` gives the first staff member's week.
 */
export async function loadCalendarWeek(tx: Tx, staffId: number | null, date: SalonDate, timezone: string): Promise<CalendarWeek | null> {
  const everyone = await tx.staff.findMany({
    where: { active: true, takesAppointments: true },
    select: { id: true, name: true, color: true, _count: { select: { services: { where: { service: { active: true } } } } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const chosen = everyone.find((s) => s.id === staffId) ?? everyone[0];
  if (!chosen) return null;
  const monday = mondayOf(date);
  const sunday = addDaysToDate(monday, 6);
  const [rotas, rows] = await Promise.all([
    loadRotas(tx, [chosen.id], monday, sunday),
    // One join, as the day view reads its appointments.
    tx.$queryRaw<AppointmentRow[]>(
      appointmentRowsSql(Prisma.sql`a."staffId" = ${chosen.id} AND a."status" IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')
        AND a."startsAt" >= ${salonDayRange(monday, timezone).start} AND a."startsAt" < ${salonDayRange(sunday, timezone).end}`),
    ),
  ]);
  const { _count, ...staff } = chosen;
  const days: WeekDay[] = Array.from({ length: 7 }, (_, i) => {
    const day = addDaysToDate(monday, i);
    return {
      date: day,
      hours: rotas.opening[weekdayOf(day)],
      staff: { ...staff, spans: rotas.spans(staff.id, day), note: rotas.exceptionNote(staff.id, day) ?? "", noServices: _count.services === 0 },
      appointments: [],
    };
  });
  for (const a of rows) {
    const startsAt = Number(a.startsAtMs);
    const day = salonDateOf(new Date(startsAt), timezone);
    const target = days.find((d) => d.date === day);
    if (!target) continue;
    target.appointments.push(toCalendarAppointment(a, minutesOnDay(day, timezone)(startsAt)));
  }
  return { everyone: everyone.map(({ id, name, color }) => ({ id, name, color })), staff, days };
}
