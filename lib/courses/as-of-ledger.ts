/**
 * A client-course line as it stood at a past instant, from its records. Pure: the facts the live
 * ledger (lib/courses/ledger.ts) counts, as they were then, so lineBalance and lineCircles give the
 * balance the desk saw at that moment.
 *
 * - Redeemed then: redemptions made by then and not voided or waived by then.
 * - Booked then: an appointment holds a unit from a BOOKED entry of the course booking log until a
 *   RELEASED entry (cancelled, made a single, moved to another course, course refunded) or its
 *   redemption (checkout, forfeit); a voided checkout logs BOOKED again. A redemption made in the
 *   same instant as a log entry came after it (a checkout redone in the second it was voided).
 * - What the line holds then: sold, plus the manager's adjustments and transfers out made by then;
 *   refunded by then: closed.
 * Limits: an appointment's length (a minutes line) and time are today's; the records keep no earlier
 * ones. Circles are drawn in the live order (redemptions by time, bookings by appointment time).
 */
import type { LineFacts } from "./ledger";

export type LineRecords = {
  quantity: number;
  changes: { at: number; kind: string; quantityDelta: number | null }[];
  redemptions: { appointmentId: number; units: number; at: number; reversedAt: number | null }[];
  bookingLog: { id: number; appointmentId: number; action: "BOOKED" | "RELEASED"; at: number }[];
  /** Every appointment the line's log or redemptions name, as it is now. */
  appointments: { id: number; startsAt: Date; endsAt: Date; createdAt: number; linkedNow: boolean }[];
};

const unitsOf = (unit: "SESSIONS" | "MINUTES", a: { startsAt: Date; endsAt: Date }) =>
  unit === "SESSIONS" ? 1 : Math.round((+a.endsAt - +a.startsAt) / 60_000);

/** The line's facts at instant `at` (epoch ms); `refundedAt` is when the course was refunded, if it was. */
export function lineFactsAsOf(line: LineRecords, unit: "SESSIONS" | "MINUTES", at: number, refundedAt: number | null): LineFacts {
  const changeDelta = line.changes
    .filter((c) => c.at <= at && (c.kind === "ADJUST" || c.kind === "TRANSFER_OUT"))
    .reduce((sum, c) => sum + (c.quantityDelta ?? 0), 0);
  const redemptions = line.redemptions
    .filter((r) => r.at <= at && (r.reversedAt === null || r.reversedAt > at))
    .map((r) => ({ appointmentId: r.appointmentId, units: r.units, redeemedAt: new Date(r.at) }));

  const bookings: LineFacts["bookings"] = [];
  for (const a of line.appointments) {
    const log = line.bookingLog.filter((l) => l.appointmentId === a.id);
    // Written before the booking log existed (or by a factory): held since it was made, if it still is or was redeemed.
    const entries = log.length ? log : a.linkedNow ? [{ id: 0, appointmentId: a.id, action: "BOOKED" as const, at: a.createdAt }] : [];
    const steps = [
      ...entries.filter((l) => l.at <= at).map((l) => ({ at: l.at, order: 0, id: l.id, holds: l.action === "BOOKED" })),
      ...line.redemptions.filter((r) => r.appointmentId === a.id && r.at <= at).map((r) => ({ at: r.at, order: 1, id: 0, holds: false })),
    ].sort((x, y) => x.at - y.at || x.order - y.order || x.id - y.id);
    if (steps.at(-1)?.holds) bookings.push({ appointmentId: a.id, startsAt: a.startsAt, units: unitsOf(unit, a) });
  }
  return { quantity: line.quantity, changeDelta, redemptions, bookings, closed: refundedAt !== null && refundedAt <= at };
}
