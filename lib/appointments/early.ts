import { formatSalonTime } from "@/lib/time";

/**
 * Checking a client in, or out, well before the appointment's start is usually a slip (the wrong
 * appointment, the wrong day's visit): the desk is asked to confirm. Half an hour covers a client
 * who arrives early.
 */
export const EARLY_MINUTES = 30;

export function isEarly(startsAt: Date, now: Date): boolean {
  return +startsAt - +now > EARLY_MINUTES * 60_000;
}

/** "in 2 h 15 min", "in 45 min" */
export function timeUntil(startsAt: Date, now: Date): string {
  const minutes = Math.round((+startsAt - +now) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `in ${h ? `${h} h` : ""}${h && m ? " " : ""}${m || !h ? `${m} min` : ""}`;
}

/** "Colour starts at 17:45, in 6 h." */
export function earlyNotice(appointment: { startsAt: Date; serviceName: string }, now: Date, timezone: string): string {
  return `${appointment.serviceName} starts at ${formatSalonTime(appointment.startsAt, timezone)}, ${timeUntil(appointment.startsAt, now)}.`;
}
