import { differenceInCalendarDays, endOfMonth, format, parseISO, startOfMonth, subMonths } from "date-fns";
import { addDaysToDate, isSalonDate, type SalonDate } from "@/lib/time";

/** A report period: both days included, salon-local. */
export type Period = { from: SalonDate; to: SalonDate };

/** The longest period a report covers (a leap year); longer requests are cut to this. */
export const MAX_PERIOD_DAYS = 366;

export type PresetId = "this-month" | "last-month" | "last-7-days";

export const PRESET_LABELS: Record<PresetId, string> = {
  "this-month": "This month",
  "last-month": "Last month",
  "last-7-days": "Last 7 days",
};

const ymd = (d: Date) => format(d, "yyyy-MM-dd");
const human = (day: SalonDate) => format(parseISO(day), "d MMM yyyy");

/** "This month" runs to today (month to date): later days have nothing in them yet. */
export function presetPeriod(preset: PresetId, today: SalonDate): Period {
  const day = parseISO(today);
  if (preset === "last-month") {
    const last = subMonths(day, 1);
    return { from: ymd(startOfMonth(last)), to: ymd(endOfMonth(last)) };
  }
  if (preset === "last-7-days") return { from: addDaysToDate(today, -6), to: today };
  return { from: ymd(startOfMonth(day)), to: today };
}

/** Days in the period, both ends included. */
export function periodLength(period: Period): number {
  return differenceInCalendarDays(parseISO(period.to), parseISO(period.from)) + 1;
}

/** Every day of the period, in order. */
export function periodDays(period: Period): SalonDate[] {
  return Array.from({ length: periodLength(period) }, (_, i) => addDaysToDate(period.from, i));
}

export type ResolvedPeriod = Period & {
  /** What was wrong with the request and what is shown instead; empty when it was fine. */
  notices: string[];
};

// isSalonDate is a type guard on string = SalonDate, which would narrow a failed check to never.
const isDay = (value: string): boolean => isSalonDate(value);

const given = (value: string | string[] | undefined): string | undefined => {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === "" ? undefined : v.trim();
};

/**
 * Reads `?from=&to=` without ever failing: a missing pair is this month to date; a date that is not a
 * real day is replaced (and said so); reversed dates are swapped; a period longer than
 * MAX_PERIOD_DAYS keeps its end and is cut to that length.
 */
export function resolvePeriod(query: { from?: string | string[]; to?: string | string[] }, today: SalonDate): ResolvedPeriod {
  const notices: string[] = [];
  const fallback = presetPeriod("this-month", today);
  let from = given(query.from);
  let to = given(query.to);
  const badFrom = from !== undefined && !isDay(from) ? from : undefined;
  const badTo = to !== undefined && !isDay(to) ? to : undefined;
  if (badFrom !== undefined) from = undefined;
  if (badTo !== undefined) to = undefined;
  if (from === undefined && to === undefined) {
    [from, to] = [fallback.from, fallback.to];
  } else {
    from ??= ymd(startOfMonth(parseISO(to!)));
    to ??= from <= today ? today : from;
  }
  if (from > to) {
    notices.push("From was after To, so the two dates have been swapped.");
    [from, to] = [to, from];
  }
  if (periodLength({ from, to }) > MAX_PERIOD_DAYS) {
    const cut = addDaysToDate(to, -(MAX_PERIOD_DAYS - 1));
    notices.push(`Reports cover at most ${MAX_PERIOD_DAYS} days, so the period now starts on ${human(cut)}.`);
    from = cut;
  }
  const quote = (v: string) => `“${v.slice(0, 20)}”`;
  if (badTo !== undefined) notices.unshift(`${quote(badTo)} is not a date, so the period ends on ${human(to)} instead.`);
  if (badFrom !== undefined) notices.unshift(`${quote(badFrom)} is not a date, so the period starts on ${human(from)} instead.`);
  return { from, to, notices };
}

/** "1 Nov 2026 – 30 Nov 2026", or one day. */
export function periodLabel(period: Period): string {
  return period.from === period.to ? human(period.from) : `${human(period.from)} – ${human(period.to)}`;
}
