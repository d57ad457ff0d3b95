/**
 * Plans the group's calendar: every open day, every working stylist's day (their rota's spans:
 * breaks, late starts and exceptions left free) filled back to back with gaps, with their own
 * services in their own time, so no two appointments of one stylist ever overlap; a treatment
 * needing a room takes the first free one of its kind, so no two ever share a room. The total is
 * spread over all stylist-days to hit the target exactly (unless the days cannot fit it, which the
 * seed then reports).
 */
import type { Span } from "@/lib/rota/working-hours";
import { addDaysToDate, salonInstant, weekdayOf, type SalonDate } from "@/lib/time";
import type { Rng } from "@/prisma/seed/random";
import type { BenchOffer, BenchRefs, BenchRoom, BenchService, BenchStaff } from "./reference";

const MINUTE = 60_000;

export type Day = { index: number; offset: number; date: SalonDate; open: number; close: number; openAt: number };

export type PlannedAppointment = {
  id: number;
  day: number;
  staffId: number;
  service: BenchService;
  start: number;
  end: number;
  clientId: number;
  /** Set when a course claims it (bench/seed/courses.ts). */
  lineId: number | null;
  fate: "attend" | "cancel" | "noShow";
  /** The room it holds (its service needs one). */
  resourceId: number | null;
};

export function openDays(today: SalonDate, back: number, ahead: number, refs: BenchRefs, timezone: string): Day[] {
  const days: Day[] = [];
  for (let offset = -back; offset <= ahead; offset++) {
    const date = addDaysToDate(today, offset);
    const [open, close] = refs.hours[weekdayOf(date)];
    if (close <= open) continue;
    days.push({ index: days.length, offset, date, open, close, openAt: +salonInstant(date, open, timezone) });
  }
  return days;
}

/** A client id, skewed so a few thousand regulars come often and most clients rarely. */
export function pickClient(rng: Rng, clientCount: number): number {
  return 1 + Math.floor(clientCount * rng.next() ** 1.6);
}

export function planAppointments(rng: Rng, refs: BenchRefs, days: Day[], target: number, clientCount: number): PlannedAppointment[] {
  const stylistDays: { day: Day; staff: BenchStaff; spans: Span[] }[] = [];
  for (const day of days) {
    for (const staff of refs.stylists) {
      const spans = staff.spans(day.date);
      if (spans.length > 0) stylistDays.push({ day, staff, spans });
    }
  }

  // A little over the target, thinned evenly afterwards: the last days could not make up for a
  // treatment dropped when every room was taken.
  const aim = Math.ceil(target * 1.002);
  const planned: PlannedAppointment[] = [];
  const rooms = new RoomDay(refs.rooms);
  let carry = 0;
  stylistDays.forEach(({ day, staff, spans }, k) => {
    rooms.startDay(day);
    // Share of the aim for stylist-day k (floor of a running total: adds up to `aim` exactly), plus
    // what earlier days could not fit.
    const quota = carry + Math.floor(((k + 1) * aim) / stylistDays.length) - Math.floor((k * aim) / stylistDays.length);
    const offered = staff.offers.filter((o) => o.service.active !== false);
    const worked = spans.reduce((sum, s) => sum + s.end - s.start, 0);
    let before = 0;
    let placed = 0;
    for (const span of spans) {
      // Each span (before and after a break) takes its share of the day by length, plus what the
      // one before could not fit.
      before += span.end - span.start;
      const asked = Math.floor((quota * before) / worked) - placed;
      for (const a of fillSpan(rng, day, span, offered, asked, rooms)) {
        planned.push({ id: planned.length + 1, day: day.index, staffId: staff.id, clientId: pickClient(rng, clientCount), lineId: null, fate: "attend", ...a });
        placed++;
      }
    }
    carry = quota - placed;
  });
  const surplus = planned.length - target;
  if (surplus <= 0) return planned;
  const spare = new Set(Array.from({ length: surplus }, (_, i) => Math.floor(((i + 0.5) * planned.length) / surplus)));
  return planned.filter((_, i) => !spare.has(i)).map((a, i) => ({ ...a, id: i + 1 }));
}

type Placed = { service: BenchService; start: number; end: number; resourceId: number | null };

/**
 * Up to `quota` appointments in one span of a stylist's day, back to back with random gaps. One
 * needing a room whose rooms are all taken waits into the gaps after it, else becomes another of
 * the stylist's services that fits, else leaves its time free.
 */
function fillSpan(rng: Rng, day: Day, span: Span, offered: BenchOffer[], quota: number, rooms: RoomDay): Placed[] {
  const length = span.end - span.start;
  const shortest = Math.min(...offered.map((s) => s.minutes));
  // A quota carried over from days that could not fit theirs is taken only as far as it fits.
  const count = Math.min(quota, Math.floor(length / shortest));
  const chosen: BenchOffer[] = [];
  let used = 0;
  for (let i = 0; i < count; i++) {
    const room = length - used - (count - i - 1) * shortest;
    const fits = offered.filter((s) => s.minutes <= room);
    if (fits.length === 0) break;
    const s = rng.weighted(fits, (x) => x.service.weight);
    chosen.push(s);
    used += s.minutes;
  }
  // The free quarter-hours go into the gaps before, between and after the appointments.
  const gaps = Array.from({ length: chosen.length + 1 }, () => 0);
  for (let q = (length - used) / 15; q > 0; q--) gaps[rng.int(0, gaps.length - 1)]++;
  const out: Placed[] = [];
  let at = span.start;
  chosen.forEach((wanted, i) => {
    at += gaps[i] * 15;
    let offer = wanted;
    let room = rooms.free(offer.kind, at, offer.minutes);
    while (room === null && gaps.slice(i + 1).some((g) => g > 0)) {
      // Wait a quarter of an hour, taken from the next gap that has one.
      gaps[gaps.findIndex((g, j) => j > i && g > 0)]--;
      at += 15;
      room = rooms.free(offer.kind, at, offer.minutes);
    }
    if (room === null) {
      const instead = offered.filter((o) => o.minutes <= wanted.minutes && rooms.free(o.kind, at, o.minutes) !== null);
      if (instead.length > 0) {
        offer = rng.weighted(instead, (x) => x.service.weight || 0.1);
        room = rooms.free(offer.kind, at, offer.minutes);
      }
    }
    // What is left of the wanted time (all of it, if nothing fits) stays free.
    gaps[i + 1] += (wanted.minutes - (room === null ? 0 : offer.minutes)) / 15;
    if (room === null) return;
    rooms.hold(room, at, offer.minutes);
    const start = day.openAt + (at - day.open) * MINUTE;
    out.push({ service: offer.service, start, end: start + offer.minutes * MINUTE, resourceId: room || null });
    at += offer.minutes;
  });
  return out;
}

/** The rooms of one day, a flag per quarter-hour from opening: true = held. */
class RoomDay {
  private day: Day | null = null;
  private held: Uint8Array[] = [];

  constructor(private readonly rooms: BenchRoom[]) {}

  startDay(day: Day): void {
    if (this.day === day) return;
    this.day = day;
    this.held = this.rooms.map(() => new Uint8Array((day.close - day.open) / 15));
  }

  /** The first room of `kind` free for the time (0 when no room is needed), or null. */
  free(kind: string | null, startMin: number, minutes: number): number | null {
    if (!kind) return 0;
    const first = (startMin - this.day!.open) / 15;
    const index = this.rooms.findIndex((r, i) => r.kind === kind && this.held[i].subarray(first, first + minutes / 15).every((h) => h === 0));
    return index < 0 ? null : this.rooms[index].id;
  }

  hold(roomId: number, startMin: number, minutes: number): void {
    if (!roomId) return;
    const first = (startMin - this.day!.open) / 15;
    this.held[this.rooms.findIndex((r) => r.id === roomId)].fill(1, first, first + minutes / 15);
  }
}

/** Appointments per service, in day order, for courses to claim. */
export function byService(planned: PlannedAppointment[]): Map<number, PlannedAppointment[]> {
  const index = new Map<number, PlannedAppointment[]>();
  for (const a of planned) {
    const list = index.get(a.service.id) ?? [];
    list.push(a);
    index.set(a.service.id, list);
  }
  return index;
}
