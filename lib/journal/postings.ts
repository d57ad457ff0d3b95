/**
 * The double-entry postings of the salon's records. Pure: lib/journal/load-journal.ts loads the
 * records, lib/journal/journal.ts gathers postings into the day's entries.
 *
 * A posting is one side of a movement: a positive amount is a debit, a negative one a credit. Every
 * record (a sale, or one settled change to a course's value) posts amounts that add up to zero, so any
 * grouping of whole records balances.
 */
import type { SalonDate } from "@/lib/time";
import type { AccountKey } from "./accounts";

/** The journal entries of a day, one per kind, in this order. */
export const ENTRY_KINDS = ["sales", "courseSales", "redemptions", "forfeits", "voids", "refunds", "expiries", "adjustments"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_TITLES: Record<EntryKind, string> = {
  sales: "Services and other sales",
  courseSales: "Courses sold",
  redemptions: "Course sessions redeemed",
  forfeits: "Sessions forfeited",
  voids: "Checkouts voided",
  refunds: "Courses refunded",
  expiries: "Courses expired",
  adjustments: "Course adjustments and transfers",
};

export type Posting = { day: SalonDate; entry: EntryKind; account: AccountKey; description: string; amountMinor: number };

export type JournalSale = {
  id: number;
  day: SalonDate;
  lines: {
    kind: "SERVICE" | "COURSE" | "OTHER";
    amountMinor: number;
    /** Set on a void's negative line: the charge it reverses. */
    reversesLineId: number | null;
    /** The line's VAT by rate (SaleLineVat); empty when the salon was not VAT registered. */
    vat: { rateBp: number; vatMinor: number }[];
  }[];
  payments: { method: string; amountMinor: number }[];
};

/** "VAT 20%", "VAT 5%", "VAT 17.5%". */
export const vatLabel = (rateBp: number) => `VAT ${Number((rateBp / 100).toFixed(2))}%`;

const PAYMENT_ACCOUNT: Record<string, { account: AccountKey; description: string }> = {
  CARD: { account: "cardClearing", description: "Card payments" },
  CASH: { account: "cashInTill", description: "Cash payments" },
};

function saleEntry(sale: JournalSale): EntryKind {
  if (sale.lines.some((l) => l.reversesLineId !== null)) return "voids";
  if (sale.lines.some((l) => l.kind === "COURSE" && l.amountMinor < 0)) return "refunds";
  if (sale.lines.some((l) => l.kind === "COURSE")) return "courseSales";
  return "sales";
}

/**
 * Where a sale line's amount net of VAT goes. A course sold is credited to suspense here and debited
 * back from it by the course's own "sold" posting (coursePostings), which credits the course
 * liability: both sit in the same entry, so suspense is left with nothing unless the records disagree.
 * A refund's amount goes to course adjustments, where the release of the course's unused value meets
 * it: what is left there is the refund above (or below) the unused value.
 */
function lineAccount(line: JournalSale["lines"][number]): { account: AccountKey; description: string } {
  if (line.kind === "SERVICE") return { account: "serviceRevenue", description: line.reversesLineId === null ? "Services" : "Services voided" };
  if (line.kind === "OTHER") return { account: "otherSales", description: "Other sales" };
  return line.amountMinor >= 0 ? { account: "suspense", description: "Courses sold" } : { account: "courseAdjustments", description: REFUND_DIFFERENCE };
}

export const REFUND_DIFFERENCE = "Refund above or below the unused value";

/** A sale: each payment method debited (credited when paid back), each line credited net of its VAT, the VAT credited by rate. */
export function salePostings(sale: JournalSale): Posting[] {
  const entry = saleEntry(sale);
  const out: Posting[] = [];
  const post = (account: AccountKey, description: string, amountMinor: number) => {
    if (amountMinor !== 0) out.push({ day: sale.day, entry, account, description, amountMinor });
  };
  for (const p of sale.payments) {
    const to = PAYMENT_ACCOUNT[p.method] ?? { account: "suspense" as const, description: "Payments by an unknown method" };
    post(to.account, to.description, p.amountMinor);
  }
  for (const line of sale.lines) {
    const vat = line.vat.reduce((sum, v) => sum + v.vatMinor, 0);
    const to = lineAccount(line);
    post(to.account, to.description, -(line.amountMinor - vat));
    for (const v of line.vat) post("vat", vatLabel(v.rateBp), -v.vatMinor);
  }
  const unbalanced = out.reduce((sum, p) => sum + p.amountMinor, 0);
  post("suspense", "Payments that do not match the sale", -unbalanced);
  return out;
}
