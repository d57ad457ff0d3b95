import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { SIGN_IN_LINK_MINUTES } from "./kinds";

const NOT_FAILED: Record<string, string> = {
  PENDING: "it is still waiting to be sent",
  SENDING: "it is being sent now",
  SENT: "it was sent",
  STALE: "its appointment was cancelled or moved, so it must not go",
};

/**
 * "Try again" on a message that failed: back in the queue as new (PENDING, no tries, due now). The
 * last error stays, so the page can still say what went wrong before. Only a FAILED message, and the
 * update says so itself: two managers pressing at once queue it once. The sender checks again at
 * send time whether an appointment message is still true (cancelled or moved: not sent).
 */
export async function retryMessage(tx: Tx, messageId: number, now: Date): Promise<{ id: number }> {
  const message = await tx.outboxMessage.findUnique({ where: { id: messageId }, select: { status: true, kind: true, createdAt: true } });
  if (!message) throw new DomainError("NOT_FOUND", "There is no such message. It may have been opened from an old link.");
  if (message.status !== "FAILED") {
    const why = NOT_FAILED[message.status] ?? "it has not failed";
    throw new DomainError("INVALID_STATE", `Only a message that failed can be tried again; this one was not, ${why}.`);
  }
  // A sign-in link that has expired would only disappoint: the client asks for a new one.
  if (message.kind === "SIGN_IN" && +now - +message.createdAt > SIGN_IN_LINK_MINUTES * 60_000) {
    throw new DomainError("INVALID_STATE", `This sign-in link has expired (they last ${SIGN_IN_LINK_MINUTES} minutes). The client can ask for a new one on the booking page.`);
  }
  const { count } = await tx.outboxMessage.updateMany({
    where: { id: messageId, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
  });
  if (count === 0) throw new DomainError("INVALID_STATE", "Someone has just tried this message again; it is waiting to be sent.");
  return { id: messageId };
}
