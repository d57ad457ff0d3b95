import { describe, expect, it } from "vitest";
import { periodDays, periodLength, presetPeriod, resolvePeriod } from "@/lib/reports/period";

const TODAY = "2026-11-23";

describe("presetPeriod", () => {
  it("this month runs to today, last month is the whole month, last 7 days ends today", () => {
    expect(presetPeriod("this-month", TODAY)).toEqual({ from: "2026-11-01", to: "2026-11-23" });
    expect(presetPeriod("last-month", TODAY)).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(presetPeriod("last-month", "2026-03-31")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(presetPeriod("last-7-days", TODAY)).toEqual({ from: "2026-11-17", to: "2026-11-23" });
  });
});

describe("resolvePeriod", () => {
  it("takes a good pair as it is", () => {
    expect(resolvePeriod({ from: "2026-10-01", to: "2026-10-31" }, TODAY)).toEqual({ from: "2026-10-01", to: "2026-10-31", notices: [] });
  });

  it("defaults to this month to date without a word when nothing is asked", () => {
    expect(resolvePeriod({}, TODAY)).toEqual({ from: "2026-11-01", to: "2026-11-23", notices: [] });
    expect(resolvePeriod({ from: "", to: " " }, TODAY).notices).toEqual([]);
  });

  it("replaces a date that is not a real day and says so", () => {
    const r = resolvePeriod({ from: "2026-02-30", to: "2026-03-10" }, TODAY);
    expect(r).toMatchObject({ from: "2026-03-01", to: "2026-03-10" });
    expect(r.notices).toEqual(["“2026-02-30” is not a date, so the period starts on 1 Mar 2026 instead."]);
    expect(resolvePeriod({ from: "nonsense", to: "<script>" }, TODAY)).toMatchObject({ from: "2026-11-01", to: "2026-11-23" });
    expect(resolvePeriod({ from: ["2026-10-01", "x"], to: "2026-10-02" }, TODAY)).toMatchObject({ from: "2026-10-01", to: "2026-10-02", notices: [] });
  });

  it("swaps reversed dates", () => {
    const r = resolvePeriod({ from: "2026-10-31", to: "2026-10-01" }, TODAY);
    expect(r).toMatchObject({ from: "2026-10-01", to: "2026-10-31" });
    expect(r.notices).toEqual(["From was after To, so the two dates have been swapped."]);
  });

  it("cuts a period longer than 366 days, keeping its end", () => {
    const r = resolvePeriod({ from: "2020-01-01", to: "2026-10-31" }, TODAY);
    expect(r).toMatchObject({ from: "2025-10-31", to: "2026-10-31" });
    expect(periodLength(r)).toBe(366);
    expect(r.notices).toEqual(["Reports cover at most 366 days, so the period now starts on 31 Oct 2025."]);
    expect(resolvePeriod({ from: "2025-11-01", to: "2026-10-31" }, TODAY).notices).toEqual([]);
  });

  it("fills in a missing end or start", () => {
    expect(resolvePeriod({ from: "2026-11-10" }, TODAY)).toMatchObject({ from: "2026-11-10", to: TODAY, notices: [] });
    expect(resolvePeriod({ to: "2026-09-15" }, TODAY)).toMatchObject({ from: "2026-09-01", to: "2026-09-15", notices: [] });
  });
});

describe("periodDays", () => {
  it("lists every day across a clock change and a month end", () => {
    expect(periodDays({ from: "2026-10-24", to: "2026-11-02" })).toHaveLength(10);
    expect(periodDays({ from: "2026-10-31", to: "2026-11-01" })).toEqual(["2026-10-31", "2026-11-01"]);
  });
});
