import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { changeAppointment } from "./change-appointment";

/**
 * Checks a client in. `redeemFromLineId` is the check-in prompt's "Redeem": the single appointment is
 * converted to that course line first, in the same transaction.
 */
export async function checkIn(tx: Tx, input: { appointmentId: number; redeemFromLineId?: number }, ctx: OpContext) {
  const appointment = await tx.appointment.findUnique({ where: { id: input.appointmentId } });
  if (!appointment) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
  if (appointment.status === "CHECKED_IN" && !input.redeemFromLineId) return appointment;
  if (appointment.status !== "BOOKED" && appointment.status !== "CHECKED_IN") {
    throw new DomainError("INVALID_STATE", `This appointment is ${appointment.status.toLowerCase().replace("_", "-")} and cannot be checked in.`);
  }
  if (input.redeemFromLineId && appointment.clientCourseLineId !== input.redeemFromLineId) {
    await changeAppointment(tx, { appointmentId: appointment.id, clientCourseLineId: input.redeemFromLineId }, ctx);
  }
  return tx.appointment.update({
    where: { id: appointment.id },
    data: { status: "CHECKED_IN", checkedInAt: appointment.checkedInAt ?? ctx.now },
  });
}
