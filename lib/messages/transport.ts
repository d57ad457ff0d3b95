import nodemailer from "nodemailer";
import { readServerEnv } from "@/lib/env";
import { mailHost } from "./links";

/** The mail server messages go out through (env SMTP_URL), or null: messages are kept, not sent. */
export function smtpUrl(): string | null {
  return readServerEnv().env.smtpUrl;
}

/** "mail.example.com" for the Messages page: the URL's host only, never its credentials. */
export function smtpHost(url: string | null = smtpUrl()): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** The sender's address: SMTP_FROM, else no-reply@ the public host. The salon's name goes beside it. */
export function fromAddress(): string {
  return readServerEnv().env.smtpFrom ?? `no-reply@${mailHost()}`;
}

export type OutgoingMail = {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  text: string;
  /** Always the outbox's own Message-ID: a resend repeats it. */
  messageId: string;
  headers: Record<string, string>;
};

/** What the sender needs of nodemailer: tests hand it a transport to their own SMTP server. */
export type MailTransport = { sendMail(mail: OutgoingMail): Promise<unknown>; close?(): void };

/**
 * One kept-open SMTP connection, reused message after message (opening one per message cost about
 * seven times as long), with timeouts: a mail server that hangs must not hold a message past its
 * lease (lib/messages/sender.ts), or a second sender would take it while it is still open. The URL
 * is nodemailer's own: smtps:// for TLS from the start, credentials and options
 * (?tls.rejectUnauthorized=false) in it.
 */
export function createMailTransport(url: string): MailTransport {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 1,
    maxMessages: 100,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 20_000,
  });
}
