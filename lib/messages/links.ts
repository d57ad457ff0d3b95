import { randomBytes, randomUUID } from "node:crypto";
import { readServerEnv } from "@/lib/env";

/** Where clients open the app (env PUBLIC_BASE_URL, no trailing slash; default http://localhost:3000). */
export function publicBaseUrl(): string {
  return readServerEnv().env.publicBaseUrl;
}

export function cancelLink(token: string): string {
  return `${publicBaseUrl()}/book/cancel/${token}`;
}

export function signInLink(token: string): string {
  return `${publicBaseUrl()}/book/me/signin/${token}`;
}

/**
 * 192 random bits, URL-safe: the key of an appointment's cancel link, as online bookings make them
 * (lib/online-booking/book-online.ts); a desk booking gets one when its first email is written.
 */
export function newCancelToken(): string {
  return randomBytes(24).toString("base64url");
}

/** The public host when it is a name a Message-ID may carry; an IP address or "localhost" is not one. */
export function mailHost(): string {
  const host = new URL(publicBaseUrl()).hostname;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(host) ? host.toLowerCase() : "salon.local";
}

/** Fixed when the message is written: a resend after a crash repeats it, so a mail client shows one email. */
export function newMessageId(): string {
  return `<${randomUUID()}@${mailHost()}>`;
}
