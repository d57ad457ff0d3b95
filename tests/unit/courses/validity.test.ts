import { describe, expect, it } from "vitest";
import { byExpiryFirst, checkValidity, effectiveExpiry, type CourseValidityFacts } from "@/lib/courses/validity";

const course = (overrides: Partial<CourseValidityFacts> = {}) => ({
  name: "6 × Laser underarm",
  clientId: 1,
  status: "ACTIVE" as const,
  validityMonths: 12,
  validityFrom: "PURCHASE" as const,
  expiresOn: "2027-01-14",
  ...overrides,
});

describe("checkValidity", () => {
  const booking = { clientId: 1, serviceId: 7, date: "2026-06-01" };

  it("is valid for the client's own service before expiry, on the last day too", () => {
    expect(checkValidity(course(), 7, booking)).toEqual({ valid: true });
    expect(checkValidity(course(), 7, { ...booking, date: "2027-01-14" })).toEqual({ valid: true });
  });

  it("refuses another client's course, a refunded course, an expired one, and another service", () => {
    expect(checkValidity(course(), 7, { ...booking, clientId: 2 })).toMatchObject({ valid: false, reason: expect.stringContaining("another client") });
    expect(checkValidity(course({ status: "REFUNDED" }), 7, booking)).toMatchObject({ valid: false, reason: expect.stringContaining("refunded") });
    expect(checkValidity(course(), 7, { ...booking, date: "2027-01-15" })).toMatchObject({ valid: false, reason: expect.stringContaining("expires") });
    expect(checkValidity(course(), 8, booking)).toMatchObject({ valid: false, reason: expect.stringContaining("does not cover") });
  });

  it("never expires without a validity", () => {
    expect(checkValidity(course({ validityMonths: null, expiresOn: null }), 7, { ...booking, date: "2099-01-01" })).toEqual({ valid: true });
  });
});

describe("effectiveExpiry from first use", () => {
  const firstUse = course({ validityFrom: "FIRST_USE", expiresOn: null, validityMonths: 6 });

  it("counts from this use when nothing was used yet", () => {
    expect(effectiveExpiry(firstUse, "2026-03-10")).toBe("2026-09-09");
  });

  it("counts from the earliest booked or redeemed session", () => {
    expect(effectiveExpiry(firstUse, "2026-08-01", "2026-02-01")).toBe("2026-07-31");
    expect(checkValidity(firstUse, 7, { clientId: 1, serviceId: 7, date: "2026-08-01", earliestUse: "2026-02-01" }).valid).toBe(false);
  });

  it("uses the stored expiry once it is known", () => {
    expect(effectiveExpiry({ ...firstUse, expiresOn: "2026-12-31" }, "2026-08-01", "2026-02-01")).toBe("2026-12-31");
  });
});

describe("byExpiryFirst", () => {
  it("offers the course that expires first, then never-expiring ones, then the oldest purchase", () => {
    const a = { id: 1, expiresOn: null, purchasedAt: new Date("2026-01-01") };
    const b = { id: 2, expiresOn: "2026-12-01", purchasedAt: new Date("2026-02-01") };
    const c = { id: 3, expiresOn: "2026-07-01", purchasedAt: new Date("2026-03-01") };
    const d = { id: 4, expiresOn: "2026-07-01", purchasedAt: new Date("2026-01-15") };
    expect([a, b, c, d].sort(byExpiryFirst).map((x) => x.id)).toEqual([4, 3, 2, 1]);
  });
});
