import type { Tx } from "@/lib/db";
import type { SalonDate } from "@/lib/time";
import { periodDays, type Period } from "./period";
import { isSqlTrue } from "@/lib/sql-flag";

/**
 * Daily sales: what was charged each salon day (Sale.saleOn), by kind. A course counts in full on
 * the day it was sold; its redemptions are never sales. A negative line is a refund on the day it was
 * refunded, or a void (it reverses a checkout's charge) on the day of the void.
 */
export type SalesFigures = {
  services: number;
  courses: number;
  other: number;
  refunds: number;
  voids: number;
  /** Gross: prices include VAT. */
  total: number;
  /** The VAT in the total (SaleLineVat, as the receipts print it) and the total without it. */
  vat: number;
  net: number;
};
export type SalesDay = SalesFigures & { day: SalonDate };
export type SalesReport = { period: Period; days: SalesDay[]; total: SalesFigures };

export type SalesRow = { day: SalonDate; kind: "SERVICE" | "COURSE" | "OTHER"; negative: boolean; void?: boolean; amountMinor: number; vatMinor?: number };

/** Shown after Total when the period has any VAT in it. */
export const VAT_COLUMNS = [
  ["net", "Net of VAT"],
  ["vat", "VAT"],
] as const;

/** A period with VAT in it (a salon that is, or was, VAT registered). */
export const hasVat = (r: SalesReport) => r.days.some((d) => d.vat !== 0);

const zero = (): SalesFigures => ({ services: 0, courses: 0, other: 0, refunds: 0, voids: 0, total: 0, vat: 0, net: 0 });
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
      f.vat += row.vatMinor ?? 0;
      f.net += row.amountMinor - (row.vatMinor ?? 0);
    }
  }
  return { period, days: [...byDay.values()], total };
}

/** One grouped query: (day, kind, sign) → sums of the lines and of the VAT in them. */
export async function loadDailySales(tx: Tx, period: Period): Promise<SalesReport> {
  const rows = await tx.$queryRaw<{ day: string; kind: string; negative: number | bigint; isVoid: number | bigint; amount: number | bigint | null; vat: number | bigint | null }[]>`
    SELECT s."saleOn" AS day, l."kind" AS kind, (l."amountMinor" < 0) AS negative, (l."reversesLineId" IS NOT NULL) AS isVoid, SUM(l."amountMinor") AS amount,
      SUM((SELECT COALESCE(SUM(v."vatMinor"), 0) FROM "SaleLineVat" v WHERE v."saleLineId" = l."id")) AS vat
    FROM "SaleLine" l JOIN "Sale" s ON s."id" = l."saleId"
    WHERE s."saleOn" >= ${period.from} AND s."saleOn" <= ${period.to}
    GROUP BY s."saleOn", l."kind", (l."amountMinor" < 0), (l."reversesLineId" IS NOT NULL)`;
  return salesDays(
    rows.map((r) => ({ day: r.day, kind: r.kind as SalesRow["kind"], negative: isSqlTrue(r.negative), void: isSqlTrue(r.isVoid), amountMinor: Number(r.amount ?? 0), vatMinor: Number(r.vat ?? 0) })),
    period,
  );
}
