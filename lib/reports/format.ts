import { format, parseISO } from "date-fns";
import type { SalonDate } from "@/lib/time";

/** "Mon 2 Nov" — the day column of a report. */
export const dayLabel = (day: SalonDate) => format(parseISO(day), "EEE d MMM");

/** "2 Nov 2026" */
export const dateLabel = (day: SalonDate) => format(parseISO(day), "d MMM yyyy");

/** Whole units for chart axes: "£1,200", "-£50". */
export function axisMoney(minor: number, currency = "GBP"): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(minor / 100);
}

/** Under a chart bar: the day of the month, or "1 Nov" when the period runs over more than a month. */
export const barLabel = (day: SalonDate, bars: number) => (bars > 31 ? format(parseISO(day), "d MMM") : String(Number(day.slice(8))));
