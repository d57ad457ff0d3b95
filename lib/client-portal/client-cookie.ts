import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { clientOfSession, endClientSessionRow, type SignedInClient } from "./sign-in";

/**
 * The client's sign-in cookie: httpOnly, SameSite=Lax, and only sent to the client's own pages
 * (path /book/me), apart from the staff's `salon_session`. As for staff, it is Secure over https
 * (behind a proxy) or when COOKIE_SECURE=1, so `next start` on plain http still works.
 */
export const CLIENT_COOKIE = "salon_client";
export const CLIENT_PATH = "/book/me";

async function secureCookie(): Promise<boolean> {
  if (process.env.COOKIE_SECURE === "1") return true;
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
}

export async function setClientCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(CLIENT_COOKIE, token, { httpOnly: true, sameSite: "lax", path: CLIENT_PATH, secure: await secureCookie(), expires: expiresAt });
}

/** The signed-in client of this request, or null. Read once per request. */
export const currentClient = cache(async (): Promise<SignedInClient | null> => clientOfSession(db, (await cookies()).get(CLIENT_COOKIE)?.value, new Date()));

/** Signs this browser out: the session row goes, and the cookie with it. */
export async function endClientSession(): Promise<void> {
  const jar = await cookies();
  await endClientSessionRow(db, jar.get(CLIENT_COOKIE)?.value);
  jar.set(CLIENT_COOKIE, "", { httpOnly: true, sameSite: "lax", path: CLIENT_PATH, expires: new Date(0) });
}
