/** Links to the front desk's calendar. Pure: used by server pages and client components alike. */

/** The calendar on one salon day (YYYY-MM-DD), with cancelled appointments, and staff not working, shown when asked. */
export function calendarHref(date: string, showCancelled = false, showAllStaff = false): string {
  return `/calendar?date=${date}${showCancelled ? "&cancelled=1" : ""}${showAllStaff ? "&staff=all" : ""}`;
}

/** The calendar booking for one client: a click on any free time opens the drawer with them chosen. */
export function bookForClientHref(clientId: number, date?: string): string {
  return `/calendar?${date ? `date=${date}&` : ""}client=${clientId}`;
}

/** The printable day sheet: the salon's, or one staff member's. */
export function daySheetHref(date: string, staffId?: number): string {
  return `/calendar/day-sheet?date=${date}${staffId ? `&staff=${staffId}` : ""}`;
}

/** One staff member's week (Monday to Sunday) around a date. */
export function weekHref(staffId: number, date: string): string {
  return `/calendar/week?staffId=${staffId}&date=${date}`;
}

/** The day view with the drawer open on one appointment (how the week view opens an appointment). */
export function appointmentOnDayHref(appointmentId: number, date: string): string {
  return `/calendar?date=${date}&appointment=${appointmentId}`;
}
