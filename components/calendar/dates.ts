/** Day helpers shared by the calendar page (server) and its toolbar (client). */

export function calendarHref(date: string, showCancelled: boolean): string {
  return `/calendar?date=${date}${showCancelled ? "&cancelled=1" : ""}`;
}

/**
 * A real day the calendar can show (YYYY-MM-DD, 1900–2999). Also filters what a date field sends
 * while someone is still typing the year ("0002-11-23").
 */
export function isPlausibleDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2999 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
