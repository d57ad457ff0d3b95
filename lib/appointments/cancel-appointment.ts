import type { Tx } from "@/lib/db";
import { logBooking } from "@/lib/courses/booking-log";
import { redeemAppointment } from "@/lib/courses/redeem";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { queueAppointmentMessage } from "@/lib/messages/outbox";
import { getSettings } from "@/lib/settings/salon-settings";
import { cancellationOutcome, type CancelCause, type CancelKind } from "./cancellation-policy";

/**
 * Cancels an appointment or marks a no-show; a course session comes back or is forfeited per policy.
 * The desk and a client's cancel link (`source: "ONLINE"`, lib/online-booking/cancel-online.ts) both
 * come through here.
 */
export async function cancelAppointment(
  tx: Tx,
  input: { appointmentId: number; kind: CancelKind; cause?: CancelCause; note?: string; source?: "DESK" | "ONLINE"; notify?: boolean },
  ctx: OpContext,
) {
  const appointment = await tx.appointment.findUnique({ where: { id: input.appointmentId } });
  if (!appointment) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
  const target = input.kind === "NO_SHOW" ? "NO_SHOW" : "CANCELLED";
  if (appointment.status === target) return { appointment, outcome: null };
  if (appointment.status !== "BOOKED" && !(appointment.status === "CHECKED_IN" && input.kind === "CANCEL")) {
    throw new DomainError("INVALID_STATE", `This appointment is ${appointment.status.toLowerCase().replace("_", "-")} and cannot be ${input.kind === "NO_SHOW" ? "marked as a no-show" : "cancelled"}.`);
  }
  if (input.kind === "NO_SHOW" && +appointment.startsAt > +ctx.now) {
    throw new DomainError("INVALID_STATE", "A no-show can only be marked once the appointment time has come.");
  }
  const settings = await getSettings(tx);
  const cause = input.kind === "CANCEL" ? (input.cause ?? "CLIENT") : null;
  const outcome = cancellationOutcome({ startsAt: appointment.startsAt, isCourse: !!appointment.clientCourseLineId }, input.kind, settings, ctx.now, cause ?? "CLIENT");

  const updated = await tx.appointment.update({
    where: { id: appointment.id },
    data: {
      status: target,
      cancelledAt: target === "CANCELLED" ? ctx.now : null,
      cancelCause: cause,
      cancelNote: input.note?.trim() || null,
      cancelledById: ctx.staffId || null,
    },
  });
  if (appointment.clientCourseLineId) {
    if (outcome.forfeit && outcome.reason) {
      await redeemAppointment(tx, { ...appointment, clientCourseLineId: appointment.clientCourseLineId }, {
        reason: outcome.reason,
        staffId: ctx.staffId,
        now: ctx.now,
        timezone: settings.timezone,
      });
    } else {
      await logBooking(tx, {
        lineId: appointment.clientCourseLineId,
        appointmentId: appointment.id,
        action: "RELEASED",
        reason: `${input.kind === "NO_SHOW" ? "no-show, session returned" : cause === "SALON" ? "cancelled by the salon" : outcome.late ? "late cancellation, session returned" : "cancelled"}${input.source === "ONLINE" ? " (online)" : ""}`,
        staffId: ctx.staffId,
        now: ctx.now,
      });
    }
  }
  // After the course records: the email says whether the session came back or was used up. A no-show gets none.
  if (target === "CANCELLED" && input.notify !== false) await queueAppointmentMessage(tx, "CANCELLATION", appointment.id, ctx.now);
  return { appointment: updated, outcome };
}
