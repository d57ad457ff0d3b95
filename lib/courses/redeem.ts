import type { Tx } from "@/lib/db";
import { unitsValue } from "@/lib/money";
import { salonDateOf, validityEnd } from "@/lib/time";
import { consumedUnits } from "./consumed-units";
import { unitsFor } from "./ledger";

/**
 * Uses up the unit an appointment holds: at checkout, or forfeited by a no-show or late cancellation.
 * The database allows one redemption per appointment, so a retry can never redeem twice.
 */
export async function redeemAppointment(
  tx: Tx,
  appointment: { id: number; clientCourseLineId: number; startsAt: Date; endsAt: Date },
  redemption: { reason: "CHECKOUT" | "NO_SHOW" | "LATE_CANCELLATION"; saleId?: number; staffId: number; now: Date; timezone: string },
) {
  const line = await tx.clientCourseLine.findUniqueOrThrow({
    where: { id: appointment.clientCourseLineId },
    select: {
      quantity: true,
      valueMinor: true,
      clientCourse: { select: { id: true, unit: true, validityFrom: true, validityMonths: true, expiresOn: true } },
    },
  });
  const course = line.clientCourse;
  const units = unitsFor(course.unit, appointment.startsAt, appointment.endsAt);
  const valueMinor = unitsValue(line.valueMinor, line.quantity, await consumedUnits(tx, appointment.clientCourseLineId), units);

  // A course valid "from first use" starts its clock on the day of its first redeemed session.
  if (course.validityFrom === "FIRST_USE" && course.validityMonths && !course.expiresOn) {
    const firstUse = salonDateOf(appointment.startsAt, redemption.timezone);
    await tx.clientCourse.update({ where: { id: course.id }, data: { expiresOn: validityEnd(firstUse, course.validityMonths) } });
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
