import type { Tx } from "@/lib/db";
import type { DayHours } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf, salonMinutesOf, weekdayOf } from "@/lib/time";
import type { SalonSettingsInput } from "./settings-input";
import { fullName } from "@/lib/clients/display";

/**
 * Salon settings: one row of SalonSettings and seven rows of OpeningHours, written together. Nothing
 * already booked moves: the answer lists upcoming appointments the new hours leave outside, so the
 * desk can call those clients.
 */

export type OutsideHours = { count: number; examples: string[] };
export type SettingsSaved = { outsideHours: OutsideHours };

export async function saveSalonSettings(tx: Tx, input: SalonSettingsInput, now: Date): Promise<SettingsSaved> {
  const { hours, ...settings } = input;
  await tx.salonSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  for (const [weekday, day] of hours.entries()) {
    const row = day ? { opensAtMin: day.opensAtMin, closesAtMin: day.closesAtMin } : { opensAtMin: null, closesAtMin: null };
    await tx.openingHours.upsert({ where: { weekday }, create: { weekday, ...row }, update: row });
  }
  const timezone = (await tx.salonSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timezone: true } })).timezone;
  return { outsideHours: await upcomingOutsideHours(tx, hours, timezone, now) };
}

/** Booked appointments from now on that start or end outside the given hours (at most a few named). */
export async function upcomingOutsideHours(tx: Tx, hours: DayHours[], timezone: string, now: Date): Promise<OutsideHours> {
  const upcoming = await tx.appointment.findMany({
    where: { status: "BOOKED", startsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true, endsAt: true, client: { select: { firstName: true, lastName: true } } },
  });
  const outside = upcoming.filter((a) => {
    const date = salonDateOf(a.startsAt, timezone);
    const day = hours[weekdayOf(date)];
    if (!day) return true;
    const end = salonDateOf(a.endsAt, timezone) === date ? salonMinutesOf(a.endsAt, timezone) : 24 * 60;
    return salonMinutesOf(a.startsAt, timezone) < day.opensAtMin || end > day.closesAtMin;
  });
  return {
    count: outside.length,
    examples: outside
      .slice(0, 3)
      .map((a) => `${formatSalonDate(salonDateOf(a.startsAt, timezone))} ${formatSalonTime(a.startsAt, timezone)}, ${fullName(a.client)}`),
  };
}
