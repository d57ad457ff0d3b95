/**
 * Takings: what the till took each salon day, per method (SalePayment: a sale's card and cash parts,
 * negative when paid back), and the cash counted at close against what the drawer should hold (the
 * float left in it plus the day's cash). A recount adds a row: the latest counts, earlier ones stay.
 */
import type { Tx } from "@/lib/db";
import { periodDays, type Period } from "@/lib/reports/period";
import type { SalonDate } from "@/lib/time";

export type CashCountView = {
  id: number;
  floatMinor: number;
  countedMinor: number;
  /** What the till said when it was counted (the float plus the day's cash then). */
  expectedAtCountMinor: number;
  note: string;
  countedBy: string;
  countedAt: Date;
};

export type TakingsDay = {
  day: SalonDate;
  cardMinor: number;
  cashMinor: number;
  totalMinor: number;
  /** Sales that took or paid back money. */
  sales: number;
  /** The latest count, and the earlier ones (newest first). */
  count: CashCountView | null;
  recounts: CashCountView[];
  /** The float plus the day's cash as the till says now; null until the day is counted. */
  expectedMinor: number | null;
  /** Counted − expected (now): negative is cash missing. */
  varianceMinor: number | null;
};

export type TakingsReport = { period: Period; days: TakingsDay[]; total: { cardMinor: number; cashMinor: number; totalMinor: number; sales: number; varianceMinor: number } };

export type PaymentSum = { day: SalonDate; method: "CARD" | "CASH"; amountMinor: number; sales: number };

/** Expected cash in the drawer at close. */
export const expectedCash = (floatMinor: number, cashMinor: number) => floatMinor + cashMinor;

/** Pure: every day of the period with its takings and its counts (newest first per day). */
export function takingsDays(period: Period, payments: PaymentSum[], counts: (CashCountView & { day: SalonDate })[]): TakingsReport {
  const days = new Map<SalonDate, TakingsDay>(
    periodDays(period).map((day) => [day, { day, cardMinor: 0, cashMinor: 0, totalMinor: 0, sales: 0, count: null, recounts: [], expectedMinor: null, varianceMinor: null }]),
  );
  for (const p of payments) {
    const d = days.get(p.day);
    if (!d) continue;
    if (p.method === "CASH") d.cashMinor += p.amountMinor;
    else d.cardMinor += p.amountMinor;
    d.totalMinor += p.amountMinor;
    d.sales += p.sales;
  }
  for (const c of [...counts].sort((a, b) => +b.countedAt - +a.countedAt || b.id - a.id)) {
    const d = days.get(c.day);
    if (!d) continue;
    const view: CashCountView = { id: c.id, floatMinor: c.floatMinor, countedMinor: c.countedMinor, expectedAtCountMinor: c.expectedAtCountMinor, note: c.note, countedBy: c.countedBy, countedAt: c.countedAt };
    if (d.count) d.recounts.push(view);
    else d.count = view;
  }
  const total = { cardMinor: 0, cashMinor: 0, totalMinor: 0, sales: 0, varianceMinor: 0 };
  for (const d of days.values()) {
    if (d.count) {
      d.expectedMinor = expectedCash(d.count.floatMinor, d.cashMinor);
      d.varianceMinor = d.count.countedMinor - d.expectedMinor;
      total.varianceMinor += d.varianceMinor;
    }
    total.cardMinor += d.cardMinor;
    total.cashMinor += d.cashMinor;
    total.totalMinor += d.totalMinor;
    total.sales += d.sales;
  }
  return { period, days: [...days.values()], total };
}

/** The payments of the period's days per method (two grouped reads: payments, counts). */
export async function loadTakings(tx: Tx, period: Period): Promise<TakingsReport> {
  const [payments, counts] = await Promise.all([
    loadPaymentSums(tx, period.from, period.to),
    tx.cashCount.findMany({
      where: { day: { gte: period.from, lte: period.to } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, day: true, floatMinor: true, countedMinor: true, expectedMinor: true, note: true, createdAt: true, staff: { select: { name: true } } },
    }),
  ]);
  return takingsDays(
    period,
    payments,
    counts.map((c) => ({
      id: c.id,
      day: c.day,
      floatMinor: c.floatMinor,
      countedMinor: c.countedMinor,
      expectedAtCountMinor: c.expectedMinor,
      note: c.note,
      countedBy: c.staff.name,
      countedAt: c.createdAt,
    })),
  );
}

export async function loadPaymentSums(tx: Tx, from: SalonDate, to: SalonDate): Promise<PaymentSum[]> {
  const rows = await tx.$queryRaw<{ day: string; method: string; amount: number | bigint | null; sales: number | bigint }[]>`
    SELECT s."saleOn" AS day, p."method" AS method, SUM(p."amountMinor") AS amount, COUNT(DISTINCT s."id") AS sales
    FROM "SalePayment" p JOIN "Sale" s ON s."id" = p."saleId"
    WHERE s."saleOn" >= ${from} AND s."saleOn" <= ${to}
    GROUP BY s."saleOn", p."method"`;
  return rows.map((r) => ({ day: r.day, method: r.method === "CASH" ? "CASH" : "CARD", amountMinor: Number(r.amount ?? 0), sales: Number(r.sales) }));
}
