import { beforeEach, describe, expect, it } from "vitest";
import {
  checkCredentials,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_EMAIL,
  TOO_MANY_ATTEMPTS,
  WRONG_CREDENTIALS,
} from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

const PASSWORD = "demo-salon-2026";
let managerId = 0;

beforeEach(async () => {
  await db.loginAttempt.deleteMany();
  await db.session.deleteMany();
  await db.staff.deleteMany();
  const passwordHash = await hashPassword(PASSWORD);
  managerId = (await db.staff.create({ data: { name: "Maya", email: "manager@test.salon", passwordHash, role: "MANAGER" } })).id;
  await db.staff.create({ data: { name: "Gone", email: "gone@test.salon", passwordHash, active: false } });
});

describe("checkCredentials", () => {
  it("accepts the right password, with the email trimmed and lower-cased", async () => {
    expect(await checkCredentials({ email: "  Manager@Test.SALON ", password: PASSWORD }, "10.0.0.1")).toEqual({ ok: true, staffId: managerId });
  });

  it("gives one message for a wrong password, an unknown email and an inactive account", async () => {
    for (const email of ["manager@test.salon", "nobody@test.salon", "gone@test.salon"]) {
      const password = email === "manager@test.salon" ? "wrong" : PASSWORD;
      expect(await checkCredentials({ email, password }, "10.0.0.1")).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    }
    expect(await db.loginAttempt.count()).toBe(3);
  });

  it("asks for missing fields without counting an attempt", async () => {
    const result = await checkCredentials({ email: " ", password: "" }, "10.0.0.1");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors).toMatchObject({ email: ["Enter your email address."], password: ["Enter your password."] });
    expect(await db.loginAttempt.count()).toBe(0);
  });

  it(`locks an email after ${MAX_FAILURES_PER_EMAIL} failures, even with the right password`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await checkCredentials({ email: "manager@test.salon", password: "wrong" }, `10.0.0.${i}`);
    }
    expect(await checkCredentials({ email: "manager@test.salon", password: PASSWORD }, "10.0.1.1")).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    // Old failures fall out of the window.
    await db.loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
    expect((await checkCredentials({ email: "manager@test.salon", password: PASSWORD }, "10.0.1.1")).ok).toBe(true);
  });

  it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures across emails`, async () => {
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({ email: `guess${i}@test.salon`, address: "10.9.9.9" })),
    });
    expect(await checkCredentials({ email: "manager@test.salon", password: PASSWORD }, "10.9.9.9")).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    expect((await checkCredentials({ email: "manager@test.salon", password: PASSWORD }, "10.0.0.1")).ok).toBe(true);
  });

  it("clears that email's failures after a success", async () => {
    await checkCredentials({ email: "manager@test.salon", password: "wrong" }, "10.0.0.1");
    await checkCredentials({ email: "nobody@test.salon", password: "wrong" }, "10.0.0.1");
    await checkCredentials({ email: "manager@test.salon", password: PASSWORD }, "10.0.0.1");
    expect(await db.loginAttempt.findMany({ select: { email: true } })).toEqual([{ email: "nobody@test.salon" }]);
  });
});
