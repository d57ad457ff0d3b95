import { LIVE_STATUSES } from "@/lib/appointments/guards";
import type { Tx } from "@/lib/db";
import type { BookableStaff } from "@/lib/online-booking/catalogue";
import { freeStartsFor, instantsOn, openingWindow, roomChecker, spansAsIntervals, type Interval } from "@/lib/online-booking/free-times";
import { loadRotas } from "@/lib/rota/load-rota";
import { addDaysToDate, minutesOnDay, salonDayRange, weekdayOf, type SalonDate } from "@/lib/time";
import { checkRow, checkSlot, expiryWith, type Planned, type SeriesLine } from "./series-check";
import { daysBetween, inOfferOrder } from "./series-dates";

/**
 * "Next free" for a row of a series that clashes: the free times of that day for its stylist (or,
 * for anyone, everyone who does the service), worked out as online booking does (lib/online-booking/
 * free-times.ts), else of the nearest later day within the course's validity. Each time offered is
 * checked again with the booking rules (checkSlot), so using it books.
 */

/** How far on a row's next free time is looked for. */
export const NEXT_FREE_DAYS = 28;
/** Times of one day checked with the full rules before moving on to the next day. */
const TRIES_PER_DAY = 4;
const DAY_MS = 24 * 3600_000;

export type Offer = { date: SalonDate; startMin: number; staffId: number; staffName: string };

type Candidate = { staffId: number; startMin: number };

/** Free starts per day for the staff given, from one read per table for the whole range. */
async function freeStartsByDay(tx: Tx, staff: BookableStaff[], kind: string | null, from: SalonDate, to: SalonDate, timezone: string, now: Date) {
  const range = { start: salonDayRange(from, timezone).start, end: salonDayRange(to, timezone).end };
  const live = { status: { in: [...LIVE_STATUSES] }, startsAt: { lt: range.end, gt: new Date(+range.start - DAY_MS) }, endsAt: { gt: range.start } };
  const ids = staff.map((s) => s.id);
  const [rotas, appointments, rooms, held] = await Promise.all([
    loadRotas(tx, ids, from, to),
    tx.appointment.findMany({ where: { staffId: { in: ids }, ...live }, select: { staffId: true, startsAt: true, endsAt: true } }),
    kind ? tx.resource.findMany({ where: { kind, active: true }, select: { id: true } }) : null,
    kind ? tx.appointment.findMany({ where: { resource: { is: { kind, active: true } }, ...live }, select: { resourceId: true, startsAt: true, endsAt: true } }) : null,
  ]);
  const roomFree = rooms ? roomChecker({ resourceIds: rooms.map((r) => r.id), held: (held ?? []).map((h) => ({ resourceId: h.resourceId!, start: h.startsAt, end: h.endsAt })) }) : null;
  return (date: SalonDate): Candidate[] => {
    const window = openingWindow(date, rotas.opening[weekdayOf(date)], timezone);
    if (!window) return [];
    const at = instantsOn(date, timezone);
    const minutesOf = minutesOnDay(date, timezone);
    return staff.flatMap((member) => {
      const busy: Interval[] = appointments.filter((a) => a.staffId === member.id).map((a) => ({ start: a.startsAt, end: a.endsAt }));
      const windows = spansAsIntervals(rotas.spans(member.id, date), at);
      return freeStartsFor(window, member.minutes, busy, now, 15, windows, roomFree).map((t) => ({ staffId: member.id, startMin: minutesOf(t) }));
    });
  };
}

/**
 * The first time, from the row's own day on, at which the row would book: its stylist's (or, when
 * it is anyone's, anyone's who does the service), nearest the time asked for. Null when there is
 * none within NEXT_FREE_DAYS, before the course expires, or before the last bookable day.
 */
export async function nextFreeFor(
  tx: Tx,
  line: SeriesLine,
  row: { staffId: number | null; date: SalonDate; startMin: number },
  planned: Planned[],
  now: Date,
  prefer: number | null,
): Promise<Offer | null> {
  const staff = row.staffId === null ? line.doers : line.doers.filter((d) => d.id === row.staffId);
  if (staff.length === 0) return null;
  const expiry = expiryWith(line, planned, row.date);
  let last = addDaysToDate(row.date, NEXT_FREE_DAYS);
  if (expiry && expiry < last) last = expiry;
  if (last < row.date) return null;
  const service = await tx.service.findUniqueOrThrow({ where: { id: line.service.id }, select: { resourceKind: true } });
  const startsOn = await freeStartsByDay(tx, staff, service.resourceKind, row.date, last, line.timezone, now);
  const rank = (id: number) => (id === (row.staffId ?? prefer) ? 0 : 1 + staff.findIndex((s) => s.id === id));

  for (let day = 0; day <= daysBetween(row.date, last); day++) {
    const date = addDaysToDate(row.date, day);
    const candidates = startsOn(date).filter((c) => day > 0 || c.startMin !== row.startMin);
    const minutes = inOfferOrder([...new Set(candidates.map((c) => c.startMin))], row.startMin, day === 0);
    for (const startMin of minutes.slice(0, TRIES_PER_DAY)) {
      const who = candidates.filter((c) => c.startMin === startMin).sort((a, b) => rank(a.staffId) - rank(b.staffId));
      const verdict =
        row.staffId === null && who.length > 1
          ? await checkRow(tx, line, { staffId: null, date, startMin }, planned, now, who[0].staffId)
          : await checkSlot(tx, line, { staffId: who[0].staffId, date, startMin }, planned, now);
      if (verdict.ok) return { date, startMin, staffId: verdict.staffId, staffName: verdict.staffName };
    }
  }
  return null;
}
