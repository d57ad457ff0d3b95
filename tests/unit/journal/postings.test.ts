import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { salePostings, vatLabel, type JournalSale } from "@/lib/journal/postings";

const day = "2026-06-01";
const sum = (xs: { amountMinor: number }[]) => xs.reduce((a, x) => a + x.amountMinor, 0);
const brief = (sale: JournalSale) => salePostings(sale).map((p) => [p.entry, p.account, p.description, p.amountMinor]);

describe("salePostings", () => {
  it("a single paid by card and cash: each method debited, the service credited net of its VAT, the VAT by rate", () => {
    const sale: JournalSale = {
      id: 1,
      day,
      lines: [{ kind: "SERVICE", amountMinor: 5400, reversesLineId: null, vat: [{ rateBp: 2000, vatMinor: 900 }] }],
      payments: [
        { method: "CARD", amountMinor: 4000 },
        { method: "CASH", amountMinor: 1400 },
      ],
    };
    expect(brief(sale)).toEqual([
      ["sales", "cardClearing", "Card payments", 4000],
      ["sales", "cashInTill", "Cash payments", 1400],
      ["sales", "serviceRevenue", "Services", -4500],
      ["sales", "vat", "VAT 20%", -900],
    ]);
  });

  it("a course sold: its net price goes to suspense, for the course's own posting to carry into the liability", () => {
    const sale: JournalSale = { id: 2, day, lines: [{ kind: "COURSE", amountMinor: 30_000, reversesLineId: null, vat: [{ rateBp: 2000, vatMinor: 5000 }] }], payments: [{ method: "CARD", amountMinor: 30_000 }] };
    expect(brief(sale)).toEqual([
      ["courseSales", "cardClearing", "Card payments", 30_000],
      ["courseSales", "suspense", "Courses sold", -25_000],
      ["courseSales", "vat", "VAT 20%", -5000],
    ]);
  });

  it("a refund pays back by its method, takes the VAT back and meets the released value in course adjustments", () => {
    const sale: JournalSale = { id: 3, day, lines: [{ kind: "COURSE", amountMinor: -12_000, reversesLineId: null, vat: [{ rateBp: 2000, vatMinor: -2000 }] }], payments: [{ method: "CASH", amountMinor: -12_000 }] };
    expect(brief(sale)).toEqual([
      ["refunds", "cashInTill", "Cash payments", -12_000],
      ["refunds", "courseAdjustments", "Refund above or below the unused value", 10_000],
      ["refunds", "vat", "VAT 20%", 2000],
    ]);
  });

  it("a void's negative lines take the service and its VAT back and pay back each method", () => {
    const sale: JournalSale = { id: 4, day, lines: [{ kind: "SERVICE", amountMinor: -6000, reversesLineId: 9, vat: [{ rateBp: 2000, vatMinor: -1000 }] }], payments: [{ method: "CARD", amountMinor: -6000 }] };
    expect(brief(sale)).toEqual([
      ["voids", "cardClearing", "Card payments", -6000],
      ["voids", "serviceRevenue", "Services voided", 5000],
      ["voids", "vat", "VAT 20%", 1000],
    ]);
  });

  it("payments that do not add up to the lines leave the difference in suspense, so the entry still balances", () => {
    const sale: JournalSale = { id: 5, day, lines: [{ kind: "OTHER", amountMinor: 1000, reversesLineId: null, vat: [] }], payments: [] };
    expect(brief(sale)).toEqual([
      ["sales", "otherSales", "Other sales", -1000],
      ["sales", "suspense", "Payments that do not match the sale", 1000],
    ]);
  });

  it("every sale balances, whatever its lines, VAT and payments", () => {
    const line = fc.record({
      kind: fc.constantFrom("SERVICE" as const, "COURSE" as const, "OTHER" as const),
      amountMinor: fc.integer({ min: -50_000, max: 50_000 }),
      reversesLineId: fc.option(fc.nat(), { nil: null }),
      vat: fc.array(fc.record({ rateBp: fc.constantFrom(0, 500, 2000), vatMinor: fc.integer({ min: -9000, max: 9000 }) }), { maxLength: 2 }),
    });
    const payment = fc.record({ method: fc.constantFrom("CARD", "CASH", "SPLIT"), amountMinor: fc.integer({ min: -50_000, max: 50_000 }) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), fc.array(payment, { maxLength: 3 }), (lines, payments) => {
        expect(sum(salePostings({ id: 1, day, lines, payments }))).toBe(0);
      }),
    );
  });

  it("names VAT rates as people write them", () => {
    expect([vatLabel(2000), vatLabel(500), vatLabel(1750), vatLabel(0)]).toEqual(["VAT 20%", "VAT 5%", "VAT 17.5%", "VAT 0%"]);
  });
});
