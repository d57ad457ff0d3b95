import { formatMoney } from "@/lib/money";
import type { AppointmentMessageKind } from "./kinds";
import { detailLines, duration, firstName, greeting, localWhen, paragraphs, signOff, type SalonFacts } from "./wording";

/** Everything an appointment email says, read in the transaction that writes it (lib/messages/outbox.ts). */
export type AppointmentFacts = {
  salon: SalonFacts & { currency: string; lateCancelHours: number; lateCancelPolicy: "RETURN" | "FORFEIT" };
  clientFirstName: string;
  serviceName: string;
  stylistName: string;
  startsAt: Date;
  minutes: number;
  priceMinor: number;
  /** The client course that pays for it, or null for a single paid service. */
  courseName: string | null;
  /** The course was refunded (a refund cancels its booked sessions): nothing goes back to it. */
  courseRefunded?: boolean;
  /** The client's cancel link, on a booking that still stands. */
  cancelUrl: string | null;
  /** The public booking page, offered after a cancellation. */
  bookUrl: string;
  /** A cancellation: the salon cancelled (not the client), and whether a course session was used up by it. */
  cancelledBySalon?: boolean;
  forfeited?: boolean;
};

const SUBJECT: Record<AppointmentMessageKind, string> = {
  CONFIRMATION: "Booked",
  CHANGED: "Changed",
  REMINDER: "Reminder",
  CANCELLATION: "Cancelled",
};

/** Subject and plain-text body of a confirmation, change, reminder or cancellation. */
export function appointmentMessage(kind: AppointmentMessageKind, f: AppointmentFacts, now: Date): { subject: string; text: string } {
  const when = localWhen(f.startsAt, f.salon.timezone, now);
  const subject = `${SUBJECT[kind]}: ${f.serviceName} at ${f.salon.name}, ${kind === "CHANGED" ? "now " : ""}${when}`;
  const details = detailLines([
    ["What", `${f.serviceName} (${duration(f.minutes)})`],
    ["When", when],
    ["With", firstName(f.stylistName)],
    f.courseName ? ["Paid by", `your course ${f.courseName}`] : ["Price", formatMoney(f.priceMinor, f.salon.currency)],
    ...(f.salon.address.trim() ? [["Where", f.salon.address.trim()] as [string, string]] : []),
  ]);
  if (kind === "CANCELLATION") {
    return {
      subject,
      text: paragraphs([
        greeting(f.clientFirstName),
        f.cancelledBySalon ? `We are sorry: ${f.salon.name} has had to cancel your appointment.` : `Your appointment at ${f.salon.name} has been cancelled.`,
        details,
        cancellationOutcome(f),
        `To book again: ${f.bookUrl}`,
        signOff(f.salon),
      ]),
    };
  }
  const opening = {
    CONFIRMATION: `Your appointment at ${f.salon.name} is booked.`,
    CHANGED: `Your appointment at ${f.salon.name} has been changed. These are the new details.`,
    REMINDER: `A reminder of your appointment at ${f.salon.name}.`,
  }[kind];
  return {
    subject,
    text: paragraphs([
      greeting(f.clientFirstName),
      opening,
      details,
      ...cancelAdvice(f, now),
      `See you soon,\n${signOff(f.salon)}`,
    ]),
  };
}

/**
 * How to cancel, with the salon's notice period (lib/appointments/cancellation-policy.ts) when it
 * has one, and what a late cancellation costs a course session; said differently once the
 * appointment is already inside that period.
 */
function cancelAdvice(f: AppointmentFacts, now: Date): string[] {
  const hours = f.salon.lateCancelHours;
  const period = hours === 1 ? "1 hour" : `${hours} hours`;
  const late = hours > 0 && +f.startsAt - +now < hours * 3_600_000;
  const forfeits = hours > 0 && f.courseName !== null && f.salon.lateCancelPolicy === "FORFEIT";
  const ask = late ? " as soon as you can" : hours > 0 ? ` at least ${period} before` : "";
  const advice = f.cancelUrl ? `Can't come? Please cancel${ask}: ${f.cancelUrl}` : ask ? `If you can't come, please let us know${ask}.` : null;
  const cost = !forfeits
    ? null
    : late
      ? `As it is less than ${period} away, cancelling now uses up the session from your course, under the salon's policy.`
      : "A course session cancelled later than that is used up, under the salon's policy.";
  return [advice, cost].filter((line): line is string => line !== null);
}

function cancellationOutcome(f: AppointmentFacts): string | null {
  if (f.courseName && f.courseRefunded) return `Your course ${f.courseName} has been refunded, so this session is no longer booked.`;
  if (f.courseName) {
    return f.forfeited
      ? `As it was cancelled less than ${f.salon.lateCancelHours} hours before, the session from your course ${f.courseName} is used up, under the salon's cancellation policy.`
      : `The session has gone back to your course ${f.courseName}.`;
  }
  return f.cancelledBySalon ? "There is nothing to pay." : null;
}
