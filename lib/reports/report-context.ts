import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, type SalonDate } from "@/lib/time";

export type ReportContext = { timezone: string; currency: string; today: SalonDate; now: Date };

/** The salon's zone and currency, and today as the salon sees it. */
export async function reportContext(tx: Tx, now: Date = new Date()): Promise<ReportContext> {
  const { timezone, currency } = await getSettings(tx);
  return { timezone, currency, today: salonDateOf(now, timezone), now };
}
