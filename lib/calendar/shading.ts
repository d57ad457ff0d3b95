import { offSpans, withinSpans, type Span } from "@/lib/rota/working-hours";
import type { DayHours } from "@/lib/settings/salon-settings";

/** A run of a staff column shaded as not bookable, and the word for it. */
export type OffTime = Span & { label: string };

/**
 * The parts of the opening hours a staff member does not work, as the calendar shades them: a gap
 * between two worked spans is their "Break"; before, after, or all day is "Not working" (or the
 * date's note, "Holiday", when they are off all day). Pure.
 */
export function offTime(hours: DayHours, staff: { spans: Span[]; note: string }): OffTime[] {
  const off = offSpans(hours, staff.spans);
  if (staff.spans.length === 0) return off.map((s) => ({ ...s, label: staff.note || "Not working" }));
  const first = Math.min(...staff.spans.map((s) => s.start));
  const last = Math.max(...staff.spans.map((s) => s.end));
  return off.map((s) => ({ ...s, label: s.start >= first && s.end <= last ? "Break" : "Not working" }));
}

/** A 15-minute slot from `startMin` lies outside the staff member's hours (the desk may still book it, anyway). */
export function outsideHours(spans: Span[], startMin: number, minutes = 15): boolean {
  return !withinSpans(spans, startMin, startMin + minutes);
}
