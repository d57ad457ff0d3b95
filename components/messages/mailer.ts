import { smtpHost } from "@/lib/messages/transport";

/**
 * What the Messages page says about the mail server, from SMTP_URL (lib/messages/transport.ts
 * smtpUrl()). Only the host is shown: the URL may carry a user name and password.
 */
export type Mailer = { on: boolean; text: string };

export const NO_MAILER_TEXT =
  "Mail is not set up, so nothing is sent: every message is kept here as the client would see it. Set SMTP_URL to send them.";

export function describeMailer(smtpUrl: string | null): Mailer {
  if (!smtpUrl) return { on: false, text: NO_MAILER_TEXT };
  // An unreadable URL (the sender refuses it at start-up) is never echoed back either.
  return { on: true, text: `Sending through ${smtpHost(smtpUrl) || "the mail server"}` };
}
