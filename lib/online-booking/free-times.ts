/**
 * Free start times for online booking: pure functions of opening hours, each staff member's working
 * spans and own length for the service, their live appointments, and the rooms the service needs.
 * Everything is reasoned about in instants, so a day with a clock change (23 or 25 hours) still
 * gives the right times; the salon-local wall clock is only used to open and close the day, to
 * place the working spans and to label the times.
 */
import type { Span } from "@/lib/rota/working-hours";
import type { DayHours } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDayRange, salonInstant, type SalonDate } from "@/lib/time";

/** Online start times are offered every 15 minutes from opening. */
export const STEP_MINUTES = 15;

export type Interval = { start: Date; end: Date };
/** One staff member on one day: their length for the service, when they work, when they are booked. */
export type StaffDay = { staffId: number; minutes: number; windows: Interval[]; busy: Interval[] };
/** The rooms or machines of the kind a service needs, and the live appointments holding them. */
export type Rooms = { resourceIds: number[]; held: (Interval & { resourceId: number })[] };
export type FreeTime = { startsAt: Date; staffIds: number[] };

/** Salon-local minutes of `date` → instants; a day without a clock change skips the time-zone maths. */
export function instantsOn(date: SalonDate, timezone: string): (minutes: number) => Date {
  const { start, end } = salonDayRange(date, timezone);
  if (+end - +start !== 24 * 3_600_000) return (minutes) => salonInstant(date, minutes, timezone);
  return (minutes) => new Date(+start + minutes * 60_000);
}

/** The day's opening and closing instants, or null when the salon is closed. */
export function openingWindow(date: SalonDate, hours: DayHours, timezone: string): Interval | null {
  if (!hours || hours.closesAtMin <= hours.opensAtMin) return null;
  return { start: salonInstant(date, hours.opensAtMin, timezone), end: salonInstant(date, hours.closesAtMin, timezone) };
}

/** A staff member's working spans (salon-local minutes, lib/rota) as instants of that day. */
export function spansAsIntervals(spans: Span[], at: (minutes: number) => Date): Interval[] {
  return spans.map((s) => ({ start: at(s.start), end: at(s.end) }));
}

const overlaps = (a: Interval, b: Interval) => +a.start < +b.end && +a.end > +b.start;
const inside = (slot: Interval, windows: Interval[]) => windows.some((w) => +slot.start >= +w.start && +slot.end <= +w.end);

/** Some room of the kind is free for the whole slot (as lib/rota/resources.ts assigns one). */
export function roomFree(rooms: Rooms, slot: Interval): boolean {
  return rooms.resourceIds.some((id) => !rooms.held.some((h) => h.resourceId === id && overlaps(h, slot)));
}

/**
 * roomFree as a check asked many times over one day: holdings grouped by room, and each slot
 * answered once however many staff ask (a busy day holds hundreds of treatment-room bookings).
 */
export function roomChecker(rooms: Rooms): (slot: Interval) => boolean {
  const byRoom = rooms.resourceIds.map((id) => rooms.held.filter((h) => h.resourceId === id));
  const answers = new Map<string, boolean>();
  return (slot) => {
    const key = `${+slot.start} ${+slot.end}`;
    let free = answers.get(key);
    if (free === undefined) {
      free = byRoom.some((held) => !held.some((h) => overlaps(h, slot)));
      answers.set(key, free);
    }
    return free;
  };
}

/**
 * One staff member's free start times: every step from opening whose whole treatment lies inside
 * one of their working windows (so never across a break or past their end), does not overlap a live
 * appointment, finds a free room when one is needed, and starts after `notBefore` (now). Without
 * `windows` they work the whole opening window.
 */
export function freeStartsFor(
  opening: Interval,
  durationMinutes: number,
  busy: Interval[],
  notBefore: Date,
  step = STEP_MINUTES,
  windows: Interval[] = [opening],
  roomFreeFor: ((slot: Interval) => boolean) | null = null,
): Date[] {
  const length = durationMinutes * 60_000;
  const starts: Date[] = [];
  if (length <= 0) return starts;
  for (let t = +opening.start; t + length <= +opening.end; t += step * 60_000) {
    if (t <= +notBefore) continue;
    const slot = { start: new Date(t), end: new Date(t + length) };
    if (!inside(slot, windows) || busy.some((b) => overlaps(slot, b))) continue;
    if (roomFreeFor && !roomFreeFor(slot)) continue;
    starts.push(slot.start);
  }
  return starts;
}

/** Free start times across the staff given (calendar order), each with who is free then, in that order. */
export function freeTimes(input: { window: Interval | null; staff: StaffDay[]; rooms?: Rooms | null; now: Date; step?: number }): FreeTime[] {
  if (!input.window) return [];
  const byStart = new Map<number, number[]>();
  const rooms = input.rooms ? roomChecker(input.rooms) : null;
  for (const member of input.staff) {
    for (const start of freeStartsFor(input.window, member.minutes, member.busy, input.now, input.step, member.windows, rooms)) {
      const ids = byStart.get(+start) ?? [];
      ids.push(member.staffId);
      byStart.set(+start, ids);
    }
  }
  return [...byStart.entries()].sort(([a], [b]) => a - b).map(([t, staffIds]) => ({ startsAt: new Date(t), staffIds }));
}

/**
 * Who "Anyone" books: of the staff free at that time, the one with the fewest live appointments that
 * day, so bookings spread across the team; a tie goes to the first in calendar order.
 */
export function fairestStaff(staffIds: number[], bookedThatDay: ReadonlyMap<number, number>): number {
  let best = staffIds[0];
  for (const id of staffIds) if ((bookedThatDay.get(id) ?? 0) < (bookedThatDay.get(best) ?? 0)) best = id;
  return best;
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
