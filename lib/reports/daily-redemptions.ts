import type { Tx } from "@/lib/db";
import type { SalonDate } from "@/lib/time";
import { periodDays, type Period } from "./period";

/**
 * Course units used per salon day (Redemption.redeemedOn), kept apart from sales. Redeemed = used
 * at checkout; forfeited = a no-show or late cancellation the policy charged to the course. The value
 * is each unit's share of the price paid (Redemption.valueMinor).
 */
export type RedemptionFigures = {
  sessions: number;
  minutes: number;
  redeemedValue: number;
  forfeitedCount: number;
  forfeitedValue: number;
  /** Corrections on that day: voided checkouts and waived forfeits give their value back. */
  reversedCount: number;
  reversedValue: number;
};
export type RedemptionDay = RedemptionFigures & { day: SalonDate };
export type RedemptionsReport = { period: Period; days: RedemptionDay[]; total: RedemptionFigures };

export type RedemptionRow = { day: SalonDate; forfeited: boolean; reversed?: boolean; unit: "SESSIONS" | "MINUTES"; count: number; units: number; valueMinor: number };

const zero = (): RedemptionFigures => ({ sessions: 0, minutes: 0, redeemedValue: 0, forfeitedCount: 0, forfeitedValue: 0, reversedCount: 0, reversedValue: 0 });

/** Pure: one row per day of the period (empty days too) and the total. */
export function redemptionDays(rows: RedemptionRow[], period: Period): RedemptionsReport {
  const byDay = new Map(periodDays(period).map((day) => [day, { day, ...zero() }]));
  const total = zero();
  for (const row of rows) {
    const day = byDay.get(row.day);
    if (!day) continue;
    for (const f of [day, total]) {
      if (row.reversed) {
        f.reversedCount += row.count;
        f.reversedValue += row.valueMinor;
      } else if (row.forfeited) {
        f.forfeitedCount += row.count;
        f.forfeitedValue += row.valueMinor;
      } else {
        f[row.unit === "SESSIONS" ? "sessions" : "minutes"] += row.units;
        f.redeemedValue += row.valueMinor;
      }
    }
  }
  return { period, days: [...byDay.values()], total };
}

type Raw = { day: string; reason: string; unit: string; count: number | bigint; units: number | bigint | null; value: number | bigint | null };

/**
 * One grouped query: (day, reason, unit) → count, units, value, the redemptions by the day they were
 * made (a later correction never changes that day) and the corrections by their own day.
 */
export async function loadDailyRedemptions(tx: Tx, period: Period): Promise<RedemptionsReport> {
  const rows = await tx.$queryRaw<Raw[]>`
    SELECT r."redeemedOn" AS day, r."reason" AS reason, c."unit" AS unit,
           COUNT(*) AS count, SUM(r."units") AS units, SUM(r."valueMinor") AS value
    FROM "Redemption" r
    JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId"
    JOIN "ClientCourse" c ON c."id" = l."clientCourseId"
    WHERE r."redeemedOn" >= ${period.from} AND r."redeemedOn" <= ${period.to}
    GROUP BY r."redeemedOn", r."reason", c."unit"
    UNION ALL
    SELECT v."reversedOn", 'REVERSED', c."unit", COUNT(*), SUM(r."units"), SUM(r."valueMinor")
    FROM "RedemptionReversal" v
    JOIN "Redemption" r ON r."id" = v."redemptionId"
    JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId"
    JOIN "ClientCourse" c ON c."id" = l."clientCourseId"
    WHERE v."reversedOn" >= ${period.from} AND v."reversedOn" <= ${period.to}
    GROUP BY v."reversedOn", c."unit"`;
  return redemptionDays(
    rows.map((r) => ({
      day: r.day,
      reversed: r.reason === "REVERSED",
      forfeited: r.reason !== "CHECKOUT",
      unit: r.unit === "MINUTES" ? "MINUTES" : "SESSIONS",
      count: Number(r.count),
      units: Number(r.units ?? 0),
      valueMinor: Number(r.value ?? 0),
    })),
    period,
  );
}
