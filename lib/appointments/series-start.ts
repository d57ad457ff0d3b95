import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getOpeningHours, type DayHours } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf, salonMinutesOf, weekdayOf, type SalonDate } from "@/lib/time";
import { loadSeriesLine } from "./series-check";
import { firstDateAfter, weeksApart } from "./series-dates";

/**
 * What the series panel starts from. The slot chosen in the drawer, if any, is the first session;
 * otherwise the series follows the line's last session (or the appointment open in the drawer, when
 * it is one of the line's), at its time and with its stylist, as often as the last two were apart.
 */

export type SeriesStart = {
  lineId: number;
  courseName: string;
  serviceName: string;
  /** Free sessions: the default and the most "how many" offers. */
  free: number;
  expiresOn: SalonDate | null;
  /** Who does the service, for the stylist choice; null staffId is anyone. */
  staff: { id: number; name: string }[];
  staffId: number | null;
  date: SalonDate;
  startMin: number;
  everyWeeks: number;
  /** Opening hours per weekday (0 = Sunday), for the time choices of each date. */
  opening: DayHours[];
};

type From = { lineId: number; appointmentId?: number; staffId?: number; date?: SalonDate; startMin?: number };

export async function seriesStart(tx: Tx, from: From, now: Date): Promise<SeriesStart> {
  const line = await loadSeriesLine(tx, from.lineId, now);
  if (line.line.balance.free === 0) throw new DomainError("CIRCLE_TAKEN", `${line.course.name} has no free ${line.line.serviceName} sessions left.`, "lineId");
  const tz = line.timezone;
  const today = salonDateOf(now, tz);
  const ids = [...line.line.facts.bookings, ...line.line.facts.redemptions].map((s) => s.appointmentId);
  const [sessions, opening] = await Promise.all([
    tx.appointment.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" }, select: { id: true, staffId: true, startsAt: true } }),
    getOpeningHours(tx),
  ]);
  const everyWeeks = weeksApart(sessions.map((s) => salonDateOf(s.startsAt, tz))) ?? 1;
  const doer = (id: number | undefined) => (id !== undefined && line.doers.some((d) => d.id === id) ? id : null);
  const open = sessions.find((s) => s.id === from.appointmentId);
  const last = sessions[sessions.length - 1];

  let start: { date: SalonDate; startMin: number; staffId: number | null };
  if (from.date && from.startMin !== undefined && !open) {
    start = { date: from.date, startMin: from.startMin, staffId: doer(from.staffId) };
  } else if (last) {
    const like = open ?? last;
    start = { date: firstDateAfter(salonDateOf(last.startsAt, tz), everyWeeks, today), startMin: salonMinutesOf(like.startsAt, tz), staffId: doer(like.staffId) };
  } else {
    // Nothing to follow and no slot chosen: a week today, at opening.
    const date = addDaysToDate(today, 7);
    start = { date, startMin: opening[weekdayOf(date)]?.opensAtMin ?? 10 * 60, staffId: null };
  }
  return {
    lineId: line.lineId,
    courseName: line.course.name,
    serviceName: line.service.name,
    free: line.line.balance.free,
    expiresOn: line.course.expiry,
    staff: line.doers.map((d) => ({ id: d.id, name: d.name })),
    ...start,
    everyWeeks,
    opening,
  };
}
