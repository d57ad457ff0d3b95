/**
 * When a message must never be sent: the booking it speaks of has moved, changed, been cancelled or
 * already started; a later message replaced it; a sign-in link expired before it could go. Checked
 * for each message just before sending (staleReason), and in bulk every tick (markStaleMessages) so
 * that, even with no mail server, Manager → Messages shows what would never go.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { BOOKING_STANDS_KINDS, SIGN_IN_LINK_MINUTES } from "./kinds";

/**
 * A stale message gives up its dedupe key: a reminder that will never be sent must not stop the
 * reminder for the booking as it now is (lib/messages/reminders.ts).
 */
export function staleData(reason: string) {
  return { status: "STALE", lastError: reason, dedupeKey: null } as const;
}

const SIGN_IN_PATH = /(\/book\/me\/signin\/)[A-Za-z0-9_-]+/g;

/** A sign-in email that has been sent or has expired no longer needs its token: only "••••" is kept. */
export function scrubSignInToken(bodyText: string): string {
  return bodyText.replace(SIGN_IN_PATH, "$1••••");
}

type MessageFacts = { id: number; kind: string; appointmentId: number | null; aboutStartsAt: Date | null; createdAt: Date };

/** Why this message must not be sent now, or null when it still says what is true. */
export async function staleReason(db: PrismaClient, m: MessageFacts, now: Date): Promise<string | null> {
  if (m.kind === "SIGN_IN") return +m.createdAt + SIGN_IN_LINK_MINUTES * 60_000 <= +now ? "The sign-in link expired before it could be sent." : null;
  if (m.appointmentId === null) return null;
  const a = await db.appointment.findUnique({ where: { id: m.appointmentId }, select: { status: true, startsAt: true } });
  if (!a) return "The appointment no longer exists.";
  if (+a.startsAt <= +now) return "The appointment has started or is over.";
  if (m.kind === "CANCELLATION") return a.status === "CANCELLED" ? null : "The appointment is no longer cancelled.";
  if (a.status === "CANCELLED") return "The appointment was cancelled.";
  if (a.status !== "BOOKED") return "The client has already arrived.";
  if (m.aboutStartsAt && +a.startsAt !== +m.aboutStartsAt) return "The appointment was moved.";
  const later = await db.outboxMessage.findFirst({
    where: { appointmentId: m.appointmentId, id: { gt: m.id }, kind: { in: ["CONFIRMATION", "CHANGED", "CANCELLATION"] } },
    select: { id: true },
  });
  return later ? "Replaced by a later message about this appointment." : null;
}

/**
 * The same rules, set-wise, for everything waiting (PENDING, or SENDING whose lease ran out): a few
 * indexed UPDATEs whatever the outbox holds. A move without a later message (its client has no
 * email then, so nothing was written) is left to staleReason.
 */
export async function markStaleMessages(db: PrismaClient, now: Date): Promise<number> {
  const waiting = { OR: [{ status: "PENDING" }, { status: "SENDING", nextAttemptAt: { lte: now } }] };
  const kinds = [...BOOKING_STANDS_KINDS];
  const results = await db.$transaction([
    db.outboxMessage.updateMany({ where: { ...waiting, aboutStartsAt: { lte: now } }, data: staleData("The appointment has started or is over.") }),
    db.outboxMessage.updateMany({ where: { ...waiting, kind: { in: kinds }, appointment: { status: "CANCELLED" } }, data: staleData("The appointment was cancelled.") }),
    db.outboxMessage.updateMany({
      where: { ...waiting, kind: { in: kinds }, appointment: { status: { in: ["CHECKED_IN", "COMPLETED", "NO_SHOW"] } } },
      data: staleData("The client has already arrived."),
    }),
    db.outboxMessage.updateMany({ where: { ...waiting, kind: "CANCELLATION", appointment: { status: { not: "CANCELLED" } } }, data: staleData("The appointment is no longer cancelled.") }),
  ]);
  // Expired sign-in links: few, and each body loses its token, so one by one.
  const expired = await db.outboxMessage.findMany({
    where: { ...waiting, kind: "SIGN_IN", createdAt: { lte: new Date(+now - SIGN_IN_LINK_MINUTES * 60_000) } },
    select: { id: true, bodyText: true },
  });
  for (const m of expired) {
    await db.outboxMessage.updateMany({
      where: { id: m.id, ...waiting },
      data: { ...staleData("The sign-in link expired before it could be sent."), bodyText: scrubSignInToken(m.bodyText) },
    });
  }
  // A sign-in email that failed keeps no live-looking token once the link has expired.
  const failed = await db.outboxMessage.findMany({
    where: { status: "FAILED", kind: "SIGN_IN", createdAt: { lte: new Date(+now - SIGN_IN_LINK_MINUTES * 60_000) }, NOT: { bodyText: { contains: "••••" } } },
    select: { id: true, bodyText: true },
  });
  for (const m of failed) await db.outboxMessage.updateMany({ where: { id: m.id, status: "FAILED" }, data: { bodyText: scrubSignInToken(m.bodyText) } });
  return results.reduce((n, r) => n + r.count, 0) + expired.length;
}
