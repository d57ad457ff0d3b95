import type { Tx } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { addDaysToDate, addMonthsToDate, type SalonDate } from "@/lib/time";
import { loadCourseValueFacts } from "./course-value-facts";
import { addFigures, emptyFigures, foldCourse, impliedClosing, type LiabilityFigures } from "./liability-fold";
import type { Period } from "./period";
import { courseValueEvents, settleEvents, type SettledEvent } from "./value-events";
import { isSqlTrue } from "@/lib/sql-flag";

/**
 * Do the reports agree? Month by month since the first course was sold: the liability's redeemed,
 * forfeited and voided-or-waived columns equal the redemptions report, its sold column equals the courses sold in daily
 * sales, its movements add up to closing − opening, and each month's closing is the next one's
 * opening. Read by db:check; the same figures the report pages show (one facts query, pure folds).
 */
export type ReportDisagreement = { period: Period; message: string };

/** The calendar months from the one holding `from` to the one holding `to`. */
export function monthsBetween(from: SalonDate, to: SalonDate): Period[] {
  const months: Period[] = [];
  for (let start = `${from.slice(0, 7)}-01`; start <= to; start = addMonthsToDate(start, 1)) {
    months.push({ from: start, to: addDaysToDate(addMonthsToDate(start, 1), -1) });
  }
  return months;
}

type MonthTotals = { redeemed: number; forfeited: number; reversed: number; coursesSold: number };

/** Redemptions (by reason) and course sales per month, straight from their tables as the two reports read them. */
async function monthTotals(tx: Tx, upTo: SalonDate): Promise<Map<string, MonthTotals>> {
  const [redemptions, reversals, sales] = await Promise.all([
    tx.$queryRaw<{ month: string; forfeit: number | bigint; value: number | bigint | null }[]>`
      SELECT substr(r."redeemedOn", 1, 7) AS month, (r."reason" <> 'CHECKOUT') AS forfeit, SUM(r."valueMinor") AS value
      FROM "Redemption" r WHERE r."redeemedOn" <= ${upTo} GROUP BY month, forfeit`,
    tx.$queryRaw<{ month: string; value: number | bigint | null }[]>`
      SELECT substr(v."reversedOn", 1, 7) AS month, SUM(r."valueMinor") AS value
      FROM "RedemptionReversal" v JOIN "Redemption" r ON r."id" = v."redemptionId" WHERE v."reversedOn" <= ${upTo} GROUP BY month`,
    tx.$queryRaw<{ month: string; value: number | bigint | null }[]>`
      SELECT substr(s."saleOn", 1, 7) AS month, SUM(l."amountMinor") AS value
      FROM "SaleLine" l JOIN "Sale" s ON s."id" = l."saleId"
      WHERE l."kind" = 'COURSE' AND l."amountMinor" > 0 AND s."saleOn" <= ${upTo} GROUP BY month`,
  ]);
  const totals = new Map<string, MonthTotals>();
  const of = (month: string) => totals.get(month) ?? totals.set(month, { redeemed: 0, forfeited: 0, reversed: 0, coursesSold: 0 }).get(month)!;
  for (const r of redemptions) of(r.month)[isSqlTrue(r.forfeit) ? "forfeited" : "redeemed"] += Number(r.value ?? 0);
  for (const r of reversals) of(r.month).reversed += Number(r.value ?? 0);
  for (const s of sales) of(s.month).coursesSold += Number(s.value ?? 0);
  return totals;
}

export async function reconcileReports(tx: Tx, today: SalonDate, timezone: string, currency = "GBP"): Promise<{ months: number; disagreements: ReportDisagreement[] }> {
  const facts = await loadCourseValueFacts(tx, { purchasedBy: today }, today, timezone);
  if (facts.length === 0) return { months: 0, disagreements: [] };
  const settled: SettledEvent[][] = facts.map((f) => settleEvents(courseValueEvents(f, today)));
  const first = facts.reduce((min, f) => (f.purchasedOn < min ? f.purchasedOn : min), today);
  const months = monthsBetween(first, today);
  const totals = await monthTotals(tx, today);
  const money = (minor: number) => formatMoney(minor, currency);
  const disagreements: ReportDisagreement[] = [];
  let previous: LiabilityFigures | null = null;
  for (const period of months) {
    const total = emptyFigures();
    for (const events of settled) addFigures(total, foldCourse(events, period));
    const actual = totals.get(period.from.slice(0, 7)) ?? { redeemed: 0, forfeited: 0, reversed: 0, coursesSold: 0 };
    const say = (message: string) => disagreements.push({ period, message });
    if (total.redeemed !== actual.redeemed) say(`the redemptions report says ${money(actual.redeemed)} redeemed, the liability report ${money(total.redeemed)}`);
    if (total.forfeited !== actual.forfeited) say(`the redemptions report says ${money(actual.forfeited)} forfeited, the liability report ${money(total.forfeited)}`);
    if (total.reversed !== actual.reversed) say(`the redemptions report says ${money(actual.reversed)} voided or waived, the liability report ${money(total.reversed)}`);
    if (total.sold !== actual.coursesSold) say(`daily sales show ${money(actual.coursesSold)} of courses sold, the liability report ${money(total.sold)}`);
    if (impliedClosing(total) !== total.closing) say(`the liability's movements add up to ${money(impliedClosing(total))} but it closes at ${money(total.closing)}`);
    if (previous && previous.closing !== total.opening) say(`it opens at ${money(total.opening)} but the month before closed at ${money(previous.closing)}`);
    previous = total;
  }
  return { months: months.length, disagreements };
}
