import { describe, expect, it } from "vitest";
import { defaultAccountCodes } from "@/lib/journal/accounts";
import { journalCsv, ukDate, XERO_COLUMNS } from "@/lib/journal/csv";
import { buildEntries, buildJournal, imbalance, movement } from "@/lib/journal/journal";
import type { Posting } from "@/lib/journal/postings";

const p = (day: string, entry: Posting["entry"], account: Posting["account"], description: string, amountMinor: number): Posting => ({ day, entry, account, description, amountMinor });

const postings: Posting[] = [
  p("2026-06-02", "redemptions", "deferredRevenue", "Course sessions redeemed", 5000),
  p("2026-06-02", "redemptions", "serviceRevenue", "Course sessions redeemed", -5000),
  p("2026-06-01", "courseSales", "cardClearing", "Card payments", 30_000),
  p("2026-06-01", "courseSales", "suspense", "Courses sold", -30_000),
  p("2026-06-01", "courseSales", "suspense", "Courses sold", 30_000),
  p("2026-06-01", "courseSales", "deferredRevenue", "Courses sold", -30_000),
  p("2026-06-02", "redemptions", "deferredRevenue", "Course sessions redeemed", 2500),
  p("2026-06-02", "redemptions", "serviceRevenue", "Course sessions redeemed", -2500),
  p("2026-06-01", "sales", "cashInTill", "Cash payments", 4500),
  p("2026-06-01", "sales", "serviceRevenue", "Services", -4500),
  p("2026-06-03", "adjustments", "deferredRevenue", "Transferred between clients", 700),
  p("2026-06-03", "adjustments", "deferredRevenue", "Transferred between clients", -700),
];

describe("buildEntries", () => {
  it("one entry per day and kind, lines merged per account and description, what comes to nothing left out", () => {
    const entries = buildEntries(postings);
    expect(entries.map((e) => e.id)).toEqual(["2026-06-01-sales", "2026-06-01-courseSales", "2026-06-02-redemptions"]);
    expect(entries[1].lines).toEqual([
      { account: "cardClearing", description: "Card payments", amountMinor: 30_000 },
      { account: "deferredRevenue", description: "Courses sold", amountMinor: -30_000 },
    ]);
    expect(entries[2].lines.map((l) => l.amountMinor)).toEqual([7500, -7500]);
    expect(entries[2].narration).toBe("Salon journal 2026-06-02: Course sessions redeemed");
    for (const e of entries) expect(imbalance(e.lines)).toBe(0);
  });

  it("the journal keeps the period's days; per account debits and credits, which add up on both sides", () => {
    const journal = buildJournal({ period: { from: "2026-06-01", to: "2026-06-01" }, postings, deferred: { openingGross: 0, closingGross: 0, openingNet: 0, closingNet: 0 }, vatRegistered: false });
    expect(journal.entries.map((e) => e.day)).toEqual(["2026-06-01", "2026-06-01"]);
    expect(journal.accounts).toEqual([
      { account: "cardClearing", debitMinor: 30_000, creditMinor: 0 },
      { account: "cashInTill", debitMinor: 4500, creditMinor: 0 },
      { account: "deferredRevenue", debitMinor: 0, creditMinor: 30_000 },
      { account: "serviceRevenue", debitMinor: 0, creditMinor: 4500 },
    ]);
    expect(movement(journal, "deferredRevenue")).toBe(-30_000);
    expect(movement(journal, "vat")).toBe(0);
  });
});

describe("journalCsv (Xero manual journal import)", () => {
  it("Xero's columns, a line per journal line, narration and date shared by an entry, debits positive and credits negative, the salon's codes", () => {
    const journal = buildJournal({ period: { from: "2026-06-01", to: "2026-06-30" }, postings, deferred: { openingGross: 0, closingGross: 0, openingNet: 0, closingNet: 0 }, vatRegistered: false });
    const file = journalCsv(journal, { ...defaultAccountCodes(), deferredRevenue: "2109" });
    expect(file.filename).toBe("journal-2026-06-01-to-2026-06-30.csv");
    const rows = file.body.trimEnd().split("\r\n").map((r) => r.split(","));
    expect(rows[0]).toEqual(XERO_COLUMNS);
    expect(XERO_COLUMNS.slice(0, 6)).toEqual(["*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount"]);
    expect(rows.slice(1)).toContainEqual(["Salon journal 2026-06-01: Courses sold", "01/06/2026", "Courses sold", "2109", "No VAT", "-300.00", "", "", "", ""]);
    expect(rows.slice(1)).toContainEqual(["Salon journal 2026-06-02: Course sessions redeemed", "02/06/2026", "Course sessions redeemed", "200", "No VAT", "-75.00", "", "", "", ""]);
    expect(rows.length).toBe(1 + 6);
    const total = rows.slice(1).reduce((a, r) => a + Math.round(Number(r[5]) * 100), 0);
    expect(total).toBe(0);
    expect(ukDate("2026-12-31")).toBe("31/12/2026");
  });
});
