/**
 * The words of the outbox (prisma/schema.prisma OutboxMessage): what a message is about and where it
 * is on its way to the client.
 */
export const MESSAGE_KINDS = ["CONFIRMATION", "CHANGED", "REMINDER", "CANCELLATION", "COURSE_RECEIPT", "SIGN_IN"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** PENDING: waiting (or kept, with no mail server); SENDING: claimed by a sender until its lease ends; STALE: never sent, outdated. */
export const MESSAGE_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "STALE"] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Messages about one appointment. */
export type AppointmentMessageKind = "CONFIRMATION" | "CHANGED" | "REMINDER" | "CANCELLATION";

/** Messages that tell the client their booking stands: outdated once it moves, changes or is cancelled. */
export const BOOKING_STANDS_KINDS = ["CONFIRMATION", "CHANGED", "REMINDER"] as const satisfies readonly AppointmentMessageKind[];

/** After this many tries a message is FAILED; a manager may try it again (lib/messages/retry-message.ts). */
export const MAX_ATTEMPTS = 8;

/** A sign-in link works this long (lib/client-portal): an email that could not go out in time is not sent. */
export const SIGN_IN_LINK_MINUTES = 30;
