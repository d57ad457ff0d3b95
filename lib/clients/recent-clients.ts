import type { Tx } from "@/lib/db";
import { addDaysToDate, salonDateOf, salonDayRange } from "@/lib/time";
import { CLIENT_HIT_SELECT, type ClientHit } from "./search-clients";

/** How far back "recently seen" looks, in days. */
export const RECENT_DAYS = 14;

export type RecentClient = ClientHit & { seen: "today" | "visit" | "added"; at: Date };

/**
 * The Clients page before any search: the clients the desk is most likely after. Today's clients
 * first (in appointment order), then those seen in the last two weeks (latest first), then cards
 * added lately. Cancelled visits count too: a client who just cancelled often rings back.
 */
export async function recentClients(tx: Tx, timezone: string, now: Date, limit = 12): Promise<RecentClient[]> {
  const today = salonDateOf(now, timezone);
  const { start: todayStart, end: todayEnd } = salonDayRange(today, timezone);
  const since = salonDayRange(addDaysToDate(today, -RECENT_DAYS), timezone).start;
  const select = CLIENT_HIT_SELECT;

  const [todays, earlier, added] = await Promise.all([
    tx.appointment.findMany({
      where: { startsAt: { gte: todayStart, lt: todayEnd }, client: { mergedIntoId: null } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: limit * 4,
      select: { startsAt: true, client: { select } },
    }),
    tx.appointment.findMany({
      where: { startsAt: { gte: since, lt: todayStart }, client: { mergedIntoId: null } },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: limit * 4,
      select: { startsAt: true, client: { select } },
    }),
    tx.client.findMany({ where: { createdAt: { gte: since }, mergedIntoId: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: { ...select, createdAt: true } }),
  ]);

  const found = new Map<number, RecentClient>();
  const add = (client: ClientHit, seen: RecentClient["seen"], at: Date) => {
    if (found.size < limit && !found.has(client.id)) found.set(client.id, { ...client, seen, at });
  };
  for (const a of todays) add(a.client, "today", a.startsAt);
  for (const a of earlier) add(a.client, "visit", a.startsAt);
  for (const { createdAt, ...c } of added) add(c, "added", createdAt);
  return [...found.values()];
}
