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
  const valueMinor = unitsValue(line.valueMinor, line.quantity, await consumedUnits(tx, appointment.clientCourseLineId), units);

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
