import { db, type Db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed/catalogue";
import { verifyPassword } from "./password";

/**
 * The demo seed (prisma/seed/catalogue.ts) gives staff a password printed in the README. On a
 * demo machine that is the point; in a real salon it is an open door. This finds the accounts it
 * still opens, so the server can warn or refuse at start (instrumentation.ts).
 */
export const PUBLISHED_DEMO_PASSWORD = DEMO_PASSWORD;

/** Emails of active staff whose password is still the published demo one (checks at most 50). */
export async function accountsWithDemoPassword(client: Db = db): Promise<string[]> {
  const staff = await client.staff.findMany({
    where: { active: true, passwordHash: { not: null }, email: { not: null } },
    select: { email: true, passwordHash: true },
    orderBy: { id: "asc" },
    take: 50,
  });
  const open: string[] = [];
  for (const s of staff) {
    if (s.passwordHash && (await verifyPassword(PUBLISHED_DEMO_PASSWORD, s.passwordHash))) open.push(s.email ?? "");
  }
  return open;
}

export type DemoLoginVerdict = { action: "ok" } | { action: "warn" | "refuse"; message: string };

/** What to do at start, given the mode (lib/env.ts SALON_DEMO) and the accounts found. */
export function judgeDemoLogins(mode: "demo" | "live" | "auto", production: boolean, open: string[]): DemoLoginVerdict {
  if (open.length === 0 || mode === "demo" || !production) return { action: "ok" };
  const who = open.slice(0, 5).join(", ") + (open.length > 5 ? ` and ${open.length - 5} more` : "");
  if (mode === "live") {
    return {
      action: "refuse",
      message: `SALON_DEMO=0 (a real salon) but the published demo password still opens ${who}. Change those passwords (Manager → Staff) or deactivate the accounts, then start again.`,
    };
  }
  return {
    action: "warn",
    message: `The published demo password still opens ${who}. Fine on a demo machine (set SALON_DEMO=1 to say so); for a real salon change them and set SALON_DEMO=0, which refuses to start while any remain.`,
  };
}
