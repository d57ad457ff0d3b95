import { describe, expect, it } from "vitest";
import { lineFactsAsOf, type LineRecords } from "@/lib/courses/as-of-ledger";
import { lineBalance } from "@/lib/courses/ledger";

// A line's balance as at a past instant, from its records (lib/courses/as-of-ledger.ts).
const T = (minute: number) => Date.UTC(2026, 5, 1, 9, minute);
const appt = (id: number, linkedNow = true) => ({ id, startsAt: new Date(T(600 + id)), endsAt: new Date(T(630 + id)), createdAt: T(1), linkedNow });
const base = (over: Partial<LineRecords> = {}): LineRecords => ({ quantity: 4, changes: [], redemptions: [], bookingLog: [], appointments: [], ...over });
const balanceAt = (records: LineRecords, minute: number, refundedAt: number | null = null) => lineBalance(lineFactsAsOf(records, "SESSIONS", T(minute), refundedAt));

describe("lineFactsAsOf", () => {
  it("a booking holds a unit from BOOKED until RELEASED", () => {
    const r = base({ appointments: [appt(1)], bookingLog: [{ id: 1, appointmentId: 1, action: "BOOKED", at: T(5) }, { id: 2, appointmentId: 1, action: "RELEASED", at: T(10) }] });
    expect(balanceAt(r, 4)).toMatchObject({ booked: 0, free: 4 });
    expect(balanceAt(r, 5)).toMatchObject({ booked: 1, free: 3 });
    expect(balanceAt(r, 10)).toMatchObject({ booked: 0, free: 4 });
  });

  it("checkout ends the holding; a void gives it back and books it again; a waived forfeit does not book it again", () => {
    const r = base({
      appointments: [appt(1), appt(2)],
      bookingLog: [
        { id: 1, appointmentId: 1, action: "BOOKED", at: T(5) },
        { id: 2, appointmentId: 2, action: "BOOKED", at: T(5) },
        { id: 3, appointmentId: 1, action: "BOOKED", at: T(30) }, // the void of its checkout
      ],
      redemptions: [
        { appointmentId: 1, units: 1, at: T(20), reversedAt: T(30) }, // checked out, then voided
        { appointmentId: 2, units: 1, at: T(25), reversedAt: T(40) }, // forfeited, then waived
      ],
    });
    expect(balanceAt(r, 19)).toMatchObject({ redeemed: 0, booked: 2, free: 2 });
    expect(balanceAt(r, 25)).toMatchObject({ redeemed: 2, booked: 0, free: 2 });
    expect(balanceAt(r, 30)).toMatchObject({ redeemed: 1, booked: 1, free: 2 });
    expect(balanceAt(r, 40)).toMatchObject({ redeemed: 0, booked: 1, free: 3 });
  });

  it("a checkout in the same instant as the void's BOOKED comes after it", () => {
    const r = base({
      appointments: [appt(1)],
      bookingLog: [{ id: 1, appointmentId: 1, action: "BOOKED", at: T(5) }, { id: 2, appointmentId: 1, action: "BOOKED", at: T(30) }],
      redemptions: [{ appointmentId: 1, units: 1, at: T(20), reversedAt: T(30) }, { appointmentId: 1, units: 1, at: T(30), reversedAt: null }],
    });
    expect(balanceAt(r, 30)).toMatchObject({ redeemed: 1, booked: 0, free: 3 });
  });

  it("an appointment with no log entries held its unit since it was made; adjustments and a refund count from their time", () => {
    const r = base({ appointments: [appt(1)], changes: [{ at: T(15), kind: "ADJUST", quantityDelta: -1 }, { at: T(16), kind: "EXTEND", quantityDelta: null }] });
    expect(balanceAt(r, 0)).toMatchObject({ total: 4, booked: 0, free: 4 });
    expect(balanceAt(r, 1)).toMatchObject({ total: 4, booked: 1, free: 3 });
    expect(balanceAt(r, 15)).toMatchObject({ total: 3, booked: 1, free: 2 });
    expect(balanceAt(r, 20, T(20))).toMatchObject({ total: 1, booked: 1, free: 0, refunded: 2 });
  });
});
