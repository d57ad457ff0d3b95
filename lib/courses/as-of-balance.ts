import type { Tx } from "@/lib/db";
import { loadCourseValueFacts } from "@/lib/reports/course-value-facts";
import { courseValueEvents, settleState } from "@/lib/reports/value-events";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { lineFactsAsOf } from "./as-of-ledger";
import { lineBalance, lineCircles, type Circle, type LineBalance } from "./ledger";

export type CourseBalanceAsOf = {
  clientCourseId: number;
  at: Date;
  day: SalonDate;
  unit: "SESSIONS" | "MINUTES";
  lines: { id: number; serviceName: string; balance: LineBalance; circles: Circle[] }[];
  /** What the course still owed its client then (the liability's figure for it). */
  valueLeftMinor: number;
  refunded: boolean;
  /** Its last valid day as recorded then (null: none yet, e.g. valid from first use and not started). */
  expiresOn: SalonDate | null;
};

/**
 * A client course's balance as it stood at a past instant: circles (redeemed, booked, free) per line
 * and the value left, computed from the records made by then (lib/courses/as-of-ledger.ts,
 * lib/reports/value-events.ts): exactly what the desk and the liability showed at that moment.
 * Null if there is no such course or it was bought after `at`.
 */
export async function loadCourseBalanceAsOf(tx: Tx, clientCourseId: number, at: Date, timezone: string): Promise<CourseBalanceAsOf | null> {
  const course = await tx.clientCourse.findUnique({
    where: { id: clientCourseId },
    select: {
      id: true,
      unit: true,
      purchasedAt: true,
      expiresOn: true,
      validityFrom: true,
      transferredFromId: true,
      changes: { select: { kind: true, createdAt: true, previousExpiresOn: true }, orderBy: { id: "asc" } },
      lines: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          serviceName: true,
          quantity: true,
          changes: { select: { kind: true, quantityDelta: true, createdAt: true } },
          redemptions: { select: { appointmentId: true, units: true, redeemedAt: true, reversedAt: true } },
          bookingLog: { select: { id: true, appointmentId: true, action: true, createdAt: true } },
        },
      },
    },
  });
  if (!course || course.purchasedAt > at) return null;
  const t = +at;
  const day = salonDateOf(at, timezone);
  const appointmentIds = [...new Set(course.lines.flatMap((l) => [...l.redemptions, ...l.bookingLog].map((r) => r.appointmentId)))];
  const [appointments, facts] = await Promise.all([
    tx.appointment.findMany({
      where: { id: { in: appointmentIds } },
      select: { id: true, startsAt: true, endsAt: true, createdAt: true, clientCourseLineId: true },
    }),
    loadCourseValueFacts(tx, { ids: [course.id] }, day, timezone),
  ]);
  const refund = course.changes.find((c) => c.kind === "REFUND");
  const refundedAt = refund ? +refund.createdAt : null;

  const lines = course.lines.map((line) => {
    const facts = lineFactsAsOf(
      {
        quantity: line.quantity,
        changes: line.changes.map((c) => ({ at: +c.createdAt, kind: c.kind, quantityDelta: c.quantityDelta })),
        redemptions: line.redemptions.map((r) => ({ appointmentId: r.appointmentId, units: r.units, at: +r.redeemedAt, reversedAt: r.reversedAt ? +r.reversedAt : null })),
        bookingLog: line.bookingLog.map((l) => ({ id: l.id, appointmentId: l.appointmentId, action: l.action, at: +l.createdAt })),
        appointments: appointments
          .filter((a) => a.clientCourseLineId === line.id || line.bookingLog.some((l) => l.appointmentId === a.id) || line.redemptions.some((r) => r.appointmentId === a.id))
          .map((a) => ({ id: a.id, startsAt: a.startsAt, endsAt: a.endsAt, createdAt: +a.createdAt, linkedNow: a.clientCourseLineId === line.id })),
      },
      course.unit,
      t,
      refundedAt,
    );
    return { id: line.id, serviceName: line.serviceName, balance: lineBalance(facts), circles: course.unit === "SESSIONS" ? lineCircles(facts) : [] };
  });

  const expiresOn = await expiryThen(tx, course, t, timezone);
  const [f] = facts;
  // The value facts as recorded at `t`, with the expiry recorded then: what the liability said of it live.
  const recorded = f && {
    ...f,
    expiresOn,
    redemptions: f.redemptions.filter((r) => r.at <= t),
    reversals: f.reversals.filter((r) => r.at <= t),
    changes: f.changes.filter((c) => c.at <= t),
  };
  const valueLeftMinor = recorded ? settleState(courseValueEvents(recorded, day)).remainingMinor : 0;
  return { clientCourseId: course.id, at, day, unit: course.unit, lines, valueLeftMinor, refunded: refundedAt !== null && refundedAt <= t, expiresOn };
}

/**
 * The expiry recorded at `t`: the one the first later extension replaced, else today's. A course valid
 * "from first use" has none until its first redemption fixes it (or a manager sets one), unless it
 * came by transfer from a course whose clock had started (it keeps that end date from its first day).
 */
async function expiryThen(
  tx: Tx,
  course: {
    expiresOn: string | null;
    validityFrom: string;
    purchasedAt: Date;
    transferredFromId: number | null;
    changes: { kind: string; createdAt: Date; previousExpiresOn: string | null }[];
    lines: { redemptions: { redeemedAt: Date }[] }[];
  },
  t: number,
  timezone: string,
): Promise<SalonDate | null> {
  const later = course.changes.find((c) => c.kind === "EXTEND" && +c.createdAt > t);
  if (later) return later.previousExpiresOn;
  if (course.validityFrom !== "FIRST_USE" || !course.expiresOn) return course.expiresOn;
  const fixed = course.lines.some((l) => l.redemptions.some((r) => +r.redeemedAt <= t)) || course.changes.some((c) => c.kind === "EXTEND" && +c.createdAt <= t);
  if (fixed) return course.expiresOn;
  if (course.transferredFromId === null) return null;
  // transferCourse copies the giver's expiry (stored, or counted from its sessions then).
  const giver = await loadCourseBalanceAsOf(tx, course.transferredFromId, course.purchasedAt, timezone);
  const started = giver !== null && (giver.expiresOn !== null || giver.lines.some((l) => l.balance.redeemed + l.balance.booked > 0));
  return started ? course.expiresOn : null;
}
