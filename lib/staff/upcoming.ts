import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";

/**
 * Someone who leaves the calendar must not take clients with them: their column disappears, so
 * appointments still ahead of them would be hidden. Refuse until they are moved or cancelled.
 * Past appointments stay theirs, whatever happens.
 */
export async function assertNoUpcomingAppointments(tx: Tx, staff: { id: number; name: string }, now: Date, doing: string): Promise<void> {
  const where = { staffId: staff.id, status: { in: ["BOOKED" as const, "CHECKED_IN" as const] }, endsAt: { gt: now } };
  const [count, next] = await Promise.all([
    tx.appointment.count({ where }),
    tx.appointment.findFirst({ where, orderBy: { startsAt: "asc" }, select: { startsAt: true } }),
  ]);
  if (count === 0 || !next) return;
  const { timezone } = await getSettings(tx);
  const when = `${formatSalonDate(salonDateOf(next.startsAt, timezone))} at ${formatSalonTime(next.startsAt, timezone)}`;
  const appointments = count === 1 ? "1 upcoming appointment" : `${count} upcoming appointments`;
  throw new DomainError(
    "INVALID_STATE",
    `${staff.name} still has ${appointments} (the next on ${when}). Move ${count === 1 ? "it" : "them"} to someone else or cancel ${count === 1 ? "it" : "them"} in the calendar, then ${doing}.`,
  );
}
