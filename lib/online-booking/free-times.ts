/**
 * Free start times for online booking: pure functions of opening hours, the service's length and the
 * staff members' live appointments. Everything is reasoned about in instants, so a day with a clock
 * change (23 or 25 hours) still gives the right times; the salon-local wall clock is only used to
 * open and close the day and to label the times.
 */
import type { DayHours } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonInstant, type SalonDate } from "@/lib/time";

/** Online start times are offered every 15 minutes from opening. */
export const STEP_MINUTES = 15;

export type Interval = { start: Date; end: Date };
export type StaffDay = { staffId: number; busy: Interval[] };
export type FreeTime = { startsAt: Date; staffIds: number[] };

/** The day's opening and closing instants, or null when the salon is closed. */
export function openingWindow(date: SalonDate, hours: DayHours, timezone: string): Interval | null {
  if (!hours || hours.closesAtMin <= hours.opensAtMin) return null;
  return { start: salonInstant(date, hours.opensAtMin, timezone), end: salonInstant(date, hours.closesAtMin, timezone) };
}

const overlaps = (a: Interval, b: Interval) => +a.start < +b.end && +a.end > +b.start;

/**
 * One staff member's free start times: every step from opening whose whole treatment fits before
 * closing, does not overlap a live appointment, and starts after `notBefore` (now).
 */
export function freeStartsFor(window: Interval, durationMinutes: number, busy: Interval[], notBefore: Date, step = STEP_MINUTES): Date[] {
  const length = durationMinutes * 60_000;
  const starts: Date[] = [];
  if (length <= 0) return starts;
  for (let t = +window.start; t + length <= +window.end; t += step * 60_000) {
    if (t <= +notBefore) continue;
    const slot = { start: new Date(t), end: new Date(t + length) };
    if (!busy.some((b) => overlaps(slot, b))) starts.push(slot.start);
  }
  return starts;
}

/** Free start times across the chosen staff ("anyone" is every staff member), each with who is free then. */
export function freeTimes(input: {
  window: Interval | null;
  durationMinutes: number;
  staff: StaffDay[];
  now: Date;
  step?: number;
}): FreeTime[] {
  if (!input.window) return [];
  const byStart = new Map<number, number[]>();
  for (const member of input.staff) {
    for (const start of freeStartsFor(input.window, input.durationMinutes, member.busy, input.now, input.step)) {
      const ids = byStart.get(+start) ?? [];
      ids.push(member.staffId);
      byStart.set(+start, ids);
    }
  }
  return [...byStart.entries()].sort(([a], [b]) => a - b).map(([t, staffIds]) => ({ startsAt: new Date(t), staffIds }));
}

/** Why a day cannot be booked online (in the past, or beyond the horizon), or null if it can. */
export function dayRefusal(date: SalonDate, today: SalonDate, horizonDays: number): string | null {
  if (date < today) return "That day has already passed. Choose today or a later day.";
  if (date > lastBookableDay(today, horizonDays)) return `Online bookings can be made up to ${horizonDays} days ahead. Choose an earlier day.`;
  return null;
}

export function lastBookableDay(today: SalonDate, horizonDays: number): SalonDate {
  return addDaysToDate(today, horizonDays);
}

/**
 * What a client who just lost a time is offered: the free times after it that day, or, when the day
 * has none left after it, the latest ones before it.
 */
export function nextFreeTimes(times: FreeTime[], after: Date, limit = 6): FreeTime[] {
  const later = times.filter((t) => +t.startsAt > +after).slice(0, limit);
  return later.length > 0 ? later : times.filter((t) => +t.startsAt < +after).slice(-limit);
}
