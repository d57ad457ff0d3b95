import type { SalonSettingsView } from "@/lib/settings/salon-settings";

export type CancelKind = "CANCEL" | "NO_SHOW";

/** Who caused a cancellation. A salon-caused one (stylist ill, double booking, closure) never forfeits and is never late. */
export type CancelCause = "CLIENT" | "SALON";

export type CancellationOutcome = {
  late: boolean;
  /** The course session is used up (redeemed with a reason) instead of coming back. */
  forfeit: boolean;
  reason: "NO_SHOW" | "LATE_CANCELLATION" | null;
  /** What the drawer says before the receptionist confirms. */
  message: string;
};

/** What happens to a course session when its appointment is cancelled or missed, per the salon's policy. */
export function cancellationOutcome(
  appointment: { startsAt: Date; isCourse: boolean },
  kind: CancelKind,
  settings: Pick<SalonSettingsView, "lateCancelHours" | "lateCancelPolicy" | "noShowPolicy">,
  now: Date,
  cause: CancelCause = "CLIENT",
): CancellationOutcome {
  if (kind === "CANCEL" && cause === "SALON") {
    return {
      late: false,
      forfeit: false,
      reason: null,
      message: appointment.isCourse ? "Cancelled by the salon: the session goes back to the client's course." : "Cancelled by the salon: nothing is charged.",
    };
  }
  const late = kind === "CANCEL" && +appointment.startsAt - +now < settings.lateCancelHours * 3600_000;
  if (!appointment.isCourse) {
    return { late, forfeit: false, reason: null, message: late ? "This is a late cancellation." : "" };
  }
  if (kind === "NO_SHOW") {
    const forfeit = settings.noShowPolicy === "FORFEIT";
    return {
      late: false,
      forfeit,
      reason: forfeit ? "NO_SHOW" : null,
      message: forfeit
        ? "Salon policy: a missed course session is forfeited. The session will be used up."
        : "Salon policy: the session goes back to the client's course.",
    };
  }
  const forfeit = late && settings.lateCancelPolicy === "FORFEIT";
  return {
    late,
    forfeit,
    reason: forfeit ? "LATE_CANCELLATION" : null,
    message: forfeit
      ? `This is within ${settings.lateCancelHours} hours of the appointment. Salon policy: the session is forfeited.`
      : late
        ? `This is a late cancellation, but salon policy gives the session back to the course.`
        : "The session goes back to the client's course.",
  };
}
