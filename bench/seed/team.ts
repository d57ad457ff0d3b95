/**
 * The big group's team as plain data (no database): what each of the 59 stylists does (barbering by
 * a few, a slower colour for the juniors), their rota (a day off besides Sunday, a break for about a
 * third, a later start for some), a few date exceptions around today, and the rooms. The reference
 * step writes it; the schedule books into the same spans, read by the app's own rule.
 */
import { workingSpans, type HoursRow, type Span } from "@/lib/rota/working-hours";
import { addDaysToDate, weekdayOf, type SalonDate } from "@/lib/time";
import { SERVICES, type ServiceSeed } from "@/prisma/seed/catalogue";
import type { Rng } from "@/prisma/seed/random";

export const STAFF_COUNT = 60;

// Skill pairs: each has a short (≤ 30 min) service, so a full day of ten appointments fits. Laser,
// skin and massage need rooms, so the group has about as many of those therapists as rooms.
const SKILL_PAIRS = [
  ["Hair", "Colour"],
  ["Hair", "Brows & Lashes"],
  ["Nails", "Brows & Lashes"],
  ["Skin", "Laser"],
  ["Hair", "Colour"],
  ["Nails", "Skin"],
  ["Massage", "Skin"],
  ["Hair", "Colour"],
  ["Nails", "Brows & Lashes"],
  ["Laser", "Brows & Lashes"],
];

export const BENCH_ROOMS = [
  ...[1, 2, 3].map((n) => ({ name: `Laser room ${n}`, kind: "Laser room" })),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ name: `Treatment room ${n}`, kind: "Treatment room" })),
];

export type DateException = HoursRow & { date: SalonDate; note: string };

export type StylistPlan = {
  /** 0 is the manager; 1… the rest, in calendar order. */
  index: number;
  categories: string[];
  /** The weekday (1–6) they do not work, besides Sunday. */
  dayOff: number;
  services: ServiceSeed[];
  /** Their own length for a service (key → minutes). */
  ownMinutes: Record<string, number>;
  /** Weekday 0–6. */
  week: HoursRow[];
  exceptions: DateException[];
};

const OFF: HoursRow = { startMin: null, endMin: null, breakStartMin: null, breakEndMin: null };
const H = (h: number, m = 0) => h * 60 + m;

const isOpen = (hours: [number, number][], date: SalonDate) => hours[weekdayOf(date)][1] > hours[weekdayOf(date)][0];

/** The `n`th open day from today (n < 0: back), today counting as 0 if open. */
function openDay(hours: [number, number][], today: SalonDate, n: number): SalonDate {
  let date = today;
  let left = Math.abs(n);
  while (left > 0 || !isOpen(hours, date)) {
    date = addDaysToDate(date, n < 0 ? -1 : 1);
    if (isOpen(hours, date)) left--;
  }
  return date;
}

export function planTeam(rng: Rng, today: SalonDate, hours: [number, number][]): StylistPlan[] {
  return Array.from({ length: STAFF_COUNT - 1 }, (_, i) => {
    const categories = SKILL_PAIRS[i % SKILL_PAIRS.length];
    const dayOff = i === 0 ? 6 : 1 + rng.int(0, 5);
    // Men's cuts only by the Hair + Brows stylists; every other Hair + Colour stylist is a junior.
    const barber = categories[0] === "Hair" && categories[1] === "Brows & Lashes";
    const services = SERVICES.filter((s) => categories.includes(s.category) && (s.key !== "mensCut" || barber));
    const ownMinutes: Record<string, number> = categories.includes("Colour") && i % 2 === 1 ? { fullColour: 120, highlights: 150 } : {};
    const lunch: [number, number] | null = i % 3 !== 0 ? null : i % 2 === 0 ? [H(13), H(13, 30)] : [H(12, 30), H(13, 30)];
    const week = hours.map(([open, close], weekday) => {
      if (close <= open || weekday === dayOff) return OFF;
      // A few start at 11:00 on Wednesdays.
      const start = weekday === 3 && i % 10 === 4 ? H(11) : open;
      return { startMin: start, endMin: close, breakStartMin: lunch?.[0] ?? null, breakEndMin: lunch?.[1] ?? null };
    });
    const exceptions: DateException[] = [];
    if (i % 12 === 5) {
      // A week's holiday starting on the third open day from today.
      for (let d = 3; d < 9; d++) exceptions.push({ date: openDay(hours, today, d), ...OFF, note: "Holiday" });
    }
    if (i % 12 === 11) exceptions.push({ date: openDay(hours, today, 2), startMin: H(10), endMin: H(15), breakStartMin: null, breakEndMin: null, note: "Training afternoon" });
    if (i === 41) exceptions.push({ date: openDay(hours, today, -1), ...OFF, note: "Sick" });
    return { index: i, categories, dayOff, services, ownMinutes, week, exceptions };
  });
}

/** The spans a stylist works on a date, by the app's rule (lib/rota/working-hours.ts). */
export function spansOf(plan: StylistPlan, hours: [number, number][]): (date: SalonDate) => Span[] {
  const exceptionOf = new Map(plan.exceptions.map((e) => [e.date, e]));
  return (date) => {
    const weekday = weekdayOf(date);
    const [open, close] = hours[weekday];
    return workingSpans(close > open ? { opensAtMin: open, closesAtMin: close } : null, { hasRota: true, week: plan.week[weekday], exception: exceptionOf.get(date) ?? null });
  };
}
