import { cancellationOutcome } from "@/lib/appointments/cancellation-policy";
import type { SalonSettingsView } from "@/lib/settings/salon-settings";

export type CancelNote = {
  /** Cancelling now uses the course session up (a late cancellation under a forfeit policy). */
  forfeits: boolean;
  /** The salon's policy for this appointment, said before the client confirms. */
  text: string;
};

type Policy = Pick<SalonSettingsView, "lateCancelHours" | "lateCancelPolicy" | "noShowPolicy">;

/**
 * What cancelling this appointment now means for the client, in the salon's policy's own terms
 * (lib/appointments/cancellation-policy.ts decides; this only says it). Pure.
 */
export function cancelNote(appointment: { startsAt: Date; isCourse: boolean }, settings: Policy, now: Date): CancelNote {
  const hours = settings.lateCancelHours;
  const outcome = cancellationOutcome(appointment, "CANCEL", settings, now, "CLIENT");
  if (!appointment.isCourse) {
    return { forfeits: false, text: outcome.late ? `This is within ${hours} hours of your appointment. There is no charge for cancelling.` : "There is no charge for cancelling." };
  }
  if (outcome.forfeit) {
    return {
      forfeits: true,
      text: `This is within ${hours} hours of your appointment, so under the salon's late-cancellation policy this session will be forfeited: it will not come back to your course.`,
    };
  }
  if (outcome.late) return { forfeits: false, text: `This is within ${hours} hours of your appointment, but the salon's policy gives the session back to your course.` };
  const later = settings.lateCancelPolicy === "FORFEIT" ? "forfeits the session" : "still gives the session back";
  return { forfeits: false, text: `The session comes back to your course. (Cancelling within ${hours} hours of an appointment ${later}.)` };
}
