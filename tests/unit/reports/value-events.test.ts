import { describe, expect, it } from "vitest";
import { foldCourse, impliedClosing } from "@/lib/reports/liability-fold";
import { courseValueEvents, settleEvents, type CourseValueFacts } from "@/lib/reports/value-events";

const at = (day: string, hhmm = "12:00") => Date.parse(`${day}T${hhmm}:00Z`);

function course(overrides: Partial<CourseValueFacts> = {}): CourseValueFacts {
  return {
    id: 1,
    name: "6 × Laser underarm",
    purchasedOn: "2026-06-01",
    purchasedAt: at("2026-06-01", "09:00"),
    expiresOn: "2027-05-31",
    transferredIn: false,
    lineValueMinor: 30_000,
    redemptions: [],
    reversals: [],
    changes: [],
    ...overrides,
  };
}

const redeemed = (day: string, valueMinor: number, reason: "CHECKOUT" | "NO_SHOW" | "LATE_CANCELLATION" = "CHECKOUT", hhmm = "12:00") => ({
  on: day,
  at: at(day, hhmm),
  valueMinor,
  reason,
});
const change = (day: string, kind: CourseValueFacts["changes"][number]["kind"], extra: Partial<CourseValueFacts["changes"][number]> = {}) => ({
  on: day,
  at: at(day, "15:00"),
  kind,
  quantityDelta: null,
  amountMinor: null,
  previousExpiresOn: null,
  ...extra,
});

const settle = (facts: CourseValueFacts, today = "2026-12-31") => settleEvents(courseValueEvents(facts, today));
const moves = (facts: CourseValueFacts, today?: string) => settle(facts, today).map((e) => [e.kind, e.on, e.deltaMinor, e.remainingMinor]);

describe("courseValueEvents + settleEvents", () => {
  it("a sale brings in the lines' value; each redemption and forfeit takes its own amount", () => {
    const facts = course({ redemptions: [redeemed("2026-06-10", 5_000), redeemed("2026-06-03", 5_000, "NO_SHOW")] });
    expect(moves(facts)).toEqual([
      ["sold", "2026-06-01", 30_000, 30_000],
      ["forfeited", "2026-06-03", -5_000, 25_000],
      ["redeemed", "2026-06-10", -5_000, 20_000],
    ]);
  });

  it("a redemption after a partial transfer uses up what the transfer left behind", () => {
    // £300 for 6: one redeemed (£50), one booked, four free sent to another client (4 × £50 = £200),
    // then the booked one is redeemed (£50): nothing is left on the source.
    const source = course({
      redemptions: [redeemed("2026-06-02", 5_000), redeemed("2026-06-05", 5_000)],
      changes: [change("2026-06-03", "TRANSFER_OUT", { quantityDelta: -4, amountMinor: 20_000 })],
    });
    expect(moves(source)).toEqual([
      ["sold", "2026-06-01", 30_000, 30_000],
      ["redeemed", "2026-06-02", -5_000, 25_000],
      ["transferredOut", "2026-06-03", -20_000, 5_000],
      ["redeemed", "2026-06-05", -5_000, 0],
    ]);
    const recipient = course({
      id: 2,
      purchasedOn: "2026-06-03",
      purchasedAt: at("2026-06-03", "15:00"),
      transferredIn: true,
      lineValueMinor: 20_000,
      changes: [change("2026-06-03", "TRANSFER_IN", { amountMinor: 20_000 })],
    });
    expect(moves(recipient)).toEqual([["transferredIn", "2026-06-03", 20_000, 20_000]]);
  });

  it("a refund releases whatever is left, whatever money was paid back", () => {
    const facts = course({
      redemptions: [redeemed("2026-06-02", 5_000)],
      changes: [
        change("2026-06-04", "ADJUST", { quantityDelta: -1, amountMinor: 5_000 }),
        change("2026-06-04", "ADJUST", { quantityDelta: 2, amountMinor: 0 }), // a gift: worth nothing
        change("2026-06-08", "REFUND", { amountMinor: 12_345 }),
      ],
    });
    expect(moves(facts)).toEqual([
      ["sold", "2026-06-01", 30_000, 30_000],
      ["redeemed", "2026-06-02", -5_000, 25_000],
      ["adjusted", "2026-06-04", -5_000, 20_000],
      ["refunded", "2026-06-08", -20_000, 0],
    ]);
  });

  it("expiry releases the remainder on the day after the last valid day, once that day has come", () => {
    const facts = course({ expiresOn: "2026-06-30", redemptions: [redeemed("2026-06-10", 5_000)] });
    expect(moves(facts, "2026-06-30").map((m) => m[0])).toEqual(["sold", "redeemed"]);
    expect(moves(facts, "2026-07-01").at(-1)).toEqual(["expired", "2026-07-01", -25_000, 0]);
  });

  it("clips every release so nothing goes below zero", () => {
    const facts = course({
      expiresOn: "2026-06-30",
      redemptions: [redeemed("2026-06-02", 25_000), redeemed("2026-06-03", 10_000), redeemed("2026-07-01", 5_000, "CHECKOUT", "10:00")],
      changes: [change("2026-07-02", "REFUND", { amountMinor: 0 })],
    });
    // 300 − 250 = 50; the next 100 can only take 50; expiry on 1 Jul has nothing left; a checkout
    // later that day and the refund take nothing (and are left out).
    expect(moves(facts)).toEqual([
      ["sold", "2026-06-01", 30_000, 30_000],
      ["redeemed", "2026-06-02", -25_000, 5_000],
      ["redeemed", "2026-06-03", -5_000, 0],
    ]);
  });

  it("an expired course extended again comes back with what its expiry released", () => {
    const facts = course({
      expiresOn: "2026-09-30", // after the extension
      redemptions: [redeemed("2026-06-10", 5_000)],
      changes: [change("2026-07-05", "EXTEND", { previousExpiresOn: "2026-06-30" })],
    });
    expect(moves(facts, "2026-08-01")).toEqual([
      ["sold", "2026-06-01", 30_000, 30_000],
      ["redeemed", "2026-06-10", -5_000, 25_000],
      ["expired", "2026-07-01", -25_000, 0],
      ["reinstated", "2026-07-05", 25_000, 25_000],
    ]);
    // An extension before the expiry changes nothing.
    const early = course({ expiresOn: "2026-09-30", changes: [change("2026-06-20", "EXTEND", { previousExpiresOn: "2026-06-30" })] });
    expect(moves(early, "2026-08-01")).toEqual([["sold", "2026-06-01", 30_000, 30_000]]);
  });

  it("a session held on the last valid day and checked out the day after is redeemed in full, its value reinstated from the expiry that day", () => {
    const facts = course({ expiresOn: "2026-06-30", redemptions: [redeemed("2026-06-10", 5_000), redeemed("2026-07-01", 5_000, "CHECKOUT", "10:00")] });
    expect(moves(facts)).toEqual([
      ["sold", "2026-06-01", 30_000, 30_000],
      ["redeemed", "2026-06-10", -5_000, 25_000],
      ["expired", "2026-07-01", -25_000, 0],
      ["reinstated", "2026-07-01", 5_000, 5_000],
      ["redeemed", "2026-07-01", -5_000, 0],
    ]);
    // June's figures are what they were on 30 June; July shows the full redemption and a smaller net expiry.
    const settled = settle(facts);
    expect(foldCourse(settled, { from: "2026-06-01", to: "2026-06-30" })).toMatchObject({ redeemed: 5_000, closing: 25_000 });
    expect(foldCourse(settled, { from: "2026-07-01", to: "2026-07-31" })).toMatchObject({ opening: 25_000, redeemed: 5_000, expired: 20_000, closing: 0 });
    // A no-show marked the next day is forfeited in full the same way.
    const missed = course({ expiresOn: "2026-06-30", redemptions: [redeemed("2026-07-02", 5_000, "NO_SHOW")] });
    expect(foldCourse(settle(missed), { from: "2026-07-01", to: "2026-07-31" })).toMatchObject({ forfeited: 5_000, expired: 25_000, closing: 0 });
  });

  it("a course that arrives already expired expires the day it arrives, after arriving", () => {
    const facts = course({ purchasedOn: "2026-07-10", purchasedAt: at("2026-07-10"), expiresOn: "2026-06-30", transferredIn: true, lineValueMinor: 10_000 });
    expect(moves(facts)).toEqual([
      ["transferredIn", "2026-07-10", 10_000, 10_000],
      ["expired", "2026-07-10", -10_000, 0],
    ]);
  });

  it("the same day keeps the real order of instants", () => {
    const facts = course({
      redemptions: [redeemed("2026-06-05", 5_000, "CHECKOUT", "16:00")],
      changes: [change("2026-06-05", "ADJUST", { quantityDelta: -5, amountMinor: 25_000, at: at("2026-06-05", "10:00") })],
    });
    expect(moves(facts).map((m) => m[0])).toEqual(["sold", "adjusted", "redeemed"]);
  });
});

describe("foldCourse", () => {
  const facts = course({
    expiresOn: "2026-08-31",
    redemptions: [redeemed("2026-06-10", 5_000), redeemed("2026-07-01", 5_000), redeemed("2026-07-31", 5_000, "NO_SHOW")],
    changes: [change("2026-07-15", "ADJUST", { quantityDelta: -1, amountMinor: 5_000 })],
  });
  const settled = settle(facts, "2026-12-31");

  it("opening is what was left before the first day; events on the first and last days count", () => {
    const july = foldCourse(settled, { from: "2026-07-01", to: "2026-07-31" });
    expect(july).toEqual({ ...july, opening: 25_000, redeemed: 5_000, forfeited: 5_000, adjusted: 5_000, sold: 0, closing: 10_000 });
    expect(impliedClosing(july)).toBe(july.closing);
  });

  it("closing of one period is the opening of the next, and movements add up", () => {
    const periods = [
      { from: "2026-05-01", to: "2026-05-31" },
      { from: "2026-06-01", to: "2026-06-30" },
      { from: "2026-07-01", to: "2026-08-31" },
      { from: "2026-09-01", to: "2026-09-01" },
      { from: "2026-09-02", to: "2027-01-01" },
    ];
    const figures = periods.map((p) => foldCourse(settled, p));
    for (let i = 0; i + 1 < figures.length; i++) expect(figures[i].closing).toBe(figures[i + 1].opening);
    for (const f of figures) expect(impliedClosing(f)).toBe(f.closing);
    expect(figures[1]).toMatchObject({ opening: 0, sold: 30_000, redeemed: 5_000, closing: 25_000 });
    expect(figures[3]).toMatchObject({ opening: 10_000, expired: 10_000, closing: 0 });
  });

  it("a reinstated expiry shows as negative expired in the period it comes back", () => {
    const revived = settle(
      course({ expiresOn: "2026-09-30", changes: [change("2026-07-05", "EXTEND", { previousExpiresOn: "2026-06-30" })] }),
      "2026-08-01",
    );
    expect(foldCourse(revived, { from: "2026-07-01", to: "2026-07-01" })).toMatchObject({ opening: 30_000, expired: 30_000, closing: 0 });
    expect(foldCourse(revived, { from: "2026-07-02", to: "2026-07-31" })).toMatchObject({ opening: 0, expired: -30_000, closing: 30_000 });
    expect(foldCourse(revived, { from: "2026-07-01", to: "2026-07-31" })).toMatchObject({ opening: 30_000, expired: 0, closing: 30_000 });
  });
});
