import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { RateLimiter } from "@/lib/online-booking/rate-limit";

describe("the public form's rate limit", () => {
  it("allows `limit` attempts per address in the window, then refuses until the oldest leaves it", () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([0, 1000, 2000].map((t) => limiter.hit("1.2.3.4", t))).toEqual([true, true, true]);
    expect(limiter.hit("1.2.3.4", 3000)).toBe(false);
    expect(limiter.hit("5.6.7.8", 3000)).toBe(true);
    expect(limiter.hit("1.2.3.4", 60_001)).toBe(true);
  });

  it("forgets the least recently seen addresses beyond its size", () => {
    const limiter = new RateLimiter(1, 60_000, 2);
    limiter.hit("a", 0);
    limiter.hit("b", 0);
    limiter.hit("c", 0);
    expect(limiter.hit("a", 1)).toBe(true); // "a" was dropped
    expect(limiter.hit("c", 1)).toBe(false);
  });

  it("reads the first forwarded address (the sign-in's own lookup)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
