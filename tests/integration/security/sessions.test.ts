import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { checkCredentials, FREE_FAILURES_PER_PAIR, TOO_MANY_ATTEMPTS_PATTERN, WRONG_CREDENTIALS } from "@/lib/auth/credentials";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { signIn } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { destroySession, hashToken, SESSION_COOKIE } from "@/lib/auth/session";
import { getTestDb } from "../../helpers/test-db";
import { fakeRequest, nextHeadersMock, type FakeRequest } from "./fake-request";

// Signing in, rotating and expiring sessions with the real session code on a real database; only
// the request (cookie jar and headers) is a stand-in.
const request = vi.hoisted(() => ({ current: null as unknown as FakeRequest }));
vi.mock("next/headers", () => ({
  cookies: () => nextHeadersMock(request.current).cookies(),
  headers: () => nextHeadersMock(request.current).headers(),
}));

const db = getTestDb();
const PASSWORD = "correct horse battery staple";
let mayaId = 0;
const cookie = () => request.current.cookies.get(SESSION_COOKIE)?.value;

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  mayaId = (await db.staff.create({ data: { name: "Maya", email: "maya@test.salon", passwordHash, role: "MANAGER" } })).id;
});
beforeEach(async () => {
  request.current = fakeRequest();
  await db.loginAttempt.deleteMany();
  await db.staffSession.deleteMany();
  await db.staff.update({ where: { id: mayaId }, data: { active: true } });
});

describe("sessions", () => {
  it("stores only a hash of the cookie's token, and ends when the stated hours are up", async () => {
    const before = Date.now();
    expect(await signIn("maya@test.salon", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
    const token = cookie()!;
    expect(token).toMatch(/^[\w-]{40,}$/);
    const row = await db.staffSession.findFirstOrThrow();
    expect(row.id).toBe(hashToken(token));
    expect(row.id).not.toContain(token);
    const hours = (row.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(11.99);
    expect(hours).toBeLessThan(12.01);
    expect(request.current.cookies.get(SESSION_COOKIE)?.expires?.getTime()).toBe(row.expiresAt.getTime());
    expect(await getCurrentStaff()).toMatchObject({ id: mayaId, role: "MANAGER" });
  });

  it("gives a new token at every sign-in and ends the browser's previous session (no fixation)", async () => {
    // A token planted in the browser before signing in (e.g. by someone at the desk) is never adopted.
    request.current.cookies.set(SESSION_COOKIE, { value: "planted-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" });
    await signIn("maya@test.salon", PASSWORD, "10.0.0.1");
    const first = cookie()!;
    expect(first).not.toBe("planted-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    expect(await db.staffSession.count({ where: { id: hashToken("planted-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") } })).toBe(0);

    await signIn("maya@test.salon", PASSWORD, "10.0.0.1");
    const second = cookie()!;
    expect(second).not.toBe(first);
    expect(await db.staffSession.count({ where: { id: hashToken(first) } })).toBe(0);
    expect(await db.staffSession.count({ where: { id: hashToken(second) } })).toBe(1);
  });

  it("treats an expired session as signed out, and sweeps it at the next sign-in", async () => {
    await signIn("maya@test.salon", PASSWORD, "10.0.0.1");
    const stale = cookie()!;
    await db.staffSession.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCurrentStaff()).toBeNull();

    request.current = fakeRequest();
    await signIn("maya@test.salon", PASSWORD, "10.0.0.1");
    expect(await db.staffSession.count({ where: { id: hashToken(stale) } })).toBe(0);
  });

  it("ends at once for a deactivated staff member, and on signing out", async () => {
    await signIn("maya@test.salon", PASSWORD, "10.0.0.1");
    await db.staff.update({ where: { id: mayaId }, data: { active: false } });
    expect(await getCurrentStaff()).toBeNull();

    await db.staff.update({ where: { id: mayaId }, data: { active: true } });
    expect(await getCurrentStaff()).not.toBeNull();
    await destroySession();
    expect(cookie()).toBeUndefined();
    expect(await db.staffSession.count()).toBe(0);
  });
});

describe("sign-in rate limit under a burst", () => {
  it(`lets at most ${FREE_FAILURES_PER_PAIR} of 30 simultaneous guesses reach the password check`, async () => {
    // One attacker, one account: the pair the limit counts.
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => checkCredentials({ email: "maya@test.salon", password: `guess-${i}` }, "10.1.0.1")),
    );
    const checked = answers.filter((a) => !a.ok && a.error === WRONG_CREDENTIALS).length;
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES_PER_PAIR);
    expect(answers.every((a) => !a.ok && (a.error === WRONG_CREDENTIALS || TOO_MANY_ATTEMPTS_PATTERN.test(a.error)))).toBe(true);
    // Refused tries are not counted as failures (they would lengthen the wait).
    expect(await db.loginAttempt.count()).toBe(checked);
    // One by one, only the rest of the free failures reach the password check; then even the right password waits.
    let more = 0;
    for (let i = 0; i < FREE_FAILURES_PER_PAIR + 2; i++) {
      const a = await checkCredentials({ email: "maya@test.salon", password: `late-${i}` }, "10.1.0.1");
      if (!a.ok && a.error === WRONG_CREDENTIALS) more++;
    }
    expect(checked + more).toBe(FREE_FAILURES_PER_PAIR);
    expect(await checkCredentials({ email: "maya@test.salon", password: PASSWORD }, "10.1.0.1")).toEqual({
      ok: false,
      error: "Too many sign-in attempts. Try again in 1 minute.",
    });
    // Maya herself, from her own address, is not held up by the attacker's burst.
    expect(await checkCredentials({ email: "maya@test.salon", password: PASSWORD }, "10.2.0.1")).toEqual({ ok: true, staffId: mayaId });
  });

  it(`a burst from two addresses reaches the password check at most ${FREE_FAILURES_PER_PAIR} times per pair`, async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => checkCredentials({ email: "maya@test.salon", password: `guess-${i}` }, `10.4.0.${i % 2}`)),
    );
    expect(answers.filter((a) => !a.ok && a.error === WRONG_CREDENTIALS).length).toBeLessThanOrEqual(2 * FREE_FAILURES_PER_PAIR);
  });
});
