import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { inTransaction } from "@/lib/db";
import { LINKS_PER_CLIENT, requestSignInLink } from "@/lib/client-portal/request-link";
import { secretHash } from "@/lib/client-portal/secrets";
import { createClient } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";
import { fakeRequest, nextHeadersMock, rowCounts, type FakeRequest } from "../security/fake-request";

// Asking for a sign-in link, through the real action on a real database: only the request (its
// cookie jar and headers) is a stand-in. The answer must never tell whether an email is a client's.
const request = vi.hoisted(() => ({ current: null as unknown as FakeRequest }));
vi.mock("next/headers", () => ({
  cookies: () => nextHeadersMock(request.current).cookies(),
  headers: () => nextHeadersMock(request.current).headers(),
}));

const { requestLinkAction } = await import("@/lib/actions/client-portal");

const db = getTestDb();
let s: Salon;
let n = 0;

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  // A new address each time: the per-address limit is not what these tests are about.
  request.current = { ...fakeRequest(), headers: { "x-forwarded-for": `198.51.100.${++n}` } };
});

function form(email: string, extra: Record<string, string> = {}) {
  const f = new FormData();
  f.set("email", email);
  f.set("website", "");
  for (const [k, v] of Object.entries(extra)) f.set(k, v);
  return f;
}

const ask = (email: string, extra?: Record<string, string>) => requestLinkAction({}, form(email, extra));
const linksOf = (clientId: number) => db.clientSignInToken.count({ where: { clientId } });
const signInMails = (clientId?: number) => db.outboxMessage.count({ where: { kind: "SIGN_IN", ...(clientId ? { clientId } : {}) } });

describe("asking for a sign-in link", () => {
  it("answers a known, an unknown and a differently typed email in exactly the same words", async () => {
    const known = await ask("jane@example.com");
    const unknown = await ask("nobody-here@example.com");
    const typed = await ask("  JANE@Example.com ");
    expect(known).toEqual({ sent: expect.stringMatching(/^If that email belongs to a client of .+, a link is on its way\. It works once, for 30 minutes\.$/) });
    expect(unknown).toEqual(known);
    expect(typed).toEqual(known);
    // The known ones wrote a link and an email each; the unknown one wrote nothing at all.
    expect(await linksOf(s.jane.id)).toBe(2);
    expect(await signInMails(s.jane.id)).toBe(2);
    expect(await db.clientSignInToken.count()).toBe(2);
    expect(await signInMails()).toBe(2);
  });

  it("writes nothing for an unknown email, nor for a card merged into another", async () => {
    const merged = await createClient(db, { firstName: "Old", lastName: "Card", email: "merged@example.com" });
    await db.client.update({ where: { id: merged.id }, data: { mergedIntoId: s.tom.id, mergedAt: NOW } });
    const before = await rowCounts(db);
    const answers = [await ask("merged@example.com"), await ask("stranger@example.org")];
    expect(answers[0]).toEqual(answers[1]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it("takes about as long for an unknown email as for a known one (a floor on every answer)", async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await ask(email);
      return performance.now() - started;
    };
    const known = await time("tom@example.com");
    const unknown = await time("not-a-client@example.com");
    expect(known).toBeGreaterThanOrEqual(440);
    expect(unknown).toBeGreaterThanOrEqual(440);
    expect(Math.abs(known - unknown)).toBeLessThan(250);
  });

  it("sends at most three links per client in 30 minutes, and still answers the same", async () => {
    const pat = await createClient(db, { firstName: "Pat", lastName: "Limit", email: "pat@example.com" });
    const answers = [];
    for (let i = 0; i < LINKS_PER_CLIENT + 2; i++) answers.push(await ask("pat@example.com"));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await linksOf(pat.id)).toBe(LINKS_PER_CLIENT);
    expect(await signInMails(pat.id)).toBe(LINKS_PER_CLIENT);
    // Half an hour on, the client may ask again.
    await inTransaction((tx) => requestSignInLink(tx, { email: "pat@example.com" }, new Date(Date.now() + 31 * 60_000)));
    expect(await linksOf(pat.id)).toBe(LINKS_PER_CLIENT + 1);
  });

  it("stores only the token's hash; the raw token is only in the email waiting to go", async () => {
    const lee = await createClient(db, { firstName: "Lee", lastName: "Hash", email: "lee@example.com" });
    await inTransaction((tx) => requestSignInLink(tx, { email: "lee@example.com" }, NOW));
    const row = await db.clientSignInToken.findFirstOrThrow({ where: { clientId: lee.id } });
    expect(row.id).toMatch(/^[0-9a-f]{64}$/);
    expect(+row.expiresAt - +NOW).toBe(30 * 60_000);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { clientId: lee.id, kind: "SIGN_IN" } });
    expect(mail.toEmail).toBe("lee@example.com");
    const token = /\/book\/me\/signin\/([A-Za-z0-9_-]+)/.exec(mail.bodyText)![1];
    expect(secretHash(token)).toBe(row.id);
    // No table holds the token itself except that one outbox body (scrubbed once sent or expired).
    const dump = JSON.stringify(await Promise.all([db.clientSignInToken.findMany(), db.clientSession.findMany(), db.client.findMany()]));
    expect(dump).not.toContain(token);
    expect(await db.outboxMessage.count({ where: { bodyText: { contains: token } } })).toBe(1);
  });

  it("of several cards with the email, opens the desk's card used most recently, never a possible duplicate", async () => {
    const older = await createClient(db, { firstName: "Sam", lastName: "Older", email: "sam@example.com" });
    const newer = await createClient(db, { firstName: "Sam", lastName: "Newer", email: "sam@example.com" });
    const online = await createClient(db, { firstName: "Sam", lastName: "Online", email: "sam@example.com" });
    await db.client.update({ where: { id: online.id }, data: { possibleDuplicate: true } });
    await db.client.update({ where: { id: older.id }, data: { createdAt: new Date(+NOW - 86_400_000 * 400) } });
    await db.client.update({ where: { id: newer.id }, data: { createdAt: new Date(+NOW - 86_400_000 * 10) } });
    await inTransaction((tx) => requestSignInLink(tx, { email: "sam@example.com" }, NOW));
    expect(await linksOf(newer.id)).toBe(1);
    expect(await linksOf(older.id) + (await linksOf(online.id))).toBe(0);
  });

  it("refuses a malformed email next to the field and writes nothing; a filled honeypot is told the usual words", async () => {
    const before = await rowCounts(db);
    const bad = await ask("jane@");
    expect(bad).toMatchObject({ error: expect.stringMatching(/email/i), fieldErrors: { email: [expect.any(String)] } });
    const bot = await ask("jane@example.com", { website: "https://spam.example" });
    expect(bot).toEqual(await ask("no-one@example.com"));
    expect(await rowCounts(db)).toEqual(before);
  });

  it("limits asks per address", async () => {
    request.current = { ...fakeRequest(), headers: { "x-forwarded-for": "192.0.2.200" } };
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await requestLinkAction({}, form("bad-email")));
    expect(answers.at(-1)).toMatchObject({ error: expect.stringMatching(/Too many attempts/) });
  });
});
