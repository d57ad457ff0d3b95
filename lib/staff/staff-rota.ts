import type { Tx } from "@/lib/db";
import type { HoursRow } from "@/lib/rota/working-hours";
import { getOpeningHours, getSettings, type DayHours } from "@/lib/settings/salon-settings";
import { salonDateOf, type SalonDate } from "@/lib/time";

export type DayExceptionRow = HoursRow & { id: number; date: SalonDate; note: string };

/** Manager → Staff → Hours: what the rota page shows. */
export type StaffRotaView = {
  /** The salon's opening hours by weekday (0 = Sunday): they bound every working day. */
  opening: DayHours[];
  /** Their week by weekday, or null: no rota of their own, they work the salon's opening hours. */
  week: HoursRow[] | null;
  /** Date exceptions from today on, soonest first. */
  upcoming: DayExceptionRow[];
  /** The last few before today, latest first. */
  recent: DayExceptionRow[];
  today: SalonDate;
};

const RECENT = 5;
const columns = { id: true, date: true, startMin: true, endMin: true, breakStartMin: true, breakEndMin: true, note: true } as const;

export async function loadStaffRota(tx: Tx, staffId: number, now: Date): Promise<StaffRotaView> {
  const { timezone } = await getSettings(tx);
  const today = salonDateOf(now, timezone);
  const [opening, rows, upcoming, recent] = await Promise.all([
    getOpeningHours(tx),
    tx.staffWeekHours.findMany({ where: { staffId }, orderBy: { weekday: "asc" } }),
    tx.staffDayException.findMany({ where: { staffId, date: { gte: today } }, orderBy: { date: "asc" }, select: columns }),
    tx.staffDayException.findMany({ where: { staffId, date: { lt: today } }, orderBy: { date: "desc" }, take: RECENT, select: columns }),
  ]);
  const off: HoursRow = { startMin: null, endMin: null, breakStartMin: null, breakEndMin: null };
  const week =
    rows.length === 0
      ? null
      : Array.from({ length: 7 }, (_, weekday) => {
          const r = rows.find((x) => x.weekday === weekday);
          return r ? { startMin: r.startMin, endMin: r.endMin, breakStartMin: r.breakStartMin, breakEndMin: r.breakEndMin } : off;
        });
  return { opening, week, upcoming, recent, today };
}
