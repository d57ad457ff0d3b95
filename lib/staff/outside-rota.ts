import { fullName } from "@/lib/clients/display";
import type { Tx } from "@/lib/db";
import { loadRotas } from "@/lib/rota/load-rota";
import { withinSpans } from "@/lib/rota/working-hours";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf, salonDayRange, salonMinutesOf } from "@/lib/time";

/** Upcoming appointments a change of hours leaves outside them: how many, and the first few named. */
export type OutsideRota = { count: number; examples: string[] };

/**
 * A new rota or a day off never moves what is booked: the answer names the staff member's upcoming
 * appointments (all, or those on `onDate`) that now fall outside their hours, so the desk can call
 * those clients. One read of the appointments and the rota reads of loadRotas.
 */
export async function upcomingOutsideRota(tx: Tx, staffId: number, now: Date, onDate?: string): Promise<OutsideRota> {
  const { timezone } = await getSettings(tx);
  const day = onDate ? salonDayRange(onDate, timezone) : null;
  const upcoming = await tx.appointment.findMany({
    where: {
      staffId,
      status: { in: ["BOOKED", "CHECKED_IN"] },
      endsAt: { gt: now },
      ...(day ? { startsAt: { gte: day.start, lt: day.end } } : {}),
    },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true, endsAt: true, client: { select: { firstName: true, lastName: true } } },
  });
  if (upcoming.length === 0) return { count: 0, examples: [] };
  const first = salonDateOf(upcoming[0].startsAt, timezone);
  const last = salonDateOf(upcoming[upcoming.length - 1].startsAt, timezone);
  const rotas = await loadRotas(tx, [staffId], first, last);
  const outside = upcoming.filter((a) => {
    const date = salonDateOf(a.startsAt, timezone);
    const end = salonDateOf(a.endsAt, timezone) === date ? salonMinutesOf(a.endsAt, timezone) : 24 * 60;
    return !withinSpans(rotas.spans(staffId, date), salonMinutesOf(a.startsAt, timezone), end);
  });
  return {
    count: outside.length,
    examples: outside.slice(0, 3).map((a) => `${formatSalonDate(salonDateOf(a.startsAt, timezone))} ${formatSalonTime(a.startsAt, timezone)}, ${fullName(a.client)}`),
  };
}
