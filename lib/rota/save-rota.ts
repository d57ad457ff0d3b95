import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getOpeningHours, type DayHours } from "@/lib/settings/salon-settings";
import { WEEK } from "@/lib/settings/hours";
import { upcomingOutsideRota, type OutsideRota } from "@/lib/staff/outside-rota";
import { formatMinutes } from "@/lib/time";
import type { HoursRow } from "./working-hours";

/**
 * Manager → Staff → Hours: a staff member's week. No rows at all means "works the salon's opening
 * hours"; saving a rota writes all seven weekdays (a day off is a row without times), so a weekday
 * without a row never has to be guessed at.
 */

export async function staffNamed(tx: Tx, staffId: number): Promise<{ id: number; name: string }> {
  const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { id: true, name: true } });
  if (!staff) throw new DomainError("NOT_FOUND", "That staff member no longer exists.");
  return staff;
}

/**
 * The salon's opening hours bound a working day: refused with the hours in the message. `when` is
 * "on Mondays" or "on Tue 9 Jun 2026"; `fields` name where the message shows.
 */
export function assertInsideOpening(opening: DayHours, row: HoursRow, when: string, fields: { closed: string; start: string; end: string }): void {
  if (row.startMin == null || row.endMin == null) return;
  if (!opening) throw new DomainError("INVALID_INPUT", `The salon is closed ${when}, so nobody can work then.`, fields.closed);
  const open = `${formatMinutes(opening.opensAtMin)}–${formatMinutes(opening.closesAtMin)}`;
  if (row.startMin < opening.opensAtMin) {
    throw new DomainError("INVALID_INPUT", `The salon opens at ${formatMinutes(opening.opensAtMin)} ${when} (open ${open}): start then or later.`, fields.start);
  }
  if (row.endMin > opening.closesAtMin) {
    throw new DomainError("INVALID_INPUT", `The salon closes at ${formatMinutes(opening.closesAtMin)} ${when} (open ${open}): finish then or earlier.`, fields.end);
  }
}

const weekdayName = (weekday: number) => WEEK.find((d) => d.weekday === weekday)!.name;

export type RotaSaved = { id: number; name: string; outside: OutsideRota };

/** Replaces the staff member's week (index = weekday, 0 = Sunday) in one go. */
export async function saveWeekRota(tx: Tx, staffId: number, days: HoursRow[], now: Date): Promise<RotaSaved> {
  const staff = await staffNamed(tx, staffId);
  const opening = await getOpeningHours(tx);
  days.forEach((row, weekday) =>
    assertInsideOpening(opening[weekday], row, `on ${weekdayName(weekday)}s`, { closed: `days.${weekday}.working`, start: `days.${weekday}.startMin`, end: `days.${weekday}.endMin` }),
  );
  await tx.staffWeekHours.deleteMany({ where: { staffId } });
  await tx.staffWeekHours.createMany({ data: days.map((row, weekday) => ({ staffId, weekday, ...row })) });
  return { ...staff, outside: await upcomingOutsideRota(tx, staffId, now) };
}

/** Back to "works the salon's opening hours": the rota's rows go; date exceptions stay. */
export async function followSalonHours(tx: Tx, staffId: number, now: Date): Promise<RotaSaved> {
  const staff = await staffNamed(tx, staffId);
  await tx.staffWeekHours.deleteMany({ where: { staffId } });
  return { ...staff, outside: await upcomingOutsideRota(tx, staffId, now) };
}
