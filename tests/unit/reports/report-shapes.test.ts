import { describe, expect, it } from "vitest";
import { labelEvery, niceAxis } from "@/lib/reports/chart-scale";
import { decimal, text, toCsv } from "@/lib/reports/csv";
import { redemptionDays } from "@/lib/reports/daily-redemptions";
import { salesDays } from "@/lib/reports/daily-sales";
import { emptyFigures, groupByName } from "@/lib/reports/liability-fold";
import { salesCsv } from "@/lib/reports/report-csv";

const period = { from: "2026-11-01", to: "2026-11-03" };

describe("salesDays", () => {
  it("puts positive lines under their kind and every negative line under refunds, day by day", () => {
    const r = salesDays(
      [
        { day: "2026-11-01", kind: "SERVICE", negative: false, amountMinor: 12_000 },
        { day: "2026-11-01", kind: "COURSE", negative: false, amountMinor: 30_000 },
        { day: "2026-11-03", kind: "COURSE", negative: true, amountMinor: -20_000 },
        { day: "2026-11-03", kind: "OTHER", negative: false, amountMinor: 1_500 },
        { day: "2026-12-01", kind: "OTHER", negative: false, amountMinor: 999 }, // outside: ignored
      ],
      period,
    );
    expect(r.days.map((d) => [d.day, d.services, d.courses, d.other, d.refunds, d.total])).toEqual([
      ["2026-11-01", 12_000, 30_000, 0, 0, 42_000],
      ["2026-11-02", 0, 0, 0, 0, 0],
      ["2026-11-03", 0, 0, 1_500, -20_000, -18_500],
    ]);
    expect(r.total).toEqual({ services: 12_000, courses: 30_000, other: 1_500, refunds: -20_000, voids: 0, total: 23_500, vat: 0, net: 23_500 });
  });
});

describe("redemptionDays", () => {
  it("keeps sessions, minutes and forfeits apart", () => {
    const r = redemptionDays(
      [
        { day: "2026-11-02", forfeited: false, unit: "SESSIONS", count: 2, units: 2, valueMinor: 8_000 },
        { day: "2026-11-02", forfeited: false, unit: "MINUTES", count: 1, units: 45, valueMinor: 4_500 },
        { day: "2026-11-02", forfeited: true, unit: "SESSIONS", count: 1, units: 1, valueMinor: 3_000 },
      ],
      period,
    );
    expect(r.days[1]).toEqual({ day: "2026-11-02", sessions: 2, minutes: 45, redeemedValue: 12_500, forfeitedCount: 1, forfeitedValue: 3_000, reversedCount: 0, reversedValue: 0 });
    expect(r.total).toEqual({ sessions: 2, minutes: 45, redeemedValue: 12_500, forfeitedCount: 1, forfeitedValue: 3_000, reversedCount: 0, reversedValue: 0 });
  });
});

describe("groupByName", () => {
  it("adds courses of the same name, drops courses with nothing in the period, totals the rest", () => {
    const f = (opening: number, redeemed: number) => ({ ...emptyFigures(), opening, redeemed, closing: opening - redeemed });
    const { rows, total } = groupByName([
      { name: "B", figures: f(100, 50) },
      { name: "A", figures: f(200, 0) },
      { name: "B", figures: f(300, 100) },
      { name: "C", figures: emptyFigures() },
    ]);
    expect(rows.map((r) => [r.name, r.courses, r.figures.opening, r.figures.closing])).toEqual([
      ["A", 1, 200, 200],
      ["B", 2, 400, 250],
    ]);
    expect(total).toMatchObject({ opening: 600, redeemed: 150, closing: 450 });
  });
});

describe("csv", () => {
  it("writes decimal pounds exactly", () => {
    expect([30_000, 5, -2_050, 0, 123_456_789].map(decimal)).toEqual(["300.00", "0.05", "-20.50", "0.00", "1234567.89"]);
  });

  it("quotes what needs quoting and defuses formulas in names", () => {
    expect(toCsv(["a", "b"], [[text('Say "hi", then'), text("=SUM(A1)")]])).toBe('a,b\r\n"Say ""hi"", then",\'=SUM(A1)\r\n');
  });

  it("quotes a cell holding \";\" as well as \",\", so a spreadsheet using \";\" as its separator keeps it one cell", () => {
    expect(toCsv(["name", "note"], [["Smith; Jones", "plain"], ["a,b;c", 'x"; y']])).toBe(
      'name,note\r\n"Smith; Jones",plain\r\n"a,b;c","x""; y"\r\n',
    );
    // A formula hidden after a ";" in a text cell stays defused and quoted.
    expect(toCsv(["n"], [[text("=1;2")]])).toBe('n\r\n"\'=1;2"\r\n');
  });

  it("a sales file has a header, a row per day and a total, and a dated filename", () => {
    const file = salesCsv(salesDays([{ day: "2026-11-01", kind: "COURSE", negative: false, amountMinor: 30_000 }], period));
    expect(file.filename).toBe("sales-2026-11-01-to-2026-11-03.csv");
    expect(file.body.split("\r\n")).toEqual([
      "Date,Services,Courses & packages,Other,Refunds,Voids,Total",
      "2026-11-01,0.00,300.00,0.00,0.00,0.00,300.00",
      "2026-11-02,0.00,0.00,0.00,0.00,0.00,0.00",
      "2026-11-03,0.00,0.00,0.00,0.00,0.00,0.00",
      "Total,0.00,300.00,0.00,0.00,0.00,300.00",
      "",
    ]);
  });
});

describe("chart scale", () => {
  it("rounds the axis out to whole steps and always includes zero", () => {
    expect(niceAxis(0, 42_000)).toEqual({ min: 0, max: 50_000, ticks: [0, 10_000, 20_000, 30_000, 40_000, 50_000] });
    expect(niceAxis(-20_000, 30_000).ticks).toEqual([-20_000, -10_000, 0, 10_000, 20_000, 30_000]);
    expect(niceAxis(0, 0)).toEqual({ min: 0, max: 100, ticks: [0, 100] });
  });

  it("labels only some bars when there are many", () => {
    expect(labelEvery(7)).toBe(1);
    expect(labelEvery(31)).toBe(2);
    expect(labelEvery(366)).toBe(30);
  });
});
