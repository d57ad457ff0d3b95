import { LIVE_STATUSES } from "@/lib/appointments/guards";
import type { Tx } from "@/lib/db";
import { getOpeningHours, getSettings, type SalonSettingsView } from "@/lib/settings/salon-settings";
import { addDaysToDate, formatSalonTime, salonDateOf, salonDayRange, weekdayOf, type SalonDate } from "@/lib/time";
import { loadOnlineService, staffForChoice, type BookableStaff, type OnlineService } from "./catalogue";
import { dayRefusal, freeTimes, nextFreeTimes, openingWindow, type FreeTime, type Interval } from "./free-times";

export type Choice = { serviceId: number; staffId: number | null };

export type DaySummary = { date: SalonDate; state: "open" | "closed" | "full" | "unavailable"; freeCount: number };

type Loaded = { settings: SalonSettingsView; service: OnlineService; staff: BookableStaff[]; today: SalonDate };

async function loadChoice(tx: Tx, choice: Choice, now: Date): Promise<Loaded> {
  const settings = await getSettings(tx);
  const service = await loadOnlineService(tx, choice.serviceId);
  const staff = await staffForChoice(tx, choice.staffId);
  return { settings, service, staff, today: salonDateOf(now, settings.timezone) };
}

/** Free times per day for `days` days from `from`, from one read of the staff's live appointments. */
async function freeTimesByDay(tx: Tx, loaded: Loaded, from: SalonDate, days: number, now: Date): Promise<Map<SalonDate, FreeTime[] | null>> {
  const tz = loaded.settings.timezone;
  const hours = await getOpeningHours(tx);
  const dates = Array.from({ length: days }, (_, i) => addDaysToDate(from, i));
  const range = { start: salonDayRange(dates[0], tz).start, end: salonDayRange(dates[dates.length - 1], tz).end };
  const appointments = await tx.appointment.findMany({
    where: {
      staffId: { in: loaded.staff.map((s) => s.id) },
      status: { in: [...LIVE_STATUSES] },
      startsAt: { lt: range.end },
      endsAt: { gt: range.start },
    },
    select: { staffId: true, startsAt: true, endsAt: true },
  });
  const busyOf = (staffId: number): Interval[] =>
    appointments.filter((a) => a.staffId === staffId).map((a) => ({ start: a.startsAt, end: a.endsAt }));
  const staffDays = loaded.staff.map((s) => ({ staffId: s.id, busy: busyOf(s.id) }));

  const result = new Map<SalonDate, FreeTime[] | null>();
  for (const date of dates) {
    if (dayRefusal(date, loaded.today, loaded.settings.bookingHorizonDays)) {
      result.set(date, null);
      continue;
    }
    const window = openingWindow(date, hours[weekdayOf(date)], tz);
    result.set(date, window ? freeTimes({ window, durationMinutes: loaded.service.durationMinutes, staff: staffDays, now }) : []);
  }
  return result;
}

/** The free start times of one day for a service and a staff member (or anyone). */
export async function loadFreeTimes(tx: Tx, choice: Choice & { date: SalonDate }, now: Date) {
  const loaded = await loadChoice(tx, choice, now);
  const refusal = dayRefusal(choice.date, loaded.today, loaded.settings.bookingHorizonDays);
  const times = refusal ? [] : ((await freeTimesByDay(tx, loaded, choice.date, 1, now)).get(choice.date) ?? []);
  return { ...loaded, refusal, times };
}

/** A strip of days for the day picker: open with n free times, full, closed, or not bookable. */
export async function loadDaySummaries(tx: Tx, choice: Choice & { from: SalonDate; days: number }, now: Date) {
  const loaded = await loadChoice(tx, choice, now);
  const hours = await getOpeningHours(tx);
  const byDay = await freeTimesByDay(tx, loaded, choice.from, choice.days, now);
  const summaries: DaySummary[] = [...byDay.entries()].map(([date, times]) => {
    if (times === null) return { date, state: "unavailable", freeCount: 0 };
    if (!hours[weekdayOf(date)]) return { date, state: "closed", freeCount: 0 };
    return { date, state: times.length > 0 ? "open" : "full", freeCount: times.length };
  });
  return { ...loaded, days: summaries };
}

/** The next free times of that day after `after` ("10:15", …), offered when the time chosen has just gone. */
export async function nextTimesAfter(tx: Tx, choice: Choice & { after: Date }, now: Date): Promise<{ startsAt: string; label: string }[]> {
  const { timezone } = await getSettings(tx);
  const day = await loadFreeTimes(tx, { ...choice, date: salonDateOf(choice.after, timezone) }, now);
  return nextFreeTimes(day.times, choice.after).map((t) => ({ startsAt: t.startsAt.toISOString(), label: formatSalonTime(t.startsAt, timezone) }));
}
