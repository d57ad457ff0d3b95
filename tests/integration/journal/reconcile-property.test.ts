// The journal reconciles with the records and the reports over generated histories: every entry
// balances; the course liability account moves exactly as the liability report (no VAT), or by the
// net of its releases (VAT); takings by method are the payments taken less those paid back, and
// together what Daily sales says was charged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { imbalance, movement, type Journal } from "@/lib/journal/journal";
import { loadJournal } from "@/lib/journal/load-journal";
import { ENTRY_KINDS } from "@/lib/journal/postings";
import { loadDailySales } from "@/lib/reports/daily-sales";
import { loadLiability } from "@/lib/reports/liability";
import { addDaysToDate } from "@/lib/time";
import { getTestDb } from "../../helpers/test-db";
import { at, TZ } from "../../helpers/salon-fixture";
import { op, runHistory, START } from "./history";

const db = getTestDb();
const SEED = Number(process.env.FC_SEED ?? 20261203);

async function paid(period: { from: string; to: string }, method: "CARD" | "CASH") {
  const r = await db.salePayment.aggregate({ where: { method, sale: { saleOn: { gte: period.from, lte: period.to } } }, _sum: { amountMinor: true } });
  return r._sum.amountMinor ?? 0;
}

function expectBalanced(journal: Journal) {
  for (const e of journal.entries) expect(imbalance(e.lines), e.narration).toBe(0);
  const debits = journal.accounts.reduce((a, t) => a + t.debitMinor, 0);
  expect(journal.accounts.reduce((a, t) => a + t.creditMinor, 0)).toBe(debits);
}

describe("the journal reconciles over generated histories", () => {
  it("not VAT registered: entries balance, the liability account moves as the liability report, takings per method match, for any split of the history", async () => {
    let entriesSeen = 0;
    const kindsSeen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 30, maxLength: 80 }), fc.integer({ min: 0, max: 120 }), async (ops, split) => {
        const { today } = await runHistory(db, ops);
        const now = at(today, "23:00");
        const cut = addDaysToDate(START, split);
        const end = addDaysToDate(today, 1);
        for (const period of [{ from: START, to: cut }, { from: addDaysToDate(cut, 1), to: end }, { from: START, to: end }]) {
          if (period.from > period.to) continue;
          const [journal, liability, sales] = await Promise.all([loadJournal(db, period, now), loadLiability(db, period, today, TZ), loadDailySales(db, period)]);
          entriesSeen += journal.entries.length;
          for (const e of journal.entries) kindsSeen.add(e.kind);
          expectBalanced(journal);
          // The liability account is credited as value comes in: its movement is minus the report's.
          expect(-movement(journal, "deferredRevenue") + 0).toBe(liability.total.closing - liability.total.opening);
          expect([journal.deferred.openingNet, journal.deferred.closingNet]).toEqual([liability.total.opening, liability.total.closing]);
          expect(movement(journal, "cardClearing")).toBe(await paid(period, "CARD"));
          expect(movement(journal, "cashInTill")).toBe(await paid(period, "CASH"));
          expect(movement(journal, "cardClearing") + movement(journal, "cashInTill")).toBe(sales.total.total);
          expect(movement(journal, "vat")).toBe(0);
          expect(movement(journal, "suspense")).toBe(0);
        }
      }),
      { numRuns: 25, seed: SEED, endOnFailure: true },
    );
    expect(entriesSeen).toBeGreaterThan(200);
    // The histories did every kind of thing the journal posts.
    expect([...kindsSeen].sort()).toEqual([...ENTRY_KINDS].sort());
  }, 300_000);

  it("VAT registered: entries balance, VAT is what the lines hold, the liability account is the net share of the report's figures and a used-up course leaves nothing in it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 30, maxLength: 80 }), fc.integer({ min: 0, max: 120 }), async (ops, split) => {
        const { today } = await runHistory(db, ops, { vat: true });
        const now = at(today, "23:00");
        const cut = addDaysToDate(START, split);
        const end = addDaysToDate(today, 1);
        const periods = [{ from: START, to: cut }, { from: addDaysToDate(cut, 1), to: end }].filter((p) => p.from <= p.to);
        const whole = await loadJournal(db, { from: START, to: end }, now);
        expectBalanced(whole);
        // The VAT the receipts print (their lines' rows), the sales report's VAT and the journal's VAT account agree.
        const vat = await db.saleLineVat.aggregate({ _sum: { vatMinor: true } });
        expect(-movement(whole, "vat") + 0).toBe(vat._sum.vatMinor ?? 0);
        expect((await loadDailySales(db, { from: START, to: end })).total.vat).toBe(vat._sum.vatMinor ?? 0);
        expect(-movement(whole, "deferredRevenue") + 0).toBe(whole.deferred.closingNet);
        expect(movement(whole, "suspense")).toBe(0);
        const liability = await loadLiability(db, { from: START, to: end }, today, TZ);
        expect(whole.deferred.closingGross).toBe(liability.total.closing);
        // Net never above gross; nothing owed means nothing held.
        expect(whole.deferred.closingNet).toBeLessThanOrEqual(whole.deferred.closingGross);
        if (whole.deferred.closingGross === 0) expect(whole.deferred.closingNet).toBe(0);
        // Two adjacent periods move the account as much as the whole.
        const parts = await Promise.all(periods.map((p) => loadJournal(db, p, now)));
        for (const j of parts) expectBalanced(j);
        expect(parts.reduce((a, j) => a + movement(j, "deferredRevenue"), 0)).toBe(movement(whole, "deferredRevenue"));
        if (parts.length === 2) expect(parts[0].deferred.closingNet).toBe(parts[1].deferred.openingNet);
      }),
      { numRuns: 15, seed: SEED + 1, endOnFailure: true },
    );
  }, 300_000);
});
