import type { Tx } from "@/lib/db";
import type { SalonDate } from "@/lib/time";
import { periodDays, type Period } from "./period";

/**
 * Daily sales: what was charged each salon day (Sale.saleOn), by kind. A course counts in full on
 * the day it was sold; its redemptions are never sales. A negative line is a refund on the day it was
 * refunded, or a void (it reverses a checkout's charge) on the day of the void.
 */
export type SalesFigures = { services: number; courses: number; other: number; refunds: number; voids: number; total: number };
export type SalesDay = SalesFigures & { day: SalonDate };
export type SalesReport = { period: Period; days: SalesDay[]; total: SalesFigures };

export type SalesRow = { day: SalonDate; kind: "SERVICE" | "COURSE" | "OTHER"; negative: boolean; void?: boolean; amountMinor: number };

const zero = (): SalesFigures => ({ services: 0, courses: 0, other: 0, refunds: 0, voids: 0, total: 0 });
const COLUMN = { SERVICE: "services", COURSE: "courses", OTHER: "other" } as const;

/** Pure: one row per day of the period (empty days too) and the total. */
export function salesDays(rows: SalesRow[], period: Period): SalesReport {
  const byDay = new Map(periodDays(period).map((day) => [day, { day, ...zero() }]));
  const total = zero();
  for (const row of rows) {
    const day = byDay.get(row.day);
    if (!day) continue;
    const column = row.void ? "voids" : row.negative ? "refunds" : COLUMN[row.kind];
    for (const f of [day, total]) {
      f[column] += row.amountMinor;
      f.total += row.amountMinor;
    }
  }
  return { period, days: [...byDay.values()], total };
}

/** One grouped query: (day, kind, sign) → sum. */
export async function loadDailySales(tx: Tx, period: Period): Promise<SalesReport> {
  const rows = await tx.$queryRaw<{ day: string; kind: string; negative: number | bigint; isVoid: number | bigint; amount: number | bigint | null }[]>`
    SELECT s."saleOn" AS day, l."kind" AS kind, (l."amountMinor" < 0) AS negative, (l."reversesLineId" IS NOT NULL) AS isVoid, SUM(l."amountMinor") AS amount
    FROM "SaleLine" l JOIN "Sale" s ON s."id" = l."saleId"
    WHERE s."saleOn" >= ${period.from} AND s."saleOn" <= ${period.to}
    GROUP BY s."saleOn", l."kind", (l."amountMinor" < 0), (l."reversesLineId" IS NOT NULL)`;
  return salesDays(
    rows.map((r) => ({ day: r.day, kind: r.kind as SalesRow["kind"], negative: Number(r.negative) === 1, void: Number(r.isVoid) === 1, amountMinor: Number(r.amount ?? 0) })),
    period,
  );
}
