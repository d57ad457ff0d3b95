import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { getOpeningHours, getSettings } from "@/lib/settings/salon-settings";
import { upcomingOutsideRota, type OutsideRota } from "@/lib/staff/outside-rota";
import { formatSalonDate, salonDateOf, weekdayOf } from "@/lib/time";
import type { DayExceptionInput } from "./rota-input";
import { assertInsideOpening, staffNamed } from "./save-rota";
import { describeHours } from "@/lib/staff/describe-hours";
import type { HoursRow } from "./working-hours";

/**
 * Manager → Staff → Hours: one date unlike the rota (a holiday, a day off, different hours). One per
 * staff member per date (a unique key): adding another for the same date replaces it, and the answer
 * says what it replaced. A date already past is history and is refused.
 */

export type DayExceptionSaved = { name: string; date: string; replaced: string | null; outside: OutsideRota };

/** "Day off (Holiday)", "10:00–16:00, break 12:00–12:30 (Dentist)". */
export function describeException(row: HoursRow & { note: string }): string {
  const what = describeHours(row);
  return row.note ? `${what} (${row.note})` : what;
}

export async function saveDayException(tx: Tx, input: DayExceptionInput, ctx: OpContext): Promise<DayExceptionSaved> {
  const staff = await staffNamed(tx, input.staffId);
  const { timezone } = await getSettings(tx);
  const today = salonDateOf(ctx.now, timezone);
  if (input.date < today) throw new DomainError("INVALID_INPUT", `${formatSalonDate(input.date)} has passed. Choose today or a later date.`, "date");
  const opening = (await getOpeningHours(tx))[weekdayOf(input.date)];
  const when = `on ${formatSalonDate(input.date)}`;
  if (!opening) throw new DomainError("INVALID_INPUT", `The salon is closed ${when}, so ${staff.name} isn't working then anyway.`, "date");
  assertInsideOpening(opening, input.hours, when, { closed: "date", start: "startMin", end: "endMin" });

  const key = { staffId_date: { staffId: staff.id, date: input.date } };
  const before = await tx.staffDayException.findUnique({ where: key });
  const row = { ...input.hours, note: input.note };
  await tx.staffDayException.upsert({ where: key, create: { staffId: staff.id, date: input.date, ...row }, update: row });
  return {
    name: staff.name,
    date: input.date,
    replaced: before ? describeException(before) : null,
    outside: await upcomingOutsideRota(tx, staff.id, ctx.now, input.date),
  };
}

/** Takes a date off the list: that day follows the rota again. A past date stays on the record. */
export async function removeDayException(tx: Tx, staffId: number, exceptionId: number, now: Date): Promise<{ name: string; date: string }> {
  const staff = await staffNamed(tx, staffId);
  const row = await tx.staffDayException.findFirst({ where: { id: exceptionId, staffId }, select: { id: true, date: true } });
  if (!row) throw new DomainError("NOT_FOUND", "That date is no longer on their list.");
  const { timezone } = await getSettings(tx);
  if (row.date < salonDateOf(now, timezone)) throw new DomainError("INVALID_STATE", `${formatSalonDate(row.date)} has passed: it stays on the record.`);
  await tx.staffDayException.delete({ where: { id: row.id } });
  return { name: staff.name, date: row.date };
}
