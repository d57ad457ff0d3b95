import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coursePostings, netRemaining, type JournalCourse } from "@/lib/journal/course-postings";
import { foldCourse } from "@/lib/reports/liability-fold";
import { courseValueEvents, settleEvents, type CourseValueFacts } from "@/lib/reports/value-events";

const JUNE = { from: "2026-06-01", to: "2026-06-30" };
const TODAY = "2026-12-31";

function facts(over: Partial<CourseValueFacts> & { id: number }): CourseValueFacts {
  return { name: "6 × Laser", purchasedOn: "2026-06-01", purchasedAt: 1_000, expiresOn: null, transferredIn: false, lineValueMinor: 30_000, redemptions: [], reversals: [], changes: [], ...over };
}
const course = (f: CourseValueFacts, vatAtSaleMinor = 0, transferredFromId: number | null = null): JournalCourse => ({ facts: f, vatAtSaleMinor, transferredFromId });
const redeemed = (on: string, at: number, valueMinor: number, reason: "CHECKOUT" | "NO_SHOW" | "LATE_CANCELLATION" = "CHECKOUT") => ({ on, at, valueMinor, reason });
const byAccount = (postings: { account: string; amountMinor: number }[]) => {
  const out: Record<string, number> = {};
  for (const p of postings) out[p.account] = (out[p.account] ?? 0) + p.amountMinor;
  return out;
};

describe("netRemaining", () => {
  it("is the remaining value itself without VAT, and its net share with", () => {
    expect(netRemaining(12_345, 30_000, 30_000)).toBe(12_345);
    expect(netRemaining(30_000, 25_000, 30_000)).toBe(25_000);
    expect(netRemaining(5000, 25_000, 30_000)).toBe(4167);
    expect(netRemaining(0, 25_000, 30_000)).toBe(0);
    expect(netRemaining(100, 0, 0)).toBe(0);
  });
});

describe("coursePostings", () => {
  it("sold, redeemed, forfeited, waived, voided: each to its account, and the liability account moves as the report", () => {
    const f = facts({
      id: 1,
      redemptions: [redeemed("2026-06-02", 2000, 5000), redeemed("2026-06-03", 3000, 5000, "NO_SHOW"), redeemed("2026-06-04", 4000, 5000)],
      reversals: [
        { on: "2026-06-05", at: 5000, valueMinor: 5000, kind: "WAIVE" },
        { on: "2026-06-06", at: 6000, valueMinor: 5000, kind: "VOID" },
      ],
    });
    const { postings, totals } = coursePostings([course(f)], JUNE, TODAY);
    expect(postings.map((p) => [p.day, p.entry, p.account, p.amountMinor])).toEqual([
      ["2026-06-01", "courseSales", "deferredRevenue", -30_000],
      ["2026-06-01", "courseSales", "suspense", 30_000],
      ["2026-06-02", "redemptions", "deferredRevenue", 5000],
      ["2026-06-02", "redemptions", "serviceRevenue", -5000],
      ["2026-06-03", "forfeits", "deferredRevenue", 5000],
      ["2026-06-03", "forfeits", "forfeitIncome", -5000],
      ["2026-06-04", "redemptions", "deferredRevenue", 5000],
      ["2026-06-04", "redemptions", "serviceRevenue", -5000],
      ["2026-06-05", "forfeits", "deferredRevenue", -5000],
      ["2026-06-05", "forfeits", "forfeitIncome", 5000],
      ["2026-06-06", "voids", "deferredRevenue", -5000],
      ["2026-06-06", "voids", "serviceRevenue", 5000],
    ]);
    const report = foldCourse(settleEvents(courseValueEvents(f, TODAY)), JUNE);
    expect(-byAccount(postings).deferredRevenue).toBe(report.closing - report.opening);
    expect(totals).toEqual({ openingGross: 0, closingGross: report.closing, openingNet: 0, closingNet: report.closing });
  });

  it("only the period's events post; the opening is what was left before it", () => {
    const f = facts({ id: 1, purchasedOn: "2026-05-20", redemptions: [redeemed("2026-05-25", 2000, 5000), redeemed("2026-06-10", 3000, 5000)] });
    const { postings, totals } = coursePostings([course(f)], JUNE, TODAY);
    expect(postings.map((p) => p.day)).toEqual(["2026-06-10", "2026-06-10"]);
    expect(totals).toMatchObject({ openingGross: 25_000, closingGross: 20_000 });
  });

  it("with VAT the account holds the net price, releases a net share each time, and the releases add up to the net exactly", () => {
    // £100 with £16.67 VAT, three sessions of £33.33, £33.33, £33.34: net £83.33 released as the balance round(8333 × left ÷ 10000) falls.
    const f = facts({ id: 1, lineValueMinor: 10_000, redemptions: [redeemed("2026-06-02", 2, 3333), redeemed("2026-06-03", 3, 3333), redeemed("2026-06-04", 4, 3334)] });
    const { postings, totals } = coursePostings([course(f, 1667)], JUNE, TODAY);
    const releases = postings.filter((p) => p.account === "serviceRevenue").map((p) => -p.amountMinor);
    expect(releases).toEqual([2777, 2778, 2778]);
    expect(releases.reduce((a, b) => a + b)).toBe(8333);
    expect(byAccount(postings).deferredRevenue).toBe(0);
    expect(totals).toEqual({ openingGross: 0, closingGross: 0, openingNet: 0, closingNet: 0 });
  });

  it("an expiry goes to breakage, an extension after it brings it back, a refund and a manager's removal to adjustments", () => {
    const f = facts({
      id: 1,
      expiresOn: "2026-09-30",
      changes: [
        { on: "2026-06-12", at: 12, kind: "EXTEND", quantityDelta: null, amountMinor: null, previousExpiresOn: "2026-06-09" },
        { on: "2026-06-13", at: 13, kind: "ADJUST", quantityDelta: -1, amountMinor: 5000, previousExpiresOn: null },
        { on: "2026-06-14", at: 14, kind: "REFUND", quantityDelta: null, amountMinor: 20_000, previousExpiresOn: null },
      ],
    });
    const { postings } = coursePostings([course(f)], JUNE, TODAY);
    expect(postings.filter((p) => p.account !== "deferredRevenue").map((p) => [p.day, p.entry, p.account, p.amountMinor])).toEqual([
      ["2026-06-01", "courseSales", "suspense", 30_000],
      ["2026-06-10", "expiries", "courseBreakage", -30_000],
      ["2026-06-12", "expiries", "courseBreakage", 30_000],
      ["2026-06-13", "adjustments", "courseAdjustments", -5000],
      ["2026-06-14", "refunds", "courseAdjustments", -25_000],
    ]);
  });

  it("a transfer moves the same net from one course to the other: nothing left over on either account", () => {
    const from = facts({
      id: 1,
      lineValueMinor: 10_000,
      redemptions: [redeemed("2026-06-02", 2, 3333)],
      changes: [{ on: "2026-06-05", at: 77, kind: "TRANSFER_OUT", quantityDelta: -2, amountMinor: 6667, previousExpiresOn: null }],
    });
    const to = facts({
      id: 2,
      purchasedOn: "2026-06-05",
      purchasedAt: 77,
      transferredIn: true,
      lineValueMinor: 6667,
      redemptions: [redeemed("2026-06-07", 80, 3333)],
      changes: [{ on: "2026-06-05", at: 77, kind: "TRANSFER_IN", quantityDelta: null, amountMinor: 6667, previousExpiresOn: null }],
    });
    const { postings, totals } = coursePostings([course(from, 1667), course(to, 0, 1)], JUNE, TODAY);
    const transfer = postings.filter((p) => p.entry === "adjustments");
    expect(byAccount(transfer)).toEqual({ deferredRevenue: 0, courseAdjustments: 0 });
    // The receiving course carries the net that left (5556 for 6667 gross) and releases it in its own
    // sessions: half used, round(5556 × 3334 ÷ 6667) = 2778 left.
    expect(totals.closingNet).toBe(2778);
    expect(totals.closingGross).toBe(6667 - 3333);
  });

  it("without VAT, over random courses and periods, the account moves exactly as the liability report", () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-06-${String(d).padStart(2, "0")}`);
    const arb = fc.record({
      redemptions: fc.array(fc.record({ on: day, at: fc.nat(100), valueMinor: fc.integer({ min: 0, max: 9000 }), reason: fc.constantFrom("CHECKOUT" as const, "NO_SHOW" as const) }), { maxLength: 8 }),
      reversals: fc.array(fc.record({ on: day, at: fc.nat(100), valueMinor: fc.integer({ min: 0, max: 9000 }), kind: fc.constantFrom("VOID" as const, "WAIVE" as const) }), { maxLength: 3 }),
      expiresOn: fc.option(day, { nil: null }),
      from: day,
      to: day,
    });
    fc.assert(
      fc.property(arb, (a) => {
        const period = a.from <= a.to ? { from: a.from, to: a.to } : { from: a.to, to: a.from };
        const f = facts({ id: 1, redemptions: a.redemptions, reversals: a.reversals, expiresOn: a.expiresOn });
        const { postings, totals } = coursePostings([course(f)], period, TODAY);
        const report = foldCourse(settleEvents(courseValueEvents(f, TODAY)), period);
        expect(0 - (byAccount(postings).deferredRevenue ?? 0)).toBe(report.closing - report.opening);
        expect([totals.openingGross, totals.closingGross]).toEqual([report.opening, report.closing]);
        expect((byAccount(postings).deferredRevenue ?? 0) + 0).toBe(totals.openingNet - totals.closingNet + 0);
      }),
      { numRuns: 300 },
    );
  });
});
