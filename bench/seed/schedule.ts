/**
 * Plans the group's calendar: every open day, every working stylist's day filled back to back with
 * gaps, so no two appointments of one stylist ever overlap. The total is spread over all stylist-days
 * to hit the target exactly (unless a day cannot fit its share, which the seed then reports).
 */
import { addDaysToDate, salonInstant, weekdayOf, type SalonDate } from "@/lib/time";
import type { Rng } from "@/prisma/seed/random";
import type { BenchRefs, BenchService } from "./reference";

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
  const menu = [...refs.services.values()].filter((s) => s.active !== false);
  const skills = new Map(refs.stylists.map((s) => [s.id, menu.filter((m) => s.categories.includes(m.category))]));
  const stylistDays: { day: Day; staffId: number }[] = [];
  for (const day of days) {
    const weekday = weekdayOf(day.date);
    for (const s of refs.stylists) if (s.dayOff !== weekday) stylistDays.push({ day, staffId: s.id });
  }

  const planned: PlannedAppointment[] = [];
  let carry = 0;
  stylistDays.forEach(({ day, staffId }, k) => {
    // Share of the target for stylist-day k (floor of a running total: adds up to `target` exactly),
    // plus what earlier days could not fit.
    const quota = carry + Math.floor(((k + 1) * target) / stylistDays.length) - Math.floor((k * target) / stylistDays.length);
    const offered = skills.get(staffId)!;
    const shortest = Math.min(...offered.map((s) => s.minutes));
    const length = day.close - day.open;
    const chosen: BenchService[] = [];
    let used = 0;
    for (let i = 0; i < quota; i++) {
      const room = length - used - (quota - i - 1) * shortest;
      const fits = offered.filter((s) => s.minutes <= room);
      if (fits.length === 0) break;
      const s = rng.weighted(fits, (x) => x.weight);
      chosen.push(s);
      used += s.minutes;
    }
    carry = quota - chosen.length;
    // The free quarter-hours go into the gaps before, between and after the appointments.
    const gaps = Array.from({ length: chosen.length + 1 }, () => 0);
    for (let q = (length - used) / 15; q > 0; q--) gaps[rng.int(0, gaps.length - 1)]++;
    let at = day.open;
    chosen.forEach((service, i) => {
      at += gaps[i] * 15;
      const start = day.openAt + (at - day.open) * MINUTE;
      planned.push({
        id: planned.length + 1,
        day: day.index,
        staffId,
        service,
        start,
        end: start + service.minutes * MINUTE,
        clientId: pickClient(rng, clientCount),
        lineId: null,
        fate: "attend",
      });
      at += service.minutes;
    });
  });
  return planned;
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
