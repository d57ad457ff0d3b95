import { formatMinutes } from "@/lib/time";

/** Opening hours go in 15-minute steps; a day may close at midnight (24:00). */
export const HOURS_STEP = 15;
export const DAY_MINUTES = 24 * 60;

/** The salon's week as people read it, Monday first; values are weekdays (0 = Sunday). */
export const WEEK: { weekday: number; name: string }[] = [
  { weekday: 1, name: "Monday" },
  { weekday: 2, name: "Tuesday" },
  { weekday: 3, name: "Wednesday" },
  { weekday: 4, name: "Thursday" },
  { weekday: 5, name: "Friday" },
  { weekday: 6, name: "Saturday" },
  { weekday: 0, name: "Sunday" },
];

export function timeLabel(minutes: number): string {
  return minutes === DAY_MINUTES ? "24:00 (midnight)" : formatMinutes(minutes);
}

/** Times a day can open at: 00:00 … 23:45. */
export function openingChoices(): { value: number; label: string }[] {
  return Array.from({ length: DAY_MINUTES / HOURS_STEP }, (_, i) => ({ value: i * HOURS_STEP, label: timeLabel(i * HOURS_STEP) }));
}

/** Times a day can close at: 00:15 … 24:00. */
export function closingChoices(): { value: number; label: string }[] {
  return Array.from({ length: DAY_MINUTES / HOURS_STEP }, (_, i) => ({ value: (i + 1) * HOURS_STEP, label: timeLabel((i + 1) * HOURS_STEP) }));
}
