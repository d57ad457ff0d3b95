import { z } from "zod";
import { formatSalonDate, isSalonDate, salonDateOf, salonInstant, type SalonDate } from "@/lib/time";

/** "As at" a past moment, from `?asAtDate=&asAtTime=` (time optional: the day's close, 23:59). */
export type AsAt = { date: SalonDate; time: string; at: Date };
export type ResolvedAsAt = { asAt: AsAt | null; notices: string[] };

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const CLOSE_OF_DAY = "23:59";

const one = (value: string | string[] | undefined) => {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === "" ? undefined : v.trim();
};
const quote = (v: string) => `“${v.slice(0, 20)}”`;

/**
 * The instant a salon-local date and HH:MM name; at 23:59 it is the end of that minute, so the day's
 * close includes everything recorded that day.
 */
export function asAtInstant(date: SalonDate, time: string, timezone: string): Date {
  const [h, m] = time.split(":").map(Number);
  return new Date(+salonInstant(date, h * 60 + m, timezone) + 59_999);
}

/**
 * Reads the "as at" request without ever failing, like resolvePeriod: nothing asked, nothing shown;
 * a date that is not a day, a time that is not HH:MM or a minute still to come is not shown, and
 * the notice says why. The minute under way is as at now.
 */
export function resolveAsAt(query: { asAtDate?: string | string[]; asAtTime?: string | string[] }, now: Date, timezone: string): ResolvedAsAt {
  const date = one(query.asAtDate);
  const time = one(query.asAtTime) ?? CLOSE_OF_DAY;
  if (date === undefined) return { asAt: null, notices: one(query.asAtTime) ? ["Choose a date to see the balances as at that moment."] : [] };
  if (!isSalonDate(date)) return { asAt: null, notices: [`${quote(date)} is not a date, so no “as at” figures are shown.`] };
  if (!TIME_RE.test(time)) return { asAt: null, notices: [`${quote(time)} is not a time (HH:MM), so no “as at” figures are shown.`] };
  const end = asAtInstant(date, time, timezone);
  // The minute under way counts up to now; a minute that has not begun has not come yet.
  const at = +end > +now && +end - 59_999 <= +now ? now : end;
  if (+at > +now) {
    const today = salonDateOf(now, timezone);
    const when = date > today ? formatSalonDate(date) : `${time} on ${formatSalonDate(date)}`;
    return { asAt: null, notices: [`${when} has not come yet: “as at” shows a moment that has passed.`] };
  }
  return { asAt: { date, time, at }, notices: [] };
}

/** A manager's month-end: closes the liability through a day that has passed. */
export const closePeriodSchema = z.object({
  closedThrough: z
    .string()
    .trim()
    .refine((v) => isSalonDate(v), "Choose the last day of the period to close."),
});
