import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import type { CancellationOutcome } from "@/lib/appointments/cancellation-policy";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** Tokens are 32 URL-safe characters; anything else is not worth a query. */
export const TOKEN_RE = /^[A-Za-z0-9_-]{20,64}$/;

const NOT_FOUND = "This booking link is not valid. Please check it, or call the salon.";

/**
 * Cancels an online booking through its link: the desk's own cancel (lib/appointments/cancel-appointment.ts),
 * by the system actor, once the link's own rules pass (only a booking not yet started, not checked in).
 * The time is freed at once and a course session comes back unless the salon's policy forfeits a late
 * cancellation. Cancelling twice is harmless.
 */
export async function cancelOnlineBooking(tx: Tx, input: { token: string }, now: Date): Promise<{ appointmentId: number; outcome: CancellationOutcome | null }> {
  if (!TOKEN_RE.test(input.token)) throw new DomainError("NOT_FOUND", NOT_FOUND);
  const appointment = await tx.appointment.findUnique({ where: { cancelToken: input.token }, select: { id: true, status: true, startsAt: true } });
  if (!appointment) throw new DomainError("NOT_FOUND", NOT_FOUND);
  if (appointment.status === "CANCELLED") return { appointmentId: appointment.id, outcome: null };
  if (appointment.status !== "BOOKED") {
    throw new DomainError("INVALID_STATE", "This appointment can no longer be cancelled online. Please call the salon.");
  }
  if (+appointment.startsAt <= +now) {
    throw new DomainError("INVALID_STATE", "This appointment has already started. Please call the salon.");
  }
  const { outcome } = await cancelAppointment(tx, { appointmentId: appointment.id, kind: "CANCEL", source: "ONLINE" }, { staffId: null, now });
  return { appointmentId: appointment.id, outcome };
}
