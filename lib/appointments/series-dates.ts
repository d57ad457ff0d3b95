import { addDaysToDate, type SalonDate } from "@/lib/time";

/**
 * The calendar arithmetic of a series of course sessions, pure so it is unit-tested on its own:
 * the dates of a plan, the default gap and start, the order in which other times are offered, and
 * a refusal put in a few words for a row of the proposal.
 */

/** Every 1 to 8 weeks. Here, not beside the schemas, so the drawer's bundle never loads zod (its CSP forbids eval). */
export const MAX_WEEKS_APART = 8;
/** More rows than any course has circles is a hand-made request. */
export const MAX_SERIES_ROWS = 52;

/** `count` dates, `everyWeeks` apart, from `first` (the same weekday each time). */
export function seriesDates(first: SalonDate, everyWeeks: number, count: number): SalonDate[] {
  return Array.from({ length: count }, (_, i) => addDaysToDate(first, i * 7 * everyWeeks));
}

const dayNumber = (date: SalonDate) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Whole days from `a` to `b`. */
export function daysBetween(a: SalonDate, b: SalonDate): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

/** The gap between the last two sessions in whole weeks (1–8), or null with fewer than two. */
export function weeksApart(sessionDates: SalonDate[]): number | null {
  if (sessionDates.length < 2) return null;
  const [before, last] = [...sessionDates].sort().slice(-2);
  const weeks = Math.round(daysBetween(before, last) / 7);
  return Math.min(MAX_WEEKS_APART, Math.max(1, weeks));
}

/**
 * The first date of a series that follows a session on `last`: `everyWeeks` after it, moved on by
 * the same step while that is not after `today` (the last session may be long past).
 */
export function firstDateAfter(last: SalonDate, everyWeeks: number, today: SalonDate): SalonDate {
  let date = addDaysToDate(last, 7 * everyWeeks);
  while (date <= today) date = addDaysToDate(date, 7 * everyWeeks);
  return date;
}

/**
 * Start times (minutes of the day) in the order they are offered instead of `wanted`: on the row's
 * own day the first free at or after it, then the latest before it; on another day the nearest to
 * the same time of day, a later one first on a tie.
 */
export function inOfferOrder(minutes: number[], wanted: number, sameDay: boolean): number[] {
  if (sameDay) {
    const later = minutes.filter((m) => m >= wanted).sort((a, b) => a - b);
    const earlier = minutes.filter((m) => m < wanted).sort((a, b) => b - a);
    return [...later, ...earlier];
  }
  return [...minutes].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || b - a);
}

/**
 * A refusal as a row of the proposal says it: the booking rules' own message, without the advice
 * meant for a single booking (the row offers its own next free time).
 */
export function clashWords(message: string): string {
  return message
    .replace(/\s*Choose another time or staff member\.$/, "")
    .replace(/\s*(Next free that day: [^.]*|None is free later that day)\.$/, "")
    .replace(/\s*The course has been refreshed\.$/, "")
    .trim();
}
