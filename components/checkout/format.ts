import { format, parseISO } from "date-fns";
import type { SalonDate } from "@/lib/time";

/** "Monday 1 June 2026": the day of a visit, written out. */
export function longDate(date: SalonDate): string {
  return format(parseISO(date), "EEEE d MMMM yyyy");
}

export const PAYMENT_LABEL: Record<"CASH" | "CARD" | "SPLIT" | "NONE", string> = {
  CARD: "Card",
  CASH: "Cash",
  SPLIT: "Card and cash",
  NONE: "No payment needed",
};
