import { describe, expect, it } from "vitest";
import { lineStatement, valueLeft, type LineRecords } from "@/lib/client-portal/statement";

const t = (day: number, hour = 10) => new Date(Date.UTC(2026, 5, day, hour));
const appt = (id: number, day: number, status: LineRecords["appointments"][number]["status"], minutes = 30) => ({
  id,
  startsAt: t(day),
  endsAt: new Date(+t(day) + minutes * 60_000),
  status,
  staffName: "Anna Price",
});
const line = (over: Partial<LineRecords>): LineRecords => ({
  serviceName: "Laser underarm",
  quantity: 3,
  valueMinor: 10_000,
  unit: "SESSIONS",
  appointments: [],
  redemptions: [],
  changes: [],
  ...over,
});

describe("a course line's statement", () => {
  it("lists every session by date: used ones at their redeemed value, booked ones at what they will redeem at", () => {
    const rows = lineStatement(
      line({
        appointments: [appt(4, 20, "BOOKED"), appt(1, 2, "COMPLETED"), appt(2, 5, "NO_SHOW"), appt(3, 9, "CANCELLED")],
        redemptions: [
          { id: 10, appointmentId: 1, units: 1, valueMinor: 3_333, reason: "CHECKOUT", reversal: null },
          { id: 11, appointmentId: 2, units: 1, valueMinor: 3_334, reason: "NO_SHOW", reversal: null },
        ],
      }),
    );
    expect(rows.map((r) => [r.appointmentId, r.kind, r.valueMinor])).toEqual([
      [1, "redeemed", 3_333],
      [2, "forfeitedMissed", 3_334],
      [3, "returnedCancelled", null],
      [4, "booked", 3_333],
    ]);
  });

  it("shows a waived forfeit as given back, and leaves a voided checkout to the appointment's own state", () => {
    const rows = lineStatement(
      line({
        appointments: [appt(1, 2, "NO_SHOW"), appt(2, 3, "CHECKED_IN")],
        redemptions: [
          { id: 10, appointmentId: 1, units: 1, valueMinor: 3_333, reason: "NO_SHOW", reversal: "WAIVE" },
          { id: 11, appointmentId: 2, units: 1, valueMinor: 3_333, reason: "CHECKOUT", reversal: "VOID" },
        ],
      }),
    );
    expect(rows.map((r) => [r.appointmentId, r.kind, r.valueMinor])).toEqual([
      [1, "waived", 3_333],
      [2, "booked", 3_333],
    ]);
  });

  it("values the units of a line so they add up to exactly its value, after units a manager removed", () => {
    const rows = lineStatement(
      line({
        appointments: [appt(1, 2, "BOOKED"), appt(2, 3, "BOOKED")],
        changes: [{ quantityDelta: -1, amountMinor: 3_333 }],
      }),
    );
    expect(rows.map((r) => r.valueMinor)).toEqual([3_334, 3_333]);
    expect(rows.reduce((a, r) => a + r.valueMinor!, 0) + 3_333).toBe(10_000);
    expect(valueLeft(line({ changes: [{ quantityDelta: -1, amountMinor: 3_333 }] }))).toBe(6_667);
  });

  it("values a minutes line by the minutes each session uses", () => {
    const rows = lineStatement(line({ unit: "MINUTES", quantity: 300, valueMinor: 30_000, appointments: [appt(1, 2, "BOOKED", 60), appt(2, 3, "BOOKED", 45)] }));
    expect(rows.map((r) => r.valueMinor)).toEqual([6_000, 4_500]);
  });

  it("what is left is the value less what was used, removed or moved, never below nothing", () => {
    expect(valueLeft(line({ redemptions: [{ id: 1, appointmentId: 1, units: 1, valueMinor: 3_333, reason: "LATE_CANCELLATION", reversal: null }] }))).toBe(6_667);
    expect(valueLeft(line({ redemptions: [{ id: 1, appointmentId: 1, units: 1, valueMinor: 3_333, reason: "NO_SHOW", reversal: "WAIVE" }] }))).toBe(10_000);
    expect(valueLeft(line({ changes: [{ quantityDelta: -3, amountMinor: 12_000 }] }))).toBe(0);
  });
});
