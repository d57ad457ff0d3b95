import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { staffIdOf, type OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { expectedCash, loadPaymentSums } from "./takings";

export type CashCountInput = { day: SalonDate; floatMinor: number; countedMinor: number; note: string };

/**
 * Records the cash counted in the till at a day's close, with what the till expected at that moment
 * (the float plus the day's cash). A count that does not match needs a note saying why; a recount
 * adds a row, so an earlier count is never overwritten.
 */
export async function countCash(tx: Tx, input: CashCountInput, ctx: OpContext) {
  const { timezone, currency } = await getSettings(tx);
  if (input.day > salonDateOf(ctx.now, timezone)) throw new DomainError("INVALID_INPUT", "A day that has not happened yet cannot be counted.", "day");
  const cash = (await loadPaymentSums(tx, input.day, input.day)).filter((p) => p.method === "CASH").reduce((sum, p) => sum + p.amountMinor, 0);
  const expectedMinor = expectedCash(input.floatMinor, cash);
  const varianceMinor = input.countedMinor - expectedMinor;
  if (varianceMinor !== 0 && input.note.trim().length < 3) {
    const what = varianceMinor < 0 ? `${formatMoney(-varianceMinor, currency)} short` : `${formatMoney(varianceMinor, currency)} over`;
    throw new DomainError("INVALID_INPUT", `The cash is ${what}: say why in the note (at least 3 characters).`, "note");
  }
  const row = await tx.cashCount.create({
    data: { day: input.day, floatMinor: input.floatMinor, expectedMinor, countedMinor: input.countedMinor, note: input.note.trim(), staffId: staffIdOf(ctx), createdAt: ctx.now },
  });
  return { id: row.id, expectedMinor, varianceMinor };
}

/** The float the last count left in the drawer: where the next count starts. */
export async function lastFloat(tx: Tx): Promise<number> {
  const last = await tx.cashCount.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { floatMinor: true } });
  return last?.floatMinor ?? 0;
}
