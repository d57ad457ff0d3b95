import { format, parseISO } from "date-fns";
import { lineListValue } from "@/lib/courses/sell-course";
import { formatMoney } from "@/lib/money";
import { validityEnd, type SalonDate } from "@/lib/time";

/** How a course template reads in lists and on the purchase screen. Pure: safe in the browser. */

type Unit = "SESSIONS" | "MINUTES";
type ValidityFrom = "PURCHASE" | "FIRST_USE";
type PricedService = { priceMinor: number; durationMinutes: number };

/** "6 × Laser underarm", "3 × Facial, 2 × Back massage", "300 min Sports massage". */
export function describeLines(unit: Unit, lines: { serviceName: string; quantity: number }[]): string {
  return lines.map((l) => (unit === "SESSIONS" ? `${l.quantity} × ${l.serviceName}` : `${l.quantity} min ${l.serviceName}`)).join(", ");
}

export function kindLabel(kind: "COURSE" | "PACKAGE"): string {
  return kind === "COURSE" ? "Course" : "Package";
}

export function unitLabel(unit: Unit): string {
  return unit === "SESSIONS" ? "Sessions" : "Minutes";
}

/** "12 months from purchase", "6 months from first session", "No expiry". */
export function describeValidity(months: number | null, from: ValidityFrom): string {
  if (!months) return "No expiry";
  return `${months} ${months === 1 ? "month" : "months"} from ${from === "PURCHASE" ? "purchase" : "first session"}`;
}

/** The whole template at list prices: the sum of lineListValue over its lines (lines without a service count 0). */
export function templateListValue(unit: Unit, lines: { quantity: number; service: PricedService | null }[]): number {
  return lines.reduce((sum, l) => sum + (l.service && l.quantity > 0 ? lineListValue(unit, l.quantity, l.service) : 0), 0);
}

export type Saving = { amountMinor: number; percent: number };

/** What the client saves against list prices; null when the price is not below them. */
export function savingOf(listValueMinor: number, priceMinor: number): Saving | null {
  if (listValueMinor <= 0 || priceMinor >= listValueMinor) return null;
  const amountMinor = listValueMinor - priceMinor;
  return { amountMinor, percent: Math.round((amountMinor / listValueMinor) * 100) };
}

/** "£360.00 → £300.00, save 17%", or just "£300.00" when there is no saving. */
export function describePrice(listValueMinor: number, priceMinor: number, currency = "GBP"): string {
  const saving = savingOf(listValueMinor, priceMinor);
  if (!saving) return formatMoney(priceMinor, currency);
  return `${formatMoney(listValueMinor, currency)} → ${formatMoney(priceMinor, currency)}, save ${saving.percent}%`;
}

/** "22 November 2027" */
export function formatLongDate(date: SalonDate): string {
  return format(parseISO(date), "d MMMM yyyy");
}

/** The expiry a course sold on `today` gets: "Expires 22 November 2027", "12 months from the first session", "No expiry". */
export function describeExpiryIfSold(months: number | null, from: ValidityFrom, today: SalonDate): string {
  if (!months) return "No expiry";
  if (from === "FIRST_USE") return `${months} ${months === 1 ? "month" : "months"} from the first session`;
  return `Expires ${formatLongDate(validityEnd(today, months))}`;
}
