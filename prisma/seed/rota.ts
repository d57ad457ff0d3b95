/**
 * The demo team's rotas and date exceptions, as rows for StaffWeekHours / StaffDayException and as
 * the spans the planner books into. Spans come from lib/rota/working-hours.ts, the function the
 * desk's checks use, so the seed never books a time the app would warn about.
 */
import { workingSpans, type HoursRow, type Span } from "@/lib/rota/working-hours";
import { addDaysToDate, weekdayOf, type SalonDate } from "@/lib/time";
import { WEEK_HOURS } from "@/prisma/factories";
import type { StaffSeed } from "./catalogue";

export type DayException = HoursRow & { staffKey: string; date: SalonDate; note: string };

const OFF: HoursRow = { startMin: null, endMin: null, breakStartMin: null, breakEndMin: null };

const isOpen = (date: SalonDate) => WEEK_HOURS[weekdayOf(date)][1] > WEEK_HOURS[weekdayOf(date)][0];

/** A staff member's seven weekdays (0 = Sunday): the salon's hours on the days they work, with their lunch. */
export function weekRows(staff: StaffSeed): HoursRow[] {
  return WEEK_HOURS.map(([open, close], weekday) => {
    if (close <= open || !staff.days.includes(weekday)) return OFF;
    const [startMin, endMin] = staff.hours?.[weekday] ?? [open, close];
    return { startMin, endMin, breakStartMin: staff.lunch?.[0] ?? null, breakEndMin: staff.lunch?.[1] ?? null };
  });
}

/** The open days after `today`: [1st, 2nd, …]. */
function openDaysAfter(today: SalonDate, count: number): SalonDate[] {
  const days: SalonDate[] = [];
  for (let d = 1; days.length < count; d++) if (isOpen(addDaysToDate(today, d))) days.push(addDaysToDate(today, d));
  return days;
}

/**
 * When the demo's exceptions fall, counted in open days after today (today itself not counted):
 * Chloe's two-day holiday is the first pair of consecutive open days from the 10th on that she both
 * works; Sophie's training afternoon is the first open day from the 12th on that she works.
 */
export function demoExceptionDates(today: SalonDate, staff: StaffSeed[]): { chloeHoliday: [SalonDate, SalonDate]; sophieTraining: SalonDate } {
  const days = openDaysAfter(today, 30);
  const works = (key: string, date: SalonDate) => staff.find((s) => s.key === key)!.days.includes(weekdayOf(date));
  let k = 9; // index of the 10th open day
  while (!(works("chloe", days[k]) && works("chloe", days[k + 1]))) k++;
  let m = 11;
  while (!works("sophie", days[m])) m++;
  return { chloeHoliday: [days[k], days[k + 1]], sophieTraining: days[m] };
}

export function demoExceptions(today: SalonDate, staff: StaffSeed[]): DayException[] {
  const { chloeHoliday, sophieTraining } = demoExceptionDates(today, staff);
  return [
    ...chloeHoliday.map((date) => ({ staffKey: "chloe", date, ...OFF, note: "Holiday" })),
    { staffKey: "sophie", date: sophieTraining, startMin: 10 * 60, endMin: 15 * 60, breakStartMin: null, breakEndMin: null, note: "Training afternoon" },
  ];
}

/** Who works when, as the app reads it: spans per staff member and date. */
export function rotaSpans(staff: StaffSeed[], exceptions: DayException[]): (staffKey: string, date: SalonDate) => Span[] {
  const weeks = new Map(staff.map((s) => [s.key, weekRows(s)]));
  const exceptionOf = new Map(exceptions.map((e) => [`${e.staffKey} ${e.date}`, e]));
  return (staffKey, date) => {
    const weekday = weekdayOf(date);
    const [open, close] = WEEK_HOURS[weekday];
    const opening = close > open ? { opensAtMin: open, closesAtMin: close } : null;
    return workingSpans(opening, { hasRota: true, week: weeks.get(staffKey)![weekday], exception: exceptionOf.get(`${staffKey} ${date}`) ?? null });
  };
}
