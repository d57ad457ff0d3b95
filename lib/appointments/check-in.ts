import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings";
import { changeAppointment } from "./change-appointment";
import { earlyNotice, isEarly } from "./early";

/**
 * Checks a client in. `redeemFromLineId` is the check-in prompt's "Redeem": the single appointment is
 * converted to that course line first, in the same transaction. Checking in well before the start
 * needs `confirmEarly` (the drawer asks first).
 */
export async function checkIn(tx: Tx, input: { appointmentId: number; redeemFromLineId?: number; confirmEarly?: boolean }, ctx: OpContext) {
  const appointment = await tx.appointment.findUnique({ where: { id: input.appointmentId }, include: { service: { select: { name: true } } } });
  if (!appointment) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
  if (appointment.status === "CHECKED_IN" && !input.redeemFromLineId) return appointment;
  if (appointment.status !== "BOOKED" && appointment.status !== "CHECKED_IN") {
    throw new DomainError("INVALID_STATE", `This appointment is ${appointment.status.toLowerCase().replace("_", "-")} and cannot be checked in.`);
  }
  if (appointment.status === "BOOKED" && !input.confirmEarly && isEarly(appointment.startsAt, ctx.now)) {
    const { timezone } = await getSettings(tx);
    throw new DomainError("CONFIRM_EARLY", `${earlyNotice({ startsAt: appointment.startsAt, serviceName: appointment.service.name }, ctx.now, timezone)} Check in now?`);
  }
  if (input.redeemFromLineId && appointment.clientCourseLineId !== input.redeemFromLineId) {
    await changeAppointment(tx, { appointmentId: appointment.id, clientCourseLineId: input.redeemFromLineId }, ctx);
  }
  return tx.appointment.update({
    where: { id: appointment.id },
    data: { status: "CHECKED_IN", checkedInAt: appointment.checkedInAt ?? ctx.now },
  });
}
