import type { DayHours } from "@/lib/settings/salon-settings";
import { HOURS_STEP, timeLabel } from "@/lib/settings/hours";
import type { HoursRow } from "@/lib/rota/working-hours";

export type TimeChoice = { value: number; label: string };

/** Every 15 minutes from `from` to `to` (inclusive), plus `keep` (a time saved before the salon's hours changed). */
export function timeChoices(from: number, to: number, keep?: string): TimeChoice[] {
  const out: TimeChoice[] = [];
  for (let m = from; m <= to; m += HOURS_STEP) out.push({ value: m, label: timeLabel(m) });
  const kept = keep === undefined || keep === "" ? NaN : Number(keep);
  if (Number.isInteger(kept) && !out.some((c) => c.value === kept)) {
    out.push({ value: kept, label: timeLabel(kept) });
    out.sort((a, b) => a.value - b.value);
  }
  return out;
}

/** A rota day or a date's hours in a form: selects hold text, "" = not chosen. */
export type HoursState = { working: boolean; startMin: string; endMin: string; breakStartMin: string; breakEndMin: string };

const text = (m: number | null) => (m == null ? "" : String(m));

/** A saved row as the form shows it; a day off offers the salon's hours when it is ticked. */
export function hoursState(row: HoursRow | null, opening: DayHours): HoursState {
  if (row && row.startMin != null) {
    return { working: true, startMin: text(row.startMin), endMin: text(row.endMin), breakStartMin: text(row.breakStartMin), breakEndMin: text(row.breakEndMin) };
  }
  return { working: false, startMin: text(opening?.opensAtMin ?? null), endMin: text(opening?.closesAtMin ?? null), breakStartMin: "", breakEndMin: "" };
}

/** No rota yet: every open day worked from opening to closing. */
export function salonWeek(opening: DayHours[]): HoursState[] {
  return opening.map((o) => ({ ...hoursState(null, o), working: o !== null }));
}
