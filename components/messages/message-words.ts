import type { BadgeTone } from "@/components/ui/badge";
import type { MessageKind, MessageStatus } from "@/lib/messages/kinds";

/** How a message's kind and state read on the Messages page. Pure. */

export const KIND_WORDS: Record<MessageKind, string> = {
  CONFIRMATION: "Booking confirmation",
  CHANGED: "Booking changed",
  REMINDER: "Reminder",
  CANCELLATION: "Cancellation",
  COURSE_RECEIPT: "Course receipt",
  SIGN_IN: "Sign-in link",
};

export function kindWords(kind: string): string {
  return KIND_WORDS[kind as MessageKind] ?? kind;
}

/** The status filter's choices; "waiting" reads differently when nothing is sent at all. */
export function statusChoices(mailerOn: boolean): { value: MessageStatus; label: string }[] {
  return [
    { value: "PENDING", label: mailerOn ? "Waiting to send" : "Kept, not sent" },
    { value: "SENDING", label: "Sending" },
    { value: "SENT", label: "Sent" },
    { value: "FAILED", label: "Failed" },
    { value: "STALE", label: "Not sent: appointment cancelled or moved" },
  ];
}

export type StatusWords = { label: string; tone: BadgeTone; detail: string | null };

type StatusOf = { status: string; attempts: number; lastError: string; sent: string | null };

/** "Sent at 14:32", "Failed after 8 tries" (with the error as the detail), and so on. */
export function statusWords(m: StatusOf, mailerOn: boolean): StatusWords {
  const tries = m.attempts === 1 ? "1 try" : `${m.attempts} tries`;
  switch (m.status) {
    case "SENT":
      return { label: !m.sent ? "Sent" : /^\d\d:\d\d$/.test(m.sent) ? `Sent at ${m.sent}` : `Sent ${m.sent}`, tone: "success", detail: null };
    case "PENDING":
      if (!mailerOn) return { label: "Kept, not sent (no mail server)", tone: "neutral", detail: null };
      return { label: "Waiting to send", tone: "info", detail: m.attempts > 0 && m.lastError ? `${m.attempts === 1 ? "Tried once" : `Tried ${m.attempts} times`} so far. Last error: ${m.lastError}` : null };
    case "SENDING":
      return { label: "Sending", tone: "info", detail: null };
    case "STALE":
      return { label: "Not sent: the appointment was cancelled or moved", tone: "warning", detail: null };
    case "FAILED":
      return { label: `Failed after ${tries}`, tone: "danger", detail: m.lastError || null };
    default:
      return { label: m.status, tone: "neutral", detail: null };
  }
}
