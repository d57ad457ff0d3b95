import { createHash, randomBytes } from "node:crypto";

/**
 * The random secrets of the client's side: a sign-in link's token and a client session's cookie.
 * 256 random bits each, URL-safe; only their SHA-256 is stored, so a copy of the database cannot be
 * replayed as a link or a cookie.
 */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** What newSecret() makes (43 URL-safe characters): anything else is not worth a query. */
export const SECRET_RE = /^[A-Za-z0-9_-]{43}$/;
