import { describe, expect, it } from "vitest";
import { lineBalance, lineCircles, sessionNumberOf, unitsFor, type LineFacts } from "@/lib/courses/ledger";

const at = (iso: string) => new Date(iso);

function facts(overrides: Partial<LineFacts> = {}): LineFacts {
  return { quantity: 8, changeDelta: 0, redemptions: [], bookings: [], closed: false, ...overrides };
}

describe("lineBalance", () => {
  it("counts total, redeemed, booked and free from the records", () => {
    const f = facts({
      redemptions: [{ appointmentId: 1, units: 1, redeemedAt: at("2026-01-01T10:00Z") }],
      bookings: [{ appointmentId: 2, units: 1, startsAt: at("2026-02-01T10:00Z") }],
    });
    expect(lineBalance(f)).toEqual({ total: 8, redeemed: 1, booked: 1, free: 6, refunded: 0 });
  });

  it("applies manager adjustments and transfers out", () => {
    expect(lineBalance(facts({ changeDelta: 2 })).free).toBe(10);
    expect(lineBalance(facts({ changeDelta: -3 })).total).toBe(5);
  });

  it("never shows a negative free count", () => {
    const f = facts({ quantity: 1, bookings: [1, 2].map((id) => ({ appointmentId: id, units: 1, startsAt: at("2026-01-01T10:00Z") })) });
    expect(lineBalance(f).free).toBe(0);
  });

  it("a refunded line has nothing free and reports what was given up", () => {
    const f = facts({ closed: true, redemptions: [{ appointmentId: 1, units: 1, redeemedAt: at("2026-01-01T10:00Z") }] });
    expect(lineBalance(f)).toEqual({ total: 1, redeemed: 1, booked: 0, free: 0, refunded: 7 });
  });

  it("counts minutes for a minutes line", () => {
    const f = facts({ quantity: 300, bookings: [{ appointmentId: 5, units: 45, startsAt: at("2026-01-01T10:00Z") }] });
    expect(lineBalance(f)).toMatchObject({ booked: 45, free: 255 });
  });
});

describe("lineCircles", () => {
  it("orders red, then orange, then green, as in the help article (8: 1 redeemed, 1 booked, 6 free)", () => {
    const f = facts({
      redemptions: [{ appointmentId: 10, units: 1, redeemedAt: at("2026-01-05T10:00Z") }],
      bookings: [{ appointmentId: 11, units: 1, startsAt: at("2026-02-01T10:00Z") }],
    });
    const circles = lineCircles(f);
    expect(circles.map((c) => c.state)).toEqual(["redeemed", "booked", "free", "free", "free", "free", "free", "free"]);
    expect(circles.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(circles[1].appointmentId).toBe(11);
  });

  it("orders redemptions oldest first and bookings soonest first", () => {
    const f = facts({
      quantity: 4,
      redemptions: [
        { appointmentId: 2, units: 1, redeemedAt: at("2026-01-09T10:00Z") },
        { appointmentId: 1, units: 1, redeemedAt: at("2026-01-02T10:00Z") },
      ],
      bookings: [
        { appointmentId: 4, units: 1, startsAt: at("2026-03-01T10:00Z") },
        { appointmentId: 3, units: 1, startsAt: at("2026-02-01T10:00Z") },
      ],
    });
    expect(lineCircles(f).map((c) => c.appointmentId)).toEqual([1, 2, 3, 4]);
    expect(sessionNumberOf(f, 4)).toEqual({ number: 4, of: 4 });
    expect(sessionNumberOf(f, 99)).toBeNull();
  });
});

describe("unitsFor", () => {
  it("is one per session, or the appointment's minutes", () => {
    expect(unitsFor("SESSIONS", at("2026-01-01T10:00Z"), at("2026-01-01T11:00Z"))).toBe(1);
    expect(unitsFor("MINUTES", at("2026-01-01T10:00Z"), at("2026-01-01T10:45Z"))).toBe(45);
  });
});
