import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "../../../lib/auth/password";

describe("password hashing", () => {
  it("stores scrypt parameters, salt and hash, and verifies the same password", async () => {
    const stored = await hashPassword("demo-salon-2026");
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(Buffer.from(stored.split("$")[4], "base64")).toHaveLength(16);
    expect(Buffer.from(stored.split("$")[5], "base64")).toHaveLength(64);
    expect(await verifyPassword("demo-salon-2026", stored)).toBe(true);
  });

  it("uses a fresh salt every time", async () => {
    const [a, b] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(a).not.toBe(b);
  });

  it("refuses a wrong password", async () => {
    const stored = await hashPassword("demo-salon-2026");
    expect(await verifyPassword("demo-salon-2025", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
    expect(await verifyPassword("DEMO-SALON-2026", stored)).toBe(false);
  });

  it("answers no, without throwing, for a malformed hash", async () => {
    const stored = await hashPassword("x");
    const [, , , , salt, hash] = stored.split("$");
    for (const bad of [
      "",
      "not-a-hash",
      "bcrypt$10$abc",
      `scrypt$16384$8$1$${salt}`,
      `scrypt$16383$8$1$${salt}$${hash}`, // N not a power of two
      `scrypt$${2 ** 30}$8$1$${salt}$${hash}`, // absurd cost
      `scrypt$16384$8$1$$${hash}`, // no salt
      `scrypt$16384$8$1$${salt}$`, // no hash
      `scrypt$abc$8$1$${salt}$${hash}`,
    ]) {
      expect(await verifyPassword("x", bad)).toBe(false);
    }
  });

  it("has a usable dummy hash that matches nothing typed", async () => {
    expect(DUMMY_PASSWORD_HASH.startsWith("scrypt$16384$8$1$")).toBe(true);
    expect(await verifyPassword("demo-salon-2026", DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
