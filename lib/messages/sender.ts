/**
 * Delivers the outbox. Each message is first claimed (status SENDING until a lease runs out), then
 * checked (lib/messages/stale.ts), sent over SMTP with its own fixed Message-ID, and recorded SENT.
 * A sender that dies between the mail server's 250 OK and that record leaves the message SENDING;
 * once the lease is over the next sender sends it again, with the same Message-ID, so a mail
 * program shows it once. That is the only way a message goes twice: at least once, at most twice
 * per crash, never with a new Message-ID.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_MESSAGE_LEASE_MS } from "@/lib/env";
import { describeError, isPermanentRefusal, retryDelayMs } from "./backoff";
import { MAX_ATTEMPTS } from "./kinds";
import { queueDueReminders } from "./reminders";
import { markStaleMessages, scrubSignInToken, staleData, staleReason } from "./stale";
import { fromAddress, type MailTransport } from "./transport";

export type SenderOptions = {
  /** How long a claimed message is held (env MESSAGE_LEASE_MS). Longer than any one send can take. */
  leaseMs?: number;
  /** Messages sent per tick at most; the rest wait for the next tick. */
  batch?: number;
};

export type SenderTick = { reminders: number; stale: number; sent: number; retrying: number; failed: number };

/** The claim this pass holds: the same attempt, still sending. */
const stillOurs = (m: { id: number; attempts: number }) => ({ id: m.id, status: "SENDING", attempts: m.attempts });

/**
 * One pass: writes the reminders now due, marks what can no longer be sent, and (with a mail
 * server) sends what is due. Without one (`transport` null) messages stay PENDING: kept, not sent.
 */
export async function runSenderOnce(db: PrismaClient, transport: MailTransport | null, now: Date, opts: SenderOptions = {}): Promise<SenderTick> {
  const tick: SenderTick = { reminders: 0, stale: 0, sent: 0, retrying: 0, failed: 0 };
  // Neither may stop the sending below: a reminder that cannot be written now is tried next tick.
  try {
    tick.reminders = await queueDueReminders(db, now);
    tick.stale = await markStaleMessages(db, now);
  } catch (error) {
    console.error("[messages] reminders / stale check failed:", error instanceof Error ? error.message : error);
  }
  if (!transport) return tick;

  // The clock moves on while sending: leases and retry times count from the real moment, on `now`'s scale.
  const startedAt = performance.now();
  const clock = () => new Date(+now + Math.round(performance.now() - startedAt));
  const leaseMs = opts.leaseMs ?? DEFAULT_MESSAGE_LEASE_MS;
  const due = await db.outboxMessage.findMany({
    where: { status: { in: ["PENDING", "SENDING"] }, nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: opts.batch ?? 50,
    select: { id: true },
  });
  const salon = await db.salonSettings.findUnique({ where: { id: 1 }, select: { name: true } });
  const from = { name: salon?.name ?? "Salon", address: fromAddress() };

  for (const { id } of due) {
    const at = clock();
    // Taken only if still waiting and due: a second sender (another process) that got here first wins.
    const claimed = await db.outboxMessage.updateMany({
      where: { id, status: { in: ["PENDING", "SENDING"] }, nextAttemptAt: { lte: at } },
      data: { status: "SENDING", attempts: { increment: 1 }, nextAttemptAt: new Date(+at + leaseMs) },
    });
    if (claimed.count === 0) continue;
    const m = await db.outboxMessage.findUniqueOrThrow({ where: { id } });

    const stale = await staleReason(db, m, at);
    if (stale) {
      await db.outboxMessage.updateMany({ where: stillOurs(m), data: { ...staleData(stale), bodyText: scrubSignInToken(m.bodyText) } });
      tick.stale++;
      continue;
    }
    try {
      await transport.sendMail({
        from,
        to: { name: m.toName, address: m.toEmail },
        subject: m.subject,
        text: m.bodyText,
        messageId: m.messageId,
        // Out-of-office replies are not sent back to an automatic message (RFC 3834).
        headers: { "Auto-Submitted": "auto-generated" },
      });
    } catch (error) {
      const attemptsLeft = m.attempts < MAX_ATTEMPTS && !isPermanentRefusal(error);
      const failedAt = clock();
      // Only while still ours: if the lease ran out mid-send and another sender has it, its record stands.
      await db.outboxMessage.updateMany({
        where: stillOurs(m),
        data: attemptsLeft
          ? { status: "PENDING", nextAttemptAt: new Date(+failedAt + retryDelayMs(m.attempts)), lastError: describeError(error) }
          : { status: "FAILED", lastError: describeError(error) },
      });
      if (attemptsLeft) tick.retrying++;
      else tick.failed++;
      continue;
    }
    // Whatever happened meanwhile, it has gone: record the truth. A sign-in link's token is not kept.
    await db.outboxMessage.update({
      where: { id },
      data: { status: "SENT", sentAt: clock(), lastError: "", bodyText: scrubSignInToken(m.bodyText) },
    });
    tick.sent++;
  }
  return tick;
}
