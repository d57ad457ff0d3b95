import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, format, parseISO } from "date-fns";

/** A salon-local calendar day, "YYYY-MM-DD". Instants are stored in UTC; days are the salon's. */
export type SalonDate = string;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isSalonDate(value: string): value is SalonDate {
  if (!DATE_RE.test(value)) return false;
  const d = parseISO(value);
  return !Number.isNaN(d.getTime()) && format(d, "yyyy-MM-dd") === value;
}

/** The salon-local day an instant falls on. */
export function salonDateOf(instant: Date, timezone: string): SalonDate {
  return format(new TZDate(instant.getTime(), timezone), "yyyy-MM-dd");
}

/** Minutes after the salon-local midnight of the instant's day. */
export function salonMinutesOf(instant: Date, timezone: string): number {
  const local = new TZDate(instant.getTime(), timezone);
  return local.getHours() * 60 + local.getMinutes();
}

/** The instant of a salon-local wall-clock time. Handles 23- and 25-hour days. */
export function salonInstant(date: SalonDate, minutes: number, timezone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, 0, timezone).getTime());
}

/** [start, end) of a salon-local day as instants (23 or 25 hours on clock-change days). */
export function salonDayRange(date: SalonDate, timezone: string): { start: Date; end: Date } {
  return { start: salonInstant(date, 0, timezone), end: salonInstant(addDaysToDate(date, 1), 0, timezone) };
}

/**
 * salonMinutesOf for many instants of one salon day, cheaply: on a day without a clock change the
 * minutes are just the time since local midnight (TZDate costs ~8 µs a call, a busy calendar day
 * needs a thousand). Clock-change days take the careful way.
 */
export function minutesOnDay(date: SalonDate, timezone: string): (instant: Date | number) => number {
  const { start, end } = salonDayRange(date, timezone);
  if (+end - +start !== 24 * 3_600_000) return (instant) => salonMinutesOf(new Date(+instant), timezone);
  return (instant) => Math.floor((+instant - +start) / 60_000);
}

/**
 * Calendar arithmetic on the date alone (UTC, so no clock change can move it). Hot in reports (tens
 * of thousands of expiry days), so a move that stays inside the month's first 28 days is done on
 * the string.
 */
export function addDaysToDate(date: SalonDate, days: number): SalonDate {
  const day = Number(date.slice(8, 10)) + days;
  if (day >= 1 && day <= 28) return `${date.slice(0, 8)}${day < 10 ? "0" : ""}${day}`;
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, day)).toISOString().slice(0, 10);
}

/** The same day `months` later (31 Jan + 1 month: 28 or 29 Feb). */
export function addMonthsToDate(date: SalonDate, months: number): SalonDate {
  return format(addMonths(parseISO(date), months), "yyyy-MM-dd");
}

/** The last day of a validity of `months` starting on `from` (12 months from 15 Jan: 14 Jan next year). */
export function validityEnd(from: SalonDate, months: number): SalonDate {
  return format(addDays(addMonths(parseISO(from), months), -1), "yyyy-MM-dd");
}

/** 0 = Sunday … 6 = Saturday, of a salon-local day. */
export function weekdayOf(date: SalonDate): number {
  return parseISO(date).getDay();
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** "10:15" in the salon's zone. */
export function formatSalonTime(instant: Date, timezone: string): string {
  return formatMinutes(salonMinutesOf(instant, timezone));
}

/** "Mon 23 Nov 2026" */
export function formatSalonDate(date: SalonDate): string {
  return format(parseISO(date), "EEE d MMM yyyy");
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
