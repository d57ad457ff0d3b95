import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { inTransaction } from "@/lib/db";
import { CLIENT_COOKIE } from "@/lib/client-portal/client-cookie";
import { requestSignInLink } from "@/lib/client-portal/request-link";
import { secretHash } from "@/lib/client-portal/secrets";
import { clientOfSession, consumeSignInLink, signInLinkWorks } from "@/lib/client-portal/sign-in";
import { createClient } from "@/prisma/factories";
import { raceInProcesses } from "../../helpers/race-processes";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";
import { fakeRequest, nextHeadersMock, nextInterrupt, type FakeRequest } from "../security/fake-request";

// Using a sign-in link: once, within 30 minutes, never twice even when two clicks race.
const request = vi.hoisted(() => ({ current: null as unknown as FakeRequest }));
vi.mock("next/headers", () => ({
  cookies: () => nextHeadersMock(request.current).cookies(),
  headers: () => nextHeadersMock(request.current).headers(),
}));

const { continueSignInAction, signOutClientAction } = await import("@/lib/actions/client-portal");

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  request.current = fakeRequest();
});

/** A fresh link for the client with this email, asked for at `at`: its raw token, read from the email written. */
async function linkFor(email: string, at: Date): Promise<string> {
  await inTransaction((tx) => requestSignInLink(tx, { email }, at));
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "SIGN_IN", toEmail: email }, orderBy: { id: "desc" } });
  return /\/book\/me\/signin\/([A-Za-z0-9_-]{43})/.exec(mail.bodyText)![1];
}

const tokenForm = (token: string) => {
  const f = new FormData();
  f.set("token", token);
  return f;
};

describe("a sign-in link", () => {
  it("opens a two-hour session for its client, once; the page a link opens does not use it", async () => {
    const token = await linkFor("jane@example.com", NOW);
    expect(await signInLinkWorks(db, token, NOW)).toBe(true);
    expect(await signInLinkWorks(db, token, NOW)).toBe(true); // looking is free
    const first = await inTransaction((tx) => consumeSignInLink(tx, token, new Date(+NOW + 60_000)));
    expect(first).toMatchObject({ clientId: s.jane.id });
    expect(+first!.expiresAt - (+NOW + 60_000)).toBe(2 * 3_600_000);
    const session = await db.clientSession.findFirstOrThrow({ where: { clientId: s.jane.id } });
    expect(session.id).toBe(secretHash(first!.sessionToken));
    expect(await clientOfSession(db, first!.sessionToken, new Date(+NOW + 3_600_000))).toEqual({ clientId: s.jane.id, firstName: "Jane" });
    expect(await clientOfSession(db, first!.sessionToken, new Date(+NOW + 2 * 3_600_000 + 60_001))).toBeNull();

    // Used: refused, and nothing more is written.
    expect(await signInLinkWorks(db, token, NOW)).toBe(false);
    expect(await inTransaction((tx) => consumeSignInLink(tx, token, new Date(+NOW + 120_000)))).toBeNull();
    expect(await db.clientSession.count({ where: { clientId: s.jane.id } })).toBe(1);
  });

  it("is refused once 30 minutes have passed, and when unknown or malformed", async () => {
    const token = await linkFor("tom@example.com", NOW);
    const late = new Date(+NOW + 30 * 60_000);
    expect(await signInLinkWorks(db, token, late)).toBe(false);
    expect(await inTransaction((tx) => consumeSignInLink(tx, token, late))).toBeNull();
    expect((await db.clientSignInToken.findUniqueOrThrow({ where: { id: secretHash(token) } })).usedAt).toBeNull();
    expect(await inTransaction((tx) => consumeSignInLink(tx, "A".repeat(43), NOW))).toBeNull();
    expect(await inTransaction((tx) => consumeSignInLink(tx, "../../etc/passwd", NOW))).toBeNull();
    expect(await db.clientSession.count({ where: { clientId: s.tom.id } })).toBe(0);
  });

  it("clicked several times at once: exactly one session", async () => {
    const ana = await createClient(db, { firstName: "Ana", lastName: "Race", email: "ana@example.com" });
    const token = await linkFor("ana@example.com", NOW);
    const tries = await Promise.all(Array.from({ length: 8 }, () => inTransaction((tx) => consumeSignInLink(tx, token, NOW))));
    expect(tries.filter((t) => t !== null)).toHaveLength(1);
    expect(await db.clientSession.count({ where: { clientId: ana.id } })).toBe(1);
  });

  it("clicked at once from separate processes on the same database file: exactly one session", async () => {
    const bo = await createClient(db, { firstName: "Bo", lastName: "Race", email: "bo@example.com" });
    const token = await linkFor("bo@example.com", NOW);
    const worker = path.join(__dirname, "consume-link-worker.ts");
    const outcomes = await raceInProcesses(worker, Array.from({ length: 4 }, () => ({ token, now: NOW.toISOString() })));
    expect(outcomes.filter((o) => o === "WON"), outcomes.join(" | ")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "NOT_FOUND")).toHaveLength(3);
    expect(await db.clientSession.count({ where: { clientId: bo.id } })).toBe(1);
  }, 60_000);

  it("signs in to the card a merged card now lives on", async () => {
    const old = await createClient(db, { firstName: "Mo", lastName: "Merged", email: "mo@example.com" });
    const kept = await createClient(db, { firstName: "Mo", lastName: "Kept", email: "mo.kept@example.com" });
    const token = await linkFor("mo@example.com", NOW);
    await db.client.update({ where: { id: old.id }, data: { mergedIntoId: kept.id, mergedAt: NOW } });
    expect(await inTransaction((tx) => consumeSignInLink(tx, token, NOW))).toMatchObject({ clientId: kept.id });
  });

  it("Continue sets an httpOnly cookie for the client's pages and opens their page; a second press is told the link is spent", async () => {
    const token = await linkFor("jane@example.com", new Date());
    let redirectedTo: string | undefined;
    try {
      await continueSignInAction({}, tokenForm(token));
    } catch (error) {
      redirectedTo = nextInterrupt(error)?.redirectTo;
    }
    expect(redirectedTo).toBe("/book/me");
    const cookie = request.current.cookies.get(CLIENT_COOKIE);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await clientOfSession(db, cookie!.value, new Date())).toMatchObject({ clientId: s.jane.id });
    expect(await db.clientSession.count({ where: { id: cookie!.value } })).toBe(0); // only the hash is kept

    request.current = fakeRequest();
    expect(await continueSignInAction({}, tokenForm(token))).toEqual({ error: "This link has expired or was already used. Ask for a new one.", spent: true });
    expect(request.current.cookies.get(CLIENT_COOKIE)).toBeUndefined();
  });

  it("Sign out ends the session: the row goes and the cookie is emptied", async () => {
    const token = await linkFor("tom@example.com", new Date());
    await continueSignInAction({}, tokenForm(token)).catch(() => undefined);
    const cookie = request.current.cookies.get(CLIENT_COOKIE)!.value;
    await expect(signOutClientAction()).rejects.toMatchObject({ digest: expect.stringContaining("/book/me") });
    expect(await db.clientSession.count({ where: { id: secretHash(cookie) } })).toBe(0);
    expect(request.current.cookies.get(CLIENT_COOKIE)?.value).toBe("");
  });
});
