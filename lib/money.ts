/** Money is integer minor units (pence, cents) everywhere; one currency per salon. */

// Making an Intl.NumberFormat costs far more than using one (a drawer's price list made dozens);
// one per currency is kept.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(minor: number, currency = "GBP"): string {
  let formatter = formatters.get(currency);
  if (!formatter) formatters.set(currency, (formatter = new Intl.NumberFormat("en-GB", { style: "currency", currency })));
  return formatter.format(minor / 100);
}

/** £1,000,000.00: no amount a person types into the app (a price, a refund) is anywhere near it. */
export const MAX_TYPED_MINOR = 100_000_000;

export type MoneyInput = { ok: true; minor: number } | { ok: false; error: string };

const refuse = (error: string): MoneyInput => ({ ok: false, error });
const TOO_LARGE = `That is more than ${formatMoney(MAX_TYPED_MINOR)}: check the amount.`;

/** A whole part: plain digits ("12000") or digits grouped in threes by commas ("12,000"). */
const WHOLE = String.raw`(\d+|\d{1,3}(?:,\d{3})+)`;
const AMOUNT = new RegExp(`^${WHOLE}(?:\\.(\\d*))?$`);
const POINT_ONLY = /^\.(\d+)$/;
/** "149,99" or "1,234,5": a comma used as the decimal point. */
const COMMA_FOR_PENCE = new RegExp(`^${WHOLE},(\\d{1,2})$`);

/**
 * The one reader of an amount a person typed ("1,499.99", "£45", "12.5") into minor units.
 * A comma is only a thousands separator, in its right places: "149,99" is refused (it is not
 * £14,999), with the fix spelled out. Never negative, at most 2 decimals, at most £1,000,000.
 */
export function parseMoneyInput(text: string): MoneyInput {
  let s = text.trim();
  if (s === "") return refuse("Enter an amount, e.g. 45.00.");
  if (/^[-−–]/.test(s) || /^[£$€]\s*[-−–]/.test(s)) return refuse("The amount can't be negative.");
  s = s.replace(/^[£$€]\s*/, "");

  const commaForPence = COMMA_FOR_PENCE.exec(s);
  const amount = AMOUNT.exec(s) ?? (POINT_ONLY.test(s) ? ["", "0", s.slice(1)] : null);
  const whole = (commaForPence ?? amount)?.[1].replace(/,/g, "");
  if (whole !== undefined && whole.replace(/^0+/, "").length > 7) return refuse(TOO_LARGE);
  if (commaForPence) return refuse(`Use a point for pence: ${commaForPence[1]}.${commaForPence[2]}`);
  if (!amount || whole === undefined) {
    if (/^[\d,]*(\.\d*)?$/.test(s) && s.includes(",")) return refuse("Put commas only between thousands, like 1,499.99, or leave them out.");
    return refuse("Enter an amount like 45.00.");
  }
  const fraction = amount[2] ?? "";
  if (fraction.length > 2) return refuse("Use at most 2 decimal places (pence), like 45.99.");
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (minor > MAX_TYPED_MINOR) return refuse(TOO_LARGE);
  return { ok: true, minor };
}

/** parseMoneyInput for code that only needs the number: null when the text is refused. */
export function parseMoney(text: string): number | null {
  const parsed = parseMoneyInput(text);
  return parsed.ok ? parsed.minor : null;
}

/** An amount as it is put back into a box to edit: "1499.99" (no symbol, no separators). */
export function moneyInputText(minor: number): string {
  return (minor / 100).toFixed(2);
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
