/** Links to the front desk's calendar. Pure: used by server pages and client components alike. */

/** The calendar on one salon day (YYYY-MM-DD), with cancelled appointments shown when asked. */
export function calendarHref(date: string, showCancelled = false): string {
  return `/calendar?date=${date}${showCancelled ? "&cancelled=1" : ""}`;
}

/** The calendar booking for one client: a click on any free time opens the drawer with them chosen. */
export function bookForClientHref(clientId: number, date?: string): string {
  return `/calendar?${date ? `date=${date}&` : ""}client=${clientId}`;
}

/** The printable day sheet: the salon's, or one staff member's. */
export function daySheetHref(date: string, staffId?: number): string {
  return `/calendar/day-sheet?date=${date}${staffId ? `&staff=${staffId}` : ""}`;
}
