/**
 * Writes client emails to the outbox in the caller's transaction: the booking, change, cancellation
 * or sale that causes one and the message itself commit together or not at all (nothing lost, and
 * nothing sent about a booking that was rolled back). The sender (lib/messages/sender.ts) delivers
 * them later. The text is composed now, from the records as they are now, so the outbox holds
 * exactly what the client reads (Manager → Messages shows it as is).
 */
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";
import { appointmentMessage } from "./appointment-text";
import { courseReceiptMessage } from "./course-receipt-text";
import { BOOKING_STANDS_KINDS, type AppointmentMessageKind, type MessageKind } from "./kinds";
import { cancelLink, newCancelToken, newMessageId, publicBaseUrl, signInLink } from "./links";
import { signInMessage } from "./sign-in-text";
import { staleData } from "./stale";

export { publicBaseUrl } from "./links";

/** A card's email when it can take mail; a card without one (or with a blank) gets no messages. */
function usableEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim() ?? "";
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : null;
}

type NewMessage = {
  kind: MessageKind;
  toEmail: string;
  toName: string;
  subject: string;
  bodyText: string;
  clientId: number;
  appointmentId?: number;
  aboutStartsAt?: Date;
  dedupeKey?: string;
};

async function writeMessage(tx: Tx, message: NewMessage, now: Date): Promise<void> {
  await tx.outboxMessage.create({
    data: { ...message, messageId: newMessageId(), status: "PENDING", attempts: 0, nextAttemptAt: now, createdAt: now },
  });
}

const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();

/**
 * The email about an appointment: a confirmation (bookAppointment), a change of time, stylist or
 * service (changeAppointment) or a cancellation (cancelAppointment). Does nothing when the client
 * has no email, or the appointment has already started (the client is here, or it is over).
 */
export async function queueAppointmentMessage(tx: Tx, kind: "CONFIRMATION" | "CHANGED" | "CANCELLATION", appointmentId: number, now: Date): Promise<void> {
  await writeAppointmentMessage(tx, kind, appointmentId, now);
}

/**
 * Also writes reminders (lib/messages/reminders.ts), which name the start they are for
 * (`expectStartsAt`) and carry their dedupe key. Returns whether a message was written.
 */
export async function writeAppointmentMessage(
  tx: Tx,
  kind: AppointmentMessageKind,
  appointmentId: number,
  now: Date,
  opts: { dedupeKey?: string; expectStartsAt?: Date } = {},
): Promise<boolean> {
  const a = await tx.appointment.findUnique({
    where: { id: appointmentId },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      priceMinor: true,
      cancelToken: true,
      cancelCause: true,
      client: { select: { id: true, firstName: true, lastName: true, email: true } },
      staff: { select: { name: true } },
      service: { select: { name: true } },
      clientCourseLine: { select: { clientCourse: { select: { name: true, status: true } } } },
      redemptions: { where: { reason: "LATE_CANCELLATION", reversal: null }, select: { id: true } },
    },
  });
  const email = usableEmail(a?.client.email);
  if (!a || !email || +a.startsAt <= +now) return false;
  if (opts.expectStartsAt && +opts.expectStartsAt !== +a.startsAt) return false;
  if (kind === "CANCELLATION" ? a.status !== "CANCELLED" : a.status !== "BOOKED") return false;

  let writeKind = kind;
  if (kind === "CHANGED" || kind === "CANCELLATION") {
    // Whatever the client was told and has not been sent yet is out of date: it is never sent.
    const told = await tx.outboxMessage.count({ where: { appointmentId, kind: { in: ["CONFIRMATION", "CHANGED"] }, status: { in: ["SENT", "SENDING"] } } });
    await tx.outboxMessage.updateMany({
      where: { appointmentId, status: "PENDING", kind: { in: [...BOOKING_STANDS_KINDS] } },
      data: staleData("Replaced by a later message about this appointment."),
    });
    // A client who was never sent the booking gets it whole, not news of a change to it.
    if (kind === "CHANGED" && told === 0) writeKind = "CONFIRMATION";
  }

  let cancelToken = a.cancelToken;
  if (kind !== "CANCELLATION" && !cancelToken) {
    cancelToken = newCancelToken();
    await tx.appointment.update({ where: { id: a.id }, data: { cancelToken } });
  }
  const settings = await getSettings(tx);
  const { subject, text } = appointmentMessage(
    writeKind,
    {
      salon: settings,
      clientFirstName: a.client.firstName,
      serviceName: a.service.name,
      stylistName: a.staff.name,
      startsAt: a.startsAt,
      minutes: Math.round((+a.endsAt - +a.startsAt) / 60_000),
      priceMinor: a.priceMinor,
      courseName: a.clientCourseLine?.clientCourse.name ?? null,
      courseRefunded: a.clientCourseLine?.clientCourse.status === "REFUNDED",
      cancelUrl: kind === "CANCELLATION" || !cancelToken ? null : cancelLink(cancelToken),
      bookUrl: `${publicBaseUrl()}/book`,
      cancelledBySalon: a.cancelCause === "SALON",
      forfeited: a.redemptions.length > 0,
    },
    now,
  );
  await writeMessage(
    tx,
    {
      kind: writeKind,
      toEmail: email,
      toName: fullName(a.client),
      subject,
      bodyText: text,
      clientId: a.client.id,
      appointmentId: a.id,
      aboutStartsAt: a.startsAt,
      dedupeKey: opts.dedupeKey,
    },
    now,
  );
  return true;
}

/** The receipt for a course or package just sold (sellCourse), to the buyer. */
export async function queueCourseReceipt(tx: Tx, clientCourseId: number, now: Date): Promise<void> {
  const c = await tx.clientCourse.findUnique({
    where: { id: clientCourseId },
    select: {
      name: true,
      unit: true,
      pricePaidMinor: true,
      purchasedOn: true,
      expiresOn: true,
      validityMonths: true,
      validityFrom: true,
      client: { select: { id: true, firstName: true, lastName: true, email: true } },
      lines: { orderBy: { sortOrder: "asc" }, select: { serviceName: true, quantity: true } },
      saleLines: { where: { kind: "COURSE" }, orderBy: { id: "asc" }, take: 1, select: { sale: { select: { id: true, paymentMethod: true } } } },
    },
  });
  const email = usableEmail(c?.client.email);
  if (!c || !email) return;
  const sale = c.saleLines[0]?.sale ?? null;
  const { subject, text } = courseReceiptMessage({
    salon: await getSettings(tx),
    clientFirstName: c.client.firstName,
    courseName: c.name,
    unit: c.unit,
    lines: c.lines,
    pricePaidMinor: c.pricePaidMinor,
    paymentMethod: sale?.paymentMethod ?? null,
    purchasedOn: c.purchasedOn,
    expiresOn: c.expiresOn,
    validityMonths: c.validityMonths,
    validityFrom: c.validityFrom,
    saleId: sale?.id ?? null,
    clientPageUrl: `${publicBaseUrl()}/book/me`,
  });
  await writeMessage(tx, { kind: "COURSE_RECEIPT", toEmail: email, toName: fullName(c.client), subject, bodyText: text, clientId: c.client.id }, now);
}

/**
 * A client's sign-in link (lib/client-portal), to the address they typed (which matched their card).
 * The token is kept in this message only until it is sent or expires; then the body keeps "••••" in
 * its place (lib/messages/stale.ts scrubSignInToken), and the database holds only its hash.
 */
export async function queueSignInLink(tx: Tx, input: { clientId: number; email: string; token: string }, now: Date): Promise<void> {
  const client = await tx.client.findUnique({ where: { id: input.clientId }, select: { id: true, firstName: true, lastName: true } });
  const email = usableEmail(input.email);
  if (!client || !email) return;
  const { subject, text } = signInMessage({
    salon: await getSettings(tx),
    clientFirstName: client.firstName,
    link: signInLink(input.token),
  });
  await writeMessage(tx, { kind: "SIGN_IN", toEmail: email, toName: fullName(client), subject, bodyText: text, clientId: client.id }, now);
}
