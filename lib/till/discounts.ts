import { allocate } from "@/lib/money";

/**
 * Discounts at the till, in whole pence. A discount is an amount or a percentage, on one charged line
 * or on the whole visit; a visit discount is shared across the lines in proportion to what is left of
 * each (largest remainder, so the pennies add up exactly), so every line knows what it really earned
 * (reports, VAT and the journal read the net line). Pure: the checkout screen and the server agree.
 */

export type Discount = { kind: "AMOUNT"; minor: number } | { kind: "PERCENT"; percent: number };

export type DiscountedLine = { key: number; listMinor: number; discountMinor: number; amountMinor: number };

export class DiscountError extends Error {}

/** What `discount` takes off `baseMinor`: a percentage rounds half up to the penny. */
export function discountOff(baseMinor: number, discount: Discount): number {
  if (discount.kind === "PERCENT") {
    if (!(discount.percent > 0 && discount.percent <= 100)) throw new DiscountError("A percentage discount is more than 0 and at most 100.");
    return Math.round((baseMinor * discount.percent) / 100);
  }
  if (!Number.isSafeInteger(discount.minor) || discount.minor <= 0) throw new DiscountError("A discount is more than nothing.");
  if (discount.minor > baseMinor) throw new DiscountError("A discount cannot be more than what it is taken off.");
  return discount.minor;
}

/**
 * The charged lines after their own discounts and then the visit's. `lineDiscounts` is keyed by the
 * line's key (the appointment); a key that is not a charged line is refused.
 */
export function applyDiscounts(
  lines: { key: number; listMinor: number }[],
  lineDiscounts: ReadonlyMap<number, Discount>,
  visitDiscount: Discount | null,
): DiscountedLine[] {
  for (const key of lineDiscounts.keys()) {
    if (!lines.some((l) => l.key === key)) throw new DiscountError("A discount is on a line that is not charged in this visit.");
  }
  const afterLine = lines.map((l) => {
    const d = lineDiscounts.get(l.key);
    const off = d ? discountOff(l.listMinor, d) : 0;
    return { key: l.key, listMinor: l.listMinor, discountMinor: off, amountMinor: l.listMinor - off };
  });
  if (!visitDiscount) return afterLine;
  const rest = afterLine.reduce((sum, l) => sum + l.amountMinor, 0);
  const off = discountOff(rest, visitDiscount);
  const shares = allocate(off, afterLine.map((l) => l.amountMinor));
  return afterLine.map((l, i) => ({ ...l, discountMinor: l.discountMinor + shares[i], amountMinor: l.amountMinor - shares[i] }));
}

/** A discount as the desk chooses it: on one charged line (its appointment) or on the whole visit (null). */
export type DiscountOn = { appointmentId: number | null } & Discount;

/** The visit's charged lines after the desk's discounts: one per line at most, and one on the whole visit. */
export function discountVisit(lines: { key: number; listMinor: number }[], discounts: readonly DiscountOn[]): DiscountedLine[] {
  const visit = discounts.filter((d) => d.appointmentId === null);
  if (visit.length > 1) throw new DiscountError("A visit takes one discount on the whole; others go on its lines.");
  const perLine = new Map<number, Discount>();
  for (const d of discounts) {
    if (d.appointmentId === null) continue;
    if (perLine.has(d.appointmentId)) throw new DiscountError("A line takes one discount.");
    perLine.set(d.appointmentId, d);
  }
  return applyDiscounts(lines, perLine, visit[0] ?? null);
}
