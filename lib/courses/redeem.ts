import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { unitsValue } from "@/lib/money";
import { salonDateOf } from "@/lib/time";
import { consumedUnits } from "./consumed-units";
import { unitsFor } from "./ledger";
import { loadClientCourse } from "./load-courses";
import { courseExpiry, redemptionRefusal, sessionsWith } from "./validity";

/**
 * Uses up the unit an appointment holds: at checkout, or forfeited by a no-show or late cancellation.
 * The database allows one redemption per appointment, so a retry can never redeem twice. A checkout
 * re-checks that the session lies within the course's validity.
 */
export async function redeemAppointment(
  tx: Tx,
  appointment: { id: number; clientCourseLineId: number; startsAt: Date; endsAt: Date },
  redemption: { reason: "CHECKOUT" | "NO_SHOW" | "LATE_CANCELLATION"; saleId?: number; staffId: number | null; now: Date; timezone: string },
) {
  const line = await tx.clientCourseLine.findUniqueOrThrow({
    where: { id: appointment.clientCourseLineId },
    select: { quantity: true, valueMinor: true, serviceName: true, clientCourseId: true },
  });
  const course = (await loadClientCourse(tx, line.clientCourseId, redemption.timezone, redemption.now))!;
  // A forfeit is recorded after the appointment stopped holding its unit: count it as a session here.
  const sessions = sessionsWith(course.sessions, {
    appointmentId: appointment.id,
    date: salonDateOf(appointment.startsAt, redemption.timezone),
    serviceName: line.serviceName,
  });
  if (redemption.reason === "CHECKOUT") {
    const refusal = redemptionRefusal(course, sessions, appointment.id);
    if (refusal) {
      throw new DomainError("COURSE_NOT_VALID", `${refusal} Make it a single appointment in the calendar, or ask a manager to extend the course.`);
    }
  }
  const units = unitsFor(course.unit, appointment.startsAt, appointment.endsAt);
  const valueMinor = await unitValue(tx, appointment, line, units);

  // A course valid "from first use" fixes its expiry at its first redemption, counted from its earliest session.
  if (course.validityFrom === "FIRST_USE" && course.validityMonths && !course.expiresOn) {
    await tx.clientCourse.update({ where: { id: course.id }, data: { expiresOn: courseExpiry(course, sessions) } });
  }

  return tx.redemption.create({
    data: {
      appointmentId: appointment.id,
      clientCourseLineId: appointment.clientCourseLineId,
      units,
      valueMinor,
      reason: redemption.reason,
      redeemedAt: redemption.now,
      redeemedOn: salonDateOf(redemption.now, redemption.timezone),
      saleId: redemption.saleId ?? null,
      staffId: redemption.staffId || null,
    },
  });
}

/**
 * What using these units is worth. A session checked out again after its checkout was voided is worth
 * what the void gave back; otherwise its place in the line (money.unitsValue). Either way never more
 * than the line still holds, so a line never gives out more than was paid into it.
 */
async function unitValue(
  tx: Tx,
  appointment: { id: number; clientCourseLineId: number },
  line: { quantity: number; valueMinor: number },
  units: number,
): Promise<number> {
  const lineId = appointment.clientCourseLineId;
  const [voided, used, removed] = await Promise.all([
    tx.redemption.findFirst({ where: { appointmentId: appointment.id, clientCourseLineId: lineId, reversedAt: { not: null }, units }, orderBy: { id: "desc" }, select: { valueMinor: true } }),
    tx.redemption.aggregate({ where: { clientCourseLineId: lineId, reversedAt: null }, _sum: { valueMinor: true } }),
    tx.clientCourseChange.aggregate({ where: { clientCourseLineId: lineId, kind: { in: ["ADJUST", "TRANSFER_OUT"] } }, _sum: { amountMinor: true } }),
  ]);
  const placed = voided?.valueMinor ?? unitsValue(line.valueMinor, line.quantity, await consumedUnits(tx, lineId), units);
  const left = line.valueMinor - (used._sum.valueMinor ?? 0) - (removed._sum.amountMinor ?? 0);
  return Math.max(0, Math.min(placed, left));
}
