import { beforeEach, describe, expect, it } from "vitest";
import {
  checkCredentials,
  delayAfterFailures,
  FAILURE_WINDOW_HOURS,
  FREE_FAILURES_PER_PAIR,
  tooManyAttempts,
  WRONG_CREDENTIALS,
} from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

const PASSWORD = "demo-salon-2026";
const MANAGER = "manager@test.salon";
const DESK = "desk@test.salon";
const ATTACKER = "10.6.6.6";
let managerId = 0;
let deskId = 0;

beforeEach(async () => {
  await db.loginAttempt.deleteMany();
  await db.staffSession.deleteMany();
  await db.staff.deleteMany();
  const passwordHash = await hashPassword(PASSWORD);
  managerId = (await db.staff.create({ data: { name: "Maya", email: MANAGER, passwordHash, role: "MANAGER" } })).id;
  deskId = (await db.staff.create({ data: { name: "Dee", email: DESK, passwordHash } })).id;
  await db.staff.create({ data: { name: "Gone", email: "gone@test.salon", passwordHash, active: false } });
});

const MINUTE = 60_000;
const refused = (minutes: number) => ({ ok: false, error: `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.` });
const wrong = { ok: false, error: WRONG_CREDENTIALS };
const attempt = (email: string, password: string, address: string) => checkCredentials({ email, password }, address);

/** Time passes: every recorded failure becomes `ms` older. */
async function age(ms: number): Promise<void> {
  for (const row of await db.loginAttempt.findMany({ select: { id: true, createdAt: true } })) {
    await db.loginAttempt.update({ where: { id: row.id }, data: { createdAt: new Date(row.createdAt.getTime() - ms) } });
  }
}

async function failFreely(email: string, address: string): Promise<void> {
  for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) expect(await attempt(email, `wrong-${i}`, address)).toEqual(wrong);
}

describe("checkCredentials", () => {
  it("accepts the right password, with the email trimmed and lower-cased", async () => {
    expect(await attempt("  Manager@Test.SALON ", PASSWORD, "10.0.0.1")).toEqual({ ok: true, staffId: managerId });
  });

  it("gives one message for a wrong password, an unknown email and an inactive account", async () => {
    for (const email of [MANAGER, "nobody@test.salon", "gone@test.salon"]) {
      expect(await attempt(email, email === MANAGER ? "wrong" : PASSWORD, "10.0.0.1")).toEqual(wrong);
    }
    expect(await db.loginAttempt.count()).toBe(3);
  });

  it("asks for missing fields without counting an attempt", async () => {
    const result = await attempt(" ", "", "10.0.0.1");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors).toMatchObject({ email: ["Enter your email address."], password: ["Enter your password."] });
    expect(await db.loginAttempt.count()).toBe(0);
  });
});

describe("sign-in limit per account + address pair", () => {
  it("the delays are 1, 2, 4, 8 and then 15 minutes, after 5 free failures", () => {
    expect([0, 4, 5, 6, 7, 8, 9, 10, 50].map((n) => delayAfterFailures(n) / MINUTE)).toEqual([0, 0, 1, 2, 4, 8, 15, 15, 15]);
    expect(tooManyAttempts(4 * MINUTE)).toBe("Too many sign-in attempts. Try again in 4 minutes.");
    expect(tooManyAttempts(1)).toBe("Too many sign-in attempts. Try again in 1 minute.");
  });

  it(`the first ${FREE_FAILURES_PER_PAIR} failures of a pair are free; then even the right password waits a minute`, async () => {
    await failFreely(MANAGER, ATTACKER);
    expect(await attempt(MANAGER, PASSWORD, ATTACKER)).toEqual(refused(1));
    await age(MINUTE);
    expect(await attempt(MANAGER, PASSWORD, ATTACKER)).toEqual({ ok: true, staffId: managerId });
  });

  it("a pair is slowed with growing delays; another address and another account are not", async () => {
    await failFreely(MANAGER, ATTACKER);
    for (const minutes of [1, 2, 4, 8, 15, 15]) {
      expect(await attempt(MANAGER, "guess", ATTACKER)).toEqual(refused(minutes));
      await age(minutes * MINUTE - 10_000);
      // Refused tries do not count: knocking again during the wait neither lengthens it nor adds a failure.
      for (let i = 0; i < 3; i++) expect(await attempt(MANAGER, PASSWORD, ATTACKER)).toEqual(refused(1));
      await age(10_000);
      expect(await attempt(MANAGER, "guess", ATTACKER)).toEqual(wrong);

      // Meanwhile the manager at the desk (another address) and a colleague behind the attacker's
      // address (another account) sign in without waiting.
      expect(await attempt(MANAGER, PASSWORD, "10.0.0.1")).toEqual({ ok: true, staffId: managerId });
      expect(await attempt(DESK, PASSWORD, ATTACKER)).toEqual({ ok: true, staffId: deskId });
    }
    expect(await db.loginAttempt.count({ where: { email: MANAGER, address: ATTACKER } })).toBe(FREE_FAILURES_PER_PAIR + 6);
  });

  it("an unknown email is slowed exactly like a real one (the limit tells nobody which accounts exist)", async () => {
    await failFreely("nobody@test.salon", ATTACKER);
    expect(await attempt("nobody@test.salon", PASSWORD, ATTACKER)).toEqual(refused(1));
  });

  it("many failures from one address (every client behind a proxy) lock no account from it", async () => {
    await db.loginAttempt.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({ email: `guess${i}@test.salon`, address: "10.9.9.9" })),
    });
    expect(await attempt(MANAGER, PASSWORD, "10.9.9.9")).toEqual({ ok: true, staffId: managerId });
    expect(await attempt(DESK, PASSWORD, "10.9.9.9")).toEqual({ ok: true, staffId: deskId });
  });

  it("many failures of one account from many addresses do not lock it from another address", async () => {
    await db.loginAttempt.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ email: MANAGER, address: `10.8.${i >> 8}.${i & 255}` })) });
    expect(await attempt(MANAGER, PASSWORD, "10.0.0.1")).toEqual({ ok: true, staffId: managerId });
  });

  it("a success clears that pair's failures and no other's", async () => {
    await attempt(MANAGER, "wrong", "10.0.0.1");
    await attempt(MANAGER, "wrong", "10.0.0.2");
    await attempt("nobody@test.salon", "wrong", "10.0.0.1");
    expect((await attempt(MANAGER, PASSWORD, "10.0.0.1")).ok).toBe(true);
    const left = await db.loginAttempt.findMany({ select: { email: true, address: true }, orderBy: { id: "asc" } });
    expect(left).toEqual([
      { email: MANAGER, address: "10.0.0.2" },
      { email: "nobody@test.salon", address: "10.0.0.1" },
    ]);
  });

  it(`failures older than ${FAILURE_WINDOW_HOURS} hours no longer count`, async () => {
    const old = new Date(Date.now() - (FAILURE_WINDOW_HOURS * 60 + 1) * MINUTE);
    await db.loginAttempt.createMany({ data: Array.from({ length: 20 }, () => ({ email: MANAGER, address: ATTACKER, createdAt: old })) });
    // Four recent failures beside them: still within the free ones.
    for (let i = 0; i < FREE_FAILURES_PER_PAIR - 1; i++) expect(await attempt(MANAGER, "wrong", ATTACKER)).toEqual(wrong);
    expect(await attempt(MANAGER, PASSWORD, ATTACKER)).toEqual({ ok: true, staffId: managerId });
  });
});
