import type { CalendarAppointment, CalendarStaffDay } from "./load-day";

/** Statuses that hold a staff member's time (a cancelled or no-show appointment does not bring a column back). */
const LIVE = new Set<CalendarAppointment["status"]>(["BOOKED", "CHECKED_IN", "COMPLETED"]);

/**
 * The columns the day shows. By default the staff working that day, plus anyone not working who
 * still has a live appointment (booked before a day off was set, or "Book anyway"): nothing booked
 * is ever hidden. "Show all staff" shows everyone taking appointments. Pure: the toggle needs no
 * round trip.
 */
export function staffShown<S extends Pick<CalendarStaffDay, "id" | "spans">>(staff: S[], appointments: Pick<CalendarAppointment, "staffId" | "status">[], showAll: boolean): S[] {
  if (showAll) return staff;
  const booked = new Set(appointments.filter((a) => LIVE.has(a.status)).map((a) => a.staffId));
  return staff.filter((s) => s.spans.length > 0 || booked.has(s.id));
}
