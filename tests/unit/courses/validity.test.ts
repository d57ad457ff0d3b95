import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { byExpiryFirst, checkValidity, courseExpiry, redemptionRefusal, sessionsOutsideValidity, sessionsWith, type CourseTerms } from "@/lib/courses/validity";
import { addDaysToDate, validityEnd } from "@/lib/time";

const course = (overrides: Partial<CourseTerms> = {}): CourseTerms => ({
  name: "6 × Laser underarm",
  clientId: 1,
  status: "ACTIVE",
  validityMonths: 12,
  validityFrom: "PURCHASE",
  purchasedOn: "2026-01-15",
  expiresOn: "2027-01-14",
  ...overrides,
});

describe("checkValidity", () => {
  const booking = { clientId: 1, serviceId: 7, date: "2026-06-01" };

  it("is valid for the client's own service before expiry, on the purchase day and the last day too", () => {
    expect(checkValidity(course(), 7, booking)).toEqual({ valid: true });
    expect(checkValidity(course(), 7, { ...booking, date: "2027-01-14" })).toEqual({ valid: true });
    expect(checkValidity(course(), 7, { ...booking, date: "2026-01-15" })).toEqual({ valid: true });
  });

  it("refuses another client's course, a refunded course, an expired one, one bought later, and another service", () => {
    expect(checkValidity(course(), 7, { ...booking, clientId: 2 })).toMatchObject({ valid: false, reason: expect.stringContaining("another client") });
    expect(checkValidity(course({ status: "REFUNDED" }), 7, booking)).toMatchObject({ valid: false, reason: expect.stringContaining("refunded") });
    expect(checkValidity(course(), 7, { ...booking, date: "2027-01-15" })).toMatchObject({ valid: false, reason: "6 × Laser underarm expires on Thu 14 Jan 2027, before this appointment." });
    expect(checkValidity(course(), 7, { ...booking, date: "2026-01-14" })).toMatchObject({ valid: false, reason: expect.stringContaining("was bought on Thu 15 Jan 2026") });
    expect(checkValidity(course(), 8, booking)).toMatchObject({ valid: false, reason: expect.stringContaining("does not cover") });
  });

  it("never expires without a validity", () => {
    expect(checkValidity(course({ validityMonths: null, expiresOn: null }), 7, { ...booking, date: "2099-01-01" })).toEqual({ valid: true });
  });
});

describe("valid from the first session", () => {
  const firstUse = course({ validityFrom: "FIRST_USE", expiresOn: null, validityMonths: 1, purchasedOn: "2026-06-01" });
  const booking = { clientId: 1, serviceId: 7 };

  it("has no expiry until it holds a session, then counts from the earliest one", () => {
    expect(courseExpiry(firstUse, [])).toBeNull();
    expect(courseExpiry(firstUse, [{ date: "2026-07-11" }, { date: "2026-06-20" }])).toBe("2026-07-19");
    expect(courseExpiry({ ...firstUse, expiresOn: "2026-12-31" }, [{ date: "2026-06-20" }])).toBe("2026-12-31");
  });

  it("refuses an earlier session that would leave a later one past expiry, naming it (40 days ahead, then 2 days ahead)", () => {
    const held = [{ appointmentId: 1, date: "2026-07-11", serviceName: "Laser underarm" }];
    const result = checkValidity(firstUse, 7, { ...booking, appointmentId: 2, date: "2026-06-03" }, held);
    expect(result).toEqual({
      valid: false,
      reason:
        "6 × Laser underarm is valid for 1 month from its first session: a session on Wed 3 Jun 2026 would end it on Thu 2 Jul 2026, " +
        "leaving the Laser underarm session on Sat 11 Jul 2026 past expiry. Move that session first, or book this one as a single.",
    });
    // Within a month of it, the earlier one is fine.
    expect(checkValidity(firstUse, 7, { ...booking, appointmentId: 2, date: "2026-06-20" }, held)).toEqual({ valid: true });
  });

  it("lets a held session move: its old day no longer counts", () => {
    const held = [
      { appointmentId: 1, date: "2026-06-03" },
      { appointmentId: 2, date: "2026-06-30" },
    ];
    // Moving the first session later moves the start later: the second is then well inside.
    expect(checkValidity(firstUse, 7, { ...booking, appointmentId: 1, date: "2026-06-25" }, held)).toEqual({ valid: true });
    // Moving the second past the month from the first is refused.
    expect(checkValidity(firstUse, 7, { ...booking, appointmentId: 2, date: "2026-07-05" }, held)).toMatchObject({ valid: false, reason: expect.stringContaining("expires on Thu 2 Jul 2026") });
  });

  it("holds for every sequence of accepted bookings: no session ever lies outside validity (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 12 }), fc.integer({ min: 1, max: 3 }), (offsets, months) => {
        const terms = { ...firstUse, validityMonths: months };
        let sessions: { appointmentId: number; date: string }[] = [];
        offsets.forEach((offset, i) => {
          const date = addDaysToDate("2026-06-01", offset);
          if (checkValidity(terms, 7, { ...booking, appointmentId: i + 1, date }, sessions).valid) sessions = sessionsWith(sessions, { appointmentId: i + 1, date });
        });
        expect(sessionsOutsideValidity(terms, sessions)).toEqual([]);
        const first = sessions.map((s) => s.date).sort()[0];
        if (first) expect(courseExpiry(terms, sessions)).toBe(validityEnd(first, months));
      }),
    );
  });
});

describe("redemptionRefusal (checkout re-checks)", () => {
  it("names a session past expiry or before the purchase, and passes one inside", () => {
    const terms = course({ expiresOn: "2026-06-30", purchasedOn: "2026-06-01" });
    const sessions = [
      { appointmentId: 1, date: "2026-06-10", serviceName: "Laser underarm" },
      { appointmentId: 2, date: "2026-07-02", serviceName: "Laser underarm" },
    ];
    expect(redemptionRefusal(terms, sessions, 1)).toBeNull();
    expect(redemptionRefusal(terms, sessions, 2)).toBe("The Laser underarm session on Thu 2 Jul 2026 is after 6 × Laser underarm expired (Tue 30 Jun 2026).");
    expect(redemptionRefusal({ ...terms, status: "REFUNDED" }, sessions, 1)).toMatch(/refunded/);
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
