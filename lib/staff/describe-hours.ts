import { formatMinutes } from "@/lib/time";
import type { HoursRow } from "@/lib/rota/working-hours";

/** A rota day or a date's hours as the manager reads them: "Day off", "09:00–17:00, break 13:00–13:30". */
export function describeHours(row: HoursRow): string {
  if (row.startMin == null || row.endMin == null) return "Day off";
  const hours = `${formatMinutes(row.startMin)}–${formatMinutes(row.endMin)}`;
  return row.breakStartMin != null && row.breakEndMin != null ? `${hours}, break ${formatMinutes(row.breakStartMin)}–${formatMinutes(row.breakEndMin)}` : hours;
}
