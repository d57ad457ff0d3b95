/** Money is integer minor units (pence, cents) everywhere; one currency per salon. */

export function formatMoney(minor: number, currency = "GBP"): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(minor / 100);
}

/** "12.50" or "12" -> 1250; anything else -> null. */
export function parseMoney(text: string): number | null {
  const trimmed = text.trim().replace(/^[£$€]/, "").replace(/,/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  const [whole, fraction = ""] = trimmed.split(".");
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : null;
}

/**
 * Splits `total` over `weights` in proportion, in whole minor units, so the parts add up to `total`
 * exactly (largest remainder). A package sold for £500 whose lines list at £600 + £400 → £300 + £200.
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) {
    const parts = weights.map(() => 0);
    parts[0] = total;
    return parts;
  }
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i] += 1;
  return parts;
}

/**
 * The value of using `units` more of a line worth `lineValue` for `quantity` units sold, after
 * `alreadyUsed` units. Cumulative value after n units is round(V·min(n,Q)/Q), so the units of a
 * line always add up to exactly its value, and units added later by a manager are worth nothing.
 */
export function unitsValue(lineValue: number, quantity: number, alreadyUsed: number, units: number): number {
  if (quantity <= 0) return 0;
  const cumulative = (n: number) => Math.round((lineValue * Math.min(Math.max(n, 0), quantity)) / quantity);
  return cumulative(alreadyUsed + units) - cumulative(alreadyUsed);
}
