/** Service lengths go in 5-minute steps, up to 12 hours (the calendar's grid and the drawer's times). */
export const DURATION_STEP = 5;
export const MAX_DURATION_MINUTES = 12 * 60;

/** 45 → "45 min", 60 → "1 h", 90 → "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Every length the form offers: 5 min … 12 h. */
export function durationChoices(): { value: number; label: string }[] {
  const out: { value: number; label: string }[] = [];
  for (let m = DURATION_STEP; m <= MAX_DURATION_MINUTES; m += DURATION_STEP) out.push({ value: m, label: formatDuration(m) });
  return out;
}
