import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { readServerEnv } from "@/lib/env";
import { SESSION_COOKIE } from "./routing";
import { isSqlTrue } from "@/lib/sql-flag";

/**
 * Sessions live in the database. The browser holds a random token in an httpOnly cookie; only its
 * SHA-256 is stored (StaffSession.id), so a leaked database cannot be replayed as cookies.
 */
export { SESSION_COOKIE };

/** How long a sign-in lasts (SESSION_HOURS, checked in lib/env.ts), from the moment of signing in. */
function sessionHours(): number {
  return readServerEnv().env.sessionHours;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Secure cookies only over https (behind a proxy, or forced with COOKIE_SECURE=1): `next start` on http must still work. */
async function secureCookie(): Promise<boolean> {
  if (process.env.COOKIE_SECURE === "1") return true;
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
}

/** Signs `staffId` in: a fresh token every time (rotation), and that person's expired sessions are swept. */
export async function createSession(staffId: number): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + sessionHours() * 60 * 60 * 1000);
  await db.staffSession.deleteMany({ where: { staffId, expiresAt: { lte: now } } });
  await db.staffSession.create({ data: { id: hashToken(token), staffId, expiresAt } });

  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: await secureCookie(),
    expires: expiresAt,
  });
}

export type SessionStaff = {
  id: number;
  name: string;
  email: string | null;
  role: "FRONT_DESK" | "MANAGER";
  active: boolean;
};

type SessionRow = { expiresAt: Date; id: number | bigint; name: string; email: string | null; role: SessionStaff["role"]; active: number | bigint | boolean };

/**
 * The staff member behind this request's cookie, or null. Read once per request, raw: every signed-in
 * page and action asks, and Prisma's nested select cost twice the join itself.
 */
export const readSessionStaff = cache(async (): Promise<SessionStaff | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT se."expiresAt", st."id", st."name", st."email", st."role", st."active"
    FROM "StaffSession" se JOIN "Staff" st ON st."id" = se."staffId"
    WHERE se."id" = ${hashToken(token)}`;
  if (!row || new Date(row.expiresAt).getTime() <= Date.now()) return null;
  return { id: Number(row.id), name: row.name, email: row.email, role: row.role, active: isSqlTrue(row.active) };
});

/** Ends this browser's session: the row goes, and the cookie with it. */
export async function destroySession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await db.staffSession.deleteMany({ where: { id: hashToken(token) } });
  jar.delete(SESSION_COOKIE);
}
