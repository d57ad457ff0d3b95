import type { Tx } from "@/lib/db";

/**
 * Units of a line whose value has left the salon's books so far: redeemed or forfeited, removed by a
 * manager, or transferred to another client. Each next unit is valued after these (money.unitsValue),
 * so the values of a line's units always add up to at most the line's value.
 */
export async function consumedUnits(tx: Tx, clientCourseLineId: number): Promise<number> {
  const [redeemed, removed] = await Promise.all([
    tx.redemption.aggregate({ where: { clientCourseLineId, reversedAt: null }, _sum: { units: true } }),
    tx.clientCourseChange.aggregate({
      where: { clientCourseLineId, kind: { in: ["ADJUST", "TRANSFER_OUT"] }, quantityDelta: { lt: 0 } },
      _sum: { quantityDelta: true },
    }),
  ]);
  return (redeemed._sum.units ?? 0) - (removed._sum.quantityDelta ?? 0);
}
