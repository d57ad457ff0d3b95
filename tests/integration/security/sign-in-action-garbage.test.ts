import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInAction } from "@/lib/actions/auth";
import { SIGN_IN_FORM_MISSING, WRONG_CREDENTIALS } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { getTestDb } from "../../helpers/test-db";
import { fakeRequest, nextHeadersMock, nextInterrupt, type FakeRequest } from "./fake-request";

// The sign-in action called the way a hand-made request can call it (Next.js decodes whatever the
// body says into its arguments): never a crash (which Next.js answers with HTTP 500), always words.
const request = vi.hoisted(() => ({ current: null as unknown as FakeRequest }));
vi.mock("next/headers", () => ({
  cookies: () => nextHeadersMock(request.current).cookies(),
  headers: () => nextHeadersMock(request.current).headers(),
}));

const db = getTestDb();
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  await db.staff.create({ data: { name: "Maya", email: "maya@test.salon", passwordHash: await hashPassword(PASSWORD), role: "MANAGER" } });
});
beforeEach(async () => {
  request.current = fakeRequest();
  await db.loginAttempt.deleteMany();
});

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("signInAction fed garbage", () => {
  it("without form data (nothing, null, a plain object, a string, an array) says the form did not arrive", async () => {
    for (const garbage of [undefined, null, {}, { email: "maya@test.salon", password: PASSWORD }, "email=maya", [1, 2], 42]) {
      const answer = await signInAction({}, garbage as unknown as FormData);
      expect(answer, JSON.stringify(garbage)).toEqual({ error: SIGN_IN_FORM_MISSING });
    }
    // Nothing reached the password check, so nothing was counted.
    expect(await db.loginAttempt.count()).toBe(0);
  });

  it("with files or odd values where text belongs, answers like an empty or wrong form", async () => {
    const withFiles = await signInAction({}, form({ email: new Blob(["maya@test.salon"]), password: new Blob([PASSWORD]) }));
    expect(withFiles).toMatchObject({ fieldErrors: { email: ["Enter your email address."], password: ["Enter your password."] } });
    expect(await signInAction(undefined as unknown as object, form({ email: "maya@test.salon", password: "nope" }))).toEqual({
      error: WRONG_CREDENTIALS,
      email: "maya@test.salon",
    });
    const huge = await signInAction({}, form({ email: `${"x".repeat(5000)}@test.salon`, password: "p".repeat(100_000) }));
    expect(huge.error).toMatch(/too long/);
  });

  it("with the right password still signs in and goes to a safe page", async () => {
    const thrown = await signInAction({}, form({ email: "maya@test.salon", password: PASSWORD, next: "//evil.example" })).catch((e: unknown) => e);
    expect(nextInterrupt(thrown)?.redirectTo).toBe("/calendar");
  });
});
