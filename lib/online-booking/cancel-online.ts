import { cancellationOutcome, type CancellationOutcome } from "@/lib/appointments/cancellation-policy";
import { redeemAppointment } from "@/lib/courses/redeem";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getSettings } from "@/lib/settings";

/** Tokens are 32 URL-safe characters; anything else is not worth a query. */
export const TOKEN_RE = /^[A-Za-z0-9_-]{20,64}$/;

const NOT_FOUND = "This booking link is not valid. Please check it, or call the salon.";

/**
 * Cancels an online booking through its link. The time is freed at once (a cancelled appointment
 * no longer blocks the calendar) and a course session it held comes back, unless the salon's policy
 * forfeits a late cancellation, exactly as when the desk cancels (lib/appointments/cancel-appointment.ts).
 * No staff member acts: the history records it with no staff. Cancelling twice is harmless.
 */
export async function cancelOnlineBooking(tx: Tx, input: { token: string }, now: Date): Promise<{ appointmentId: number; outcome: CancellationOutcome | null }> {
  if (!TOKEN_RE.test(input.token)) throw new DomainError("NOT_FOUND", NOT_FOUND);
  const appointment = await tx.appointment.findUnique({ where: { cancelToken: input.token } });
  if (!appointment) throw new DomainError("NOT_FOUND", NOT_FOUND);
  if (appointment.status === "CANCELLED") return { appointmentId: appointment.id, outcome: null };
  if (appointment.status !== "BOOKED") {
    throw new DomainError("INVALID_STATE", "This appointment can no longer be cancelled online. Please call the salon.");
  }
  if (+appointment.startsAt <= +now) {
    throw new DomainError("INVALID_STATE", "This appointment has already started. Please call the salon.");
  }

  const settings = await getSettings(tx);
  const lineId = appointment.clientCourseLineId;
  const outcome = cancellationOutcome({ startsAt: appointment.startsAt, isCourse: lineId !== null }, "CANCEL", settings, now);
  await tx.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: now } });
  if (lineId !== null) {
    if (outcome.forfeit && outcome.reason) {
      await redeemAppointment(tx, { ...appointment, clientCourseLineId: lineId }, { reason: outcome.reason, staffId: 0, now, timezone: settings.timezone });
    } else {
      await tx.courseBookingLog.create({
        data: {
          clientCourseLineId: lineId,
          appointmentId: appointment.id,
          action: "RELEASED",
          reason: outcome.late ? "late cancellation online, session returned" : "cancelled online",
          staffId: null,
          createdAt: now,
        },
      });
    }
  }
  return { appointmentId: appointment.id, outcome };
}
