import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settleEvents, settleWithSource, type ValueEvent, type ValueEventKind } from "@/lib/reports/value-events";

const KINDS: ValueEventKind[] = ["sold", "transferredIn", "reinstated", "redeemed", "forfeited", "adjusted", "transferredOut", "refunded", "expired", "reversed"];

const event = fc.record({
  kind: fc.constantFrom(...KINDS),
  on: fc.constantFrom("2026-06-01", "2026-06-02", "2026-06-03"),
  at: fc.nat(1000),
  amountMinor: fc.option(fc.integer({ min: -50, max: 30_000 }), { nil: null }),
});

describe("settleWithSource", () => {
  it("settles exactly as the liability report's settleEvents, on any sequence of events", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events: ValueEvent[]) => {
        const sourced = settleWithSource(events.map((e, i) => ({ ...e, source: i })));
        expect(sourced.map(({ kind, on, deltaMinor, remainingMinor }) => ({ kind, on, deltaMinor, remainingMinor }))).toEqual(settleEvents(events));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps each amount's own event (its instant and source); a reinstatement made by a late redemption has none", () => {
    const settled = settleWithSource([
      { kind: "sold", on: "2026-06-01", at: 1, amountMinor: 100, source: "sale" },
      { kind: "expired", on: "2026-06-02", at: 0, amountMinor: null, source: "expiry" },
      { kind: "redeemed", on: "2026-06-02", at: 5, amountMinor: 40, source: "late checkout" },
    ]);
    expect(settled.map((e) => [e.kind, e.deltaMinor, e.at, e.source])).toEqual([
      ["sold", 100, 1, "sale"],
      ["expired", -100, 0, "expiry"],
      ["reinstated", 40, 5, null],
      ["redeemed", -40, 5, "late checkout"],
    ]);
  });
});
