import { LIVE_STATUSES } from "@/lib/appointments/guards";
import type { Tx } from "@/lib/db";
import { loadRotas } from "@/lib/rota/load-rota";
import { getSettings, type DayHours, type SalonSettingsView } from "@/lib/settings/salon-settings";
import { addDaysToDate, formatSalonTime, salonDateOf, salonDayRange, weekdayOf, type SalonDate } from "@/lib/time";
import { loadOnlineService, staffForChoice, type BookableStaff, type OnlineService } from "./catalogue";
import { dayRefusal, freeTimes, instantsOn, nextFreeTimes, openingWindow, spansAsIntervals, type FreeTime, type Interval, type Rooms, type StaffDay } from "./free-times";

export type Choice = { serviceId: number; staffId: number | null };

/** "off": open, but none of the staff chosen works that day. */
export type DaySummary = { date: SalonDate; state: "open" | "closed" | "off" | "full" | "unavailable"; freeCount: number };

type Loaded = { settings: SalonSettingsView; service: OnlineService; staff: BookableStaff[]; today: SalonDate };

/** One day as the free-time rules see it. */
export type DayPlan = {
  window: Interval | null;
  staff: StaffDay[];
  rooms: Rooms | null;
  /** Live appointments starting that day, per staff member ("Anyone" goes to the least booked). */
  bookedThatDay: Map<number, number>;
  /** Someone chosen works that day (the salon may be open while they are all off). */
  working: boolean;
};

/** No appointment lasts a day: a lower bound on startsAt keeps the reads index ranges. */
const DAY_MS = 24 * 3600_000;

async function loadChoice(tx: Tx, choice: Choice, now: Date): Promise<Loaded> {
  const [settings, service] = await Promise.all([getSettings(tx), loadOnlineService(tx, choice.serviceId)]);
  const staff = await staffForChoice(tx, service, choice.staffId);
  return { settings, service, staff, today: salonDateOf(now, settings.timezone) };
}

/**
 * The days from `from` as the rules see them, from one read per table whatever the number of staff
 * or days: rotas and exceptions, the staff's live appointments, and the live appointments holding a
 * room of the kind the service needs.
 */
async function planDays(tx: Tx, loaded: Loaded, from: SalonDate, days: number): Promise<{ opening: DayHours[]; plans: Map<SalonDate, DayPlan> }> {
  const tz = loaded.settings.timezone;
  const dates = Array.from({ length: days }, (_, i) => addDaysToDate(from, i));
  const range = { start: salonDayRange(dates[0], tz).start, end: salonDayRange(dates[dates.length - 1], tz).end };
  const ids = loaded.staff.map((s) => s.id);
  const live = { status: { in: [...LIVE_STATUSES] }, startsAt: { lt: range.end, gt: new Date(+range.start - DAY_MS) }, endsAt: { gt: range.start } };
  const kind = loaded.service.resourceKind;
  const [rotas, appointments, resources, held] = await Promise.all([
    loadRotas(tx, ids, dates[0], dates[dates.length - 1]),
    tx.appointment.findMany({ where: { staffId: { in: ids }, ...live }, select: { staffId: true, startsAt: true, endsAt: true } }),
    kind ? tx.resource.findMany({ where: { kind, active: true }, select: { id: true } }) : null,
    kind
      ? tx.appointment.findMany({ where: { resource: { is: { kind, active: true } }, ...live }, select: { resourceId: true, startsAt: true, endsAt: true } })
      : null,
  ]);
  const roomIds = resources?.map((r) => r.id) ?? [];
  const holdings = (held ?? []).map((h) => ({ resourceId: h.resourceId!, start: h.startsAt, end: h.endsAt }));
  const byStaff = new Map<number, Interval[]>(ids.map((id) => [id, []]));
  for (const a of appointments) byStaff.get(a.staffId)?.push({ start: a.startsAt, end: a.endsAt });

  const plans = new Map<SalonDate, DayPlan>();
  for (const date of dates) {
    const day = salonDayRange(date, tz);
    const at = instantsOn(date, tz);
    const bookedThatDay = new Map<number, number>();
    const staff = loaded.staff.map((member) => {
      const busy = byStaff.get(member.id)!.filter((b) => +b.start < +day.end && +b.end > +day.start);
      bookedThatDay.set(member.id, busy.filter((b) => +b.start >= +day.start).length);
      return { staffId: member.id, minutes: member.minutes, windows: spansAsIntervals(rotas.spans(member.id, date), at), busy };
    });
    const window = openingWindow(date, rotas.opening[weekdayOf(date)], tz);
    const rooms: Rooms | null = kind ? { resourceIds: roomIds, held: holdings.filter((h) => +h.start < +day.end && +h.end > +day.start) } : null;
    plans.set(date, { window, staff, rooms, bookedThatDay, working: staff.some((s) => s.windows.length > 0) });
  }
  return { opening: rotas.opening, plans };
}

const timesOf = (plan: DayPlan, now: Date): FreeTime[] => freeTimes({ window: plan.window, staff: plan.staff, rooms: plan.rooms, now });

/** The free start times of one day for a service and a staff member (or anyone), with the day's plan. */
export async function loadFreeTimes(tx: Tx, choice: Choice & { date: SalonDate }, now: Date) {
  const loaded = await loadChoice(tx, choice, now);
  const refusal = dayRefusal(choice.date, loaded.today, loaded.settings.bookingHorizonDays);
  const plan = refusal ? null : (await planDays(tx, loaded, choice.date, 1)).plans.get(choice.date)!;
  return { ...loaded, refusal, plan, times: plan ? timesOf(plan, now) : [] };
}

/** A strip of days for the day picker: open with n free times, full, nobody working, closed, or not bookable. */
export async function loadDaySummaries(tx: Tx, choice: Choice & { from: SalonDate; days: number }, now: Date) {
  const loaded = await loadChoice(tx, choice, now);
  const { opening, plans } = await planDays(tx, loaded, choice.from, choice.days);
  const summaries: DaySummary[] = [...plans.entries()].map(([date, plan]) => {
    if (dayRefusal(date, loaded.today, loaded.settings.bookingHorizonDays)) return { date, state: "unavailable", freeCount: 0 };
    if (!opening[weekdayOf(date)]) return { date, state: "closed", freeCount: 0 };
    if (!plan.working) return { date, state: "off", freeCount: 0 };
    const times = timesOf(plan, now);
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
