import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import type { CancellationOutcome } from "@/lib/appointments/cancellation-policy";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getSettings } from "@/lib/settings/salon-settings";
import { cancelNote } from "./cancel-note";

/**
 * A client cancels one of their own upcoming appointments from their page: as the cancel link does
 * (lib/online-booking/cancel-online.ts: the desk's cancel, by the client, no staff member), only a
 * booking not yet started or checked in. Someone else's appointment is "not found" and untouched.
 * If cancelling now would forfeit the course session and the client was not told so when they
 * pressed Cancel (the page was opened before the late window began), nothing happens and they are told.
 */
export async function cancelMyAppointment(
  tx: Tx,
  clientId: number,
  input: { appointmentId: number; forfeitAccepted: boolean },
  now: Date,
): Promise<{ appointmentId: number; outcome: CancellationOutcome | null }> {
  const appointment = await tx.appointment.findUnique({
    where: { id: input.appointmentId },
    select: { id: true, clientId: true, status: true, startsAt: true, clientCourseLineId: true },
  });
  if (!appointment || appointment.clientId !== clientId) throw new DomainError("NOT_FOUND", "We could not find that appointment on your page.", "appointmentId");
  if (appointment.status === "CANCELLED") return { appointmentId: appointment.id, outcome: null };
  if (appointment.status !== "BOOKED") throw new DomainError("INVALID_STATE", "This appointment can no longer be cancelled online. Please call the salon.");
  if (+appointment.startsAt <= +now) throw new DomainError("INVALID_STATE", "This appointment has already started. Please call the salon.");
  const note = cancelNote({ startsAt: appointment.startsAt, isCourse: appointment.clientCourseLineId !== null }, await getSettings(tx), now);
  if (note.forfeits && !input.forfeitAccepted) throw new DomainError("INVALID_STATE", `Nothing was cancelled. ${note.text} Press Cancel again to confirm.`);
  const { outcome } = await cancelAppointment(tx, { appointmentId: appointment.id, kind: "CANCEL", source: "ONLINE" }, { staffId: null, now });
  return { appointmentId: appointment.id, outcome };
}
