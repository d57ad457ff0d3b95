/**
 * VAT on the salon's VAT-inclusive prices. Pure. A sale line keeps its VAT as a row per rate
 * (SaleLineVat): a single service has one, a package sold as a single-purpose voucher has one per
 * rate of its lines (its VAT falls on the sale day, pro-rata to what each line is worth), and a
 * redemption has none (it was taxed when the course was sold). Receipts and reports add those rows
 * up, so they always agree.
 */
import { allocate } from "@/lib/money";

export type VatRow = { rateBp: number; grossMinor: number; vatMinor: number };

/** The highest rate the salon may set: 100% (UK rates are 20, 5 and 0). */
export const MAX_RATE_BP = 10_000;

/** The VAT inside a VAT-inclusive amount at a rate in basis points, to the nearest penny (a refund's is negative). */
export function vatIn(grossMinor: number, rateBp: number): number {
  const vat = Math.round((Math.abs(grossMinor) * rateBp) / (10_000 + rateBp));
  return grossMinor < 0 ? -vat : vat;
}

/** The rate a service is sold at: its own, else the salon's; null when the salon is not VAT registered. */
export function serviceRate(settings: { vatRegistered: boolean; vatRateBp: number }, service: { vatRateBp: number | null }): number | null {
  return settings.vatRegistered ? (service.vatRateBp ?? settings.vatRateBp) : null;
}

/** One row for a line at one rate (none when not registered or nothing was charged). */
export function vatRowFor(grossMinor: number, rateBp: number | null): VatRow[] {
  if (rateBp === null || grossMinor === 0) return [];
  return [{ rateBp, grossMinor, vatMinor: vatIn(grossMinor, rateBp) }];
}

/** Parts of one amount at their rates, grouped by rate (highest first), each group's VAT on its total. */
export function vatByRate(parts: { grossMinor: number; rateBp: number | null }[]): VatRow[] {
  const byRate = new Map<number, number>();
  for (const p of parts) if (p.rateBp !== null) byRate.set(p.rateBp, (byRate.get(p.rateBp) ?? 0) + p.grossMinor);
  return [...byRate.entries()]
    .sort((a, b) => b[0] - a[0])
    .flatMap(([rateBp, grossMinor]) => vatRowFor(grossMinor, rateBp));
}

/**
 * The share of a sold line's VAT rows in `grossMinor` of it (a partial refund, negative): the amount
 * split over the rates in proportion to their gross, each part's VAT at its rate.
 */
export function vatShare(rows: VatRow[], grossMinor: number): VatRow[] {
  if (rows.length === 0 || grossMinor === 0) return [];
  const total = rows.reduce((sum, r) => sum + r.grossMinor, 0);
  const sign = Math.sign(grossMinor);
  // All of it: exactly the VAT it was sold with (fresh rows: a caller may hand over stored ones).
  if (Math.abs(grossMinor) === Math.abs(total)) return rows.map((r) => ({ rateBp: r.rateBp, grossMinor: sign * Math.abs(r.grossMinor), vatMinor: sign * Math.abs(r.vatMinor) }));
  const parts = allocate(Math.abs(grossMinor), rows.map((r) => Math.abs(r.grossMinor)));
  return rows.flatMap((r, i) => vatRowFor(sign * parts[i], r.rateBp));
}

/** The rows that undo others (a void's negative line). */
export const negateVat = (rows: VatRow[]): VatRow[] => rows.map((r) => ({ rateBp: r.rateBp, grossMinor: -r.grossMinor, vatMinor: -r.vatMinor }));

/** Receipt and report totals: VAT rows added up per rate, highest rate first; net = gross − VAT. */
export function vatSummary(rows: VatRow[]): (VatRow & { netMinor: number })[] {
  const byRate = new Map<number, VatRow>();
  for (const r of rows) {
    const into = byRate.get(r.rateBp) ?? { rateBp: r.rateBp, grossMinor: 0, vatMinor: 0 };
    into.grossMinor += r.grossMinor;
    into.vatMinor += r.vatMinor;
    byRate.set(r.rateBp, into);
  }
  return [...byRate.values()].sort((a, b) => b.rateBp - a.rateBp).map((r) => ({ ...r, netMinor: r.grossMinor - r.vatMinor }));
}

/** "20%", "5%", "12.5%", "0%". */
export function rateLabel(rateBp: number): string {
  return `${Number((rateBp / 100).toFixed(2))}%`;
}

/** A rate typed by a manager ("20", "5", "12.5", "0", "20%") in basis points, or null when it is not one. */
export function parseRate(text: string): number | null {
  const t = text.trim().replace(/%$/, "").trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const bp = Math.round(Number(t) * 100);
  return bp <= MAX_RATE_BP ? bp : null;
}
