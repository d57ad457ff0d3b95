/**
 * When a staff member works on a date, as spans of salon-local minutes: a date exception wins, then
 * their rota's weekday, and a staff member with no rota works the salon's opening hours. Whatever
 * they say, the salon's opening hours bound them. Pure, so the desk's checks, the calendar's shading
 * and online free times all read the same answer.
 */
import type { DayHours } from "@/lib/settings/salon-settings";
import { formatMinutes } from "@/lib/time";

/** A rota weekday or a date exception: startMin null is a day off; the break is optional. */
export type HoursRow = { startMin: number | null; endMin: number | null; breakStartMin: number | null; breakEndMin: number | null };

/** Minutes after local midnight, end exclusive. */
export type Span = { start: number; end: number };

export type DayRota = {
  /** The rota's row for that weekday; undefined when the staff member has no rota at all. */
  week?: HoursRow | null;
  /** The staff member has a rota (then a weekday without a row is a day off). */
  hasRota: boolean;
  exception?: HoursRow | null;
};

function spansOf(row: HoursRow): Span[] {
  if (row.startMin == null || row.endMin == null || row.endMin <= row.startMin) return [];
  const { startMin, endMin, breakStartMin: bs, breakEndMin: be } = row;
  if (bs == null || be == null || be <= bs || be <= startMin || bs >= endMin) return [{ start: startMin, end: endMin }];
  return [
    { start: startMin, end: Math.max(startMin, bs) },
    { start: Math.min(endMin, be), end: endMin },
  ].filter((s) => s.end > s.start);
}

/** The spans worked that day, inside the salon's opening hours (none when closed or off). */
export function workingSpans(opening: DayHours, rota: DayRota): Span[] {
  if (!opening) return [];
  const row: HoursRow | null = rota.exception ?? (rota.hasRota ? (rota.week ?? null) : { startMin: opening.opensAtMin, endMin: opening.closesAtMin, breakStartMin: null, breakEndMin: null });
  if (!row) return [];
  return spansOf(row)
    .map((s) => ({ start: Math.max(s.start, opening.opensAtMin), end: Math.min(s.end, opening.closesAtMin) }))
    .filter((s) => s.end > s.start);
}

/** The whole of [start, end) lies inside one worked span. */
export function withinSpans(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** "09:00–13:00 and 14:00–18:00", or "not working". */
export function describeSpans(spans: Span[]): string {
  if (spans.length === 0) return "not working";
  return spans.map((s) => `${formatMinutes(s.start)}–${formatMinutes(s.end)}`).join(" and ");
}

/** The parts of opening hours outside the spans: what the calendar shades in a column. */
export function offSpans(opening: DayHours, spans: Span[]): Span[] {
  if (!opening) return [];
  const out: Span[] = [];
  let cursor = opening.opensAtMin;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start > cursor) out.push({ start: cursor, end: s.start });
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < opening.closesAtMin) out.push({ start: cursor, end: opening.closesAtMin });
  return out;
}
