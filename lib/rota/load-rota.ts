import type { Tx } from "@/lib/db";
import { getOpeningHours, type DayHours } from "@/lib/settings/salon-settings";
import { weekdayOf, type SalonDate } from "@/lib/time";
import { workingSpans, type HoursRow, type Span } from "./working-hours";

const hoursOf = (r: HoursRow): HoursRow => ({ startMin: r.startMin, endMin: r.endMin, breakStartMin: r.breakStartMin, breakEndMin: r.breakEndMin });

export type Rotas = {
  opening: DayHours[];
  /** The spans a staff member works on a date (salon-local minutes). */
  spans: (staffId: number, date: SalonDate) => Span[];
  /** The note of a date exception ("Holiday"), if any. */
  exceptionNote: (staffId: number, date: SalonDate) => string | null;
};

/** What a date exception says on the calendar: its note, else "Day off" or "Different hours". */
export function exceptionNote(e: { note: string; startMin: number | null }): string {
  return e.note || (e.startMin == null ? "Day off" : "Different hours");
}

/** The weekdays (0 = Sunday) of the dates from `first` to `last`, each once. */
function weekdaysBetween(first: SalonDate, last: SalonDate): number[] {
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
  if (days >= 7) return [0, 1, 2, 3, 4, 5, 6];
  return Array.from({ length: Math.max(0, days) }, (_, i) => (weekdayOf(first) + i) % 7);
}

/**
 * Rotas and exceptions for the dates from `first` to `last`: three small reads. "all" reads every
 * staff member's without a long IN list (the calendar's day, a few ms less on a big team).
 */
export async function loadRotas(tx: Tx, staffIds: number[] | "all", first: SalonDate, last: SalonDate): Promise<Rotas> {
  const who = staffIds === "all" ? {} : { staffId: { in: staffIds } };
  // A rota is seven rows or none, so the weekdays in range are enough to know who has one.
  const weekdays = weekdaysBetween(first, last);
  const [opening, week, exceptions] = await Promise.all([
    getOpeningHours(tx),
    tx.staffWeekHours.findMany({ where: { ...who, ...(weekdays.length < 7 && { weekday: { in: weekdays } }) } }),
    tx.staffDayException.findMany({ where: { ...who, date: { gte: first, lte: last } } }),
  ]);
  const weekOf = new Map<number, Map<number, HoursRow>>();
  for (const row of week) {
    const days = weekOf.get(row.staffId) ?? new Map<number, HoursRow>();
    days.set(row.weekday, hoursOf(row));
    weekOf.set(row.staffId, days);
  }
  const exceptionOf = new Map(exceptions.map((e) => [`${e.staffId} ${e.date}`, e]));
  return {
    opening,
    spans: (staffId, date) => {
      const weekday = weekdayOf(date);
      const days = weekOf.get(staffId);
      const exception = exceptionOf.get(`${staffId} ${date}`);
      return workingSpans(opening[weekday], { hasRota: Boolean(days), week: days?.get(weekday) ?? null, exception: exception ? hoursOf(exception) : null });
    },
    exceptionNote: (staffId, date) => {
      const e = exceptionOf.get(`${staffId} ${date}`);
      return e ? exceptionNote(e) : null;
    },
  };
}
