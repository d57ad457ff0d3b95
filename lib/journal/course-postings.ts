/**
 * The postings of the course liability ("deferred revenue"): every settled change to a client course's
 * value (lib/reports/value-events.ts, the very events the liability report folds) moves the account.
 * Pure.
 *
 * How the account reconciles to the liability report. The report is in gross value (price paid,
 * VAT included). When a course was sold without VAT the account holds exactly that value: it moves
 * identically to the report, to the penny, in every period. When the sale carried VAT, the VAT was
 * due on the sale day (a single-purpose voucher) and went to the VAT account, so the account holds the
 * course's net price N, not its gross G. Its balance for a course is then always
 * round(N × remaining ÷ G): each release is the change in that figure, so a course's releases add up
 * to exactly N when it is used up (cumulative rounding, the rule money.ts unitsValue uses, rather than
 * allocate(): releases arrive one at a time and a past day's entry must never change when a later one
 * comes). The difference between the report and the account is the VAT already accounted for on what
 * is still unused. A transferred course carries on with the net that left the course it came from.
 */
import type { Period } from "@/lib/reports/period";
import { courseValueEvents, settleWithSource, type CourseValueFacts, type SettledEvent, type SourcedEvent } from "@/lib/reports/value-events";
import type { SalonDate } from "@/lib/time";
import type { AccountKey } from "./accounts";
import type { EntryKind, Posting } from "./postings";
import { REFUND_DIFFERENCE } from "./postings";

export type JournalCourse = {
  facts: CourseValueFacts;
  /** The VAT on the course's sale line (Σ SaleLineVat.vatMinor); 0 when sold without VAT. */
  vatAtSaleMinor: number;
  /** A course made by a transfer: the course it came from. */
  transferredFromId: number | null;
};

/** The course liability over a period, gross (the liability report's figures) and as the account holds it (net of VAT). */
export type DeferredTotals = { openingGross: number; closingGross: number; openingNet: number; closingNet: number };

type Source = "VOID" | "WAIVE" | null;

type Target = { account: AccountKey; entry: EntryKind; description: string; /** The course liability's side, when it reads differently. */ released?: string };

const TARGET: Record<Exclude<SettledEvent["kind"], "reversed">, Target> = {
  sold: { account: "suspense", entry: "courseSales", description: "Courses sold" },
  transferredIn: { account: "courseAdjustments", entry: "adjustments", description: "Transferred between clients" },
  transferredOut: { account: "courseAdjustments", entry: "adjustments", description: "Transferred between clients" },
  redeemed: { account: "serviceRevenue", entry: "redemptions", description: "Course sessions redeemed" },
  forfeited: { account: "forfeitIncome", entry: "forfeits", description: "Sessions forfeited" },
  adjusted: { account: "courseAdjustments", entry: "adjustments", description: "Value removed by a manager" },
  refunded: { account: "courseAdjustments", entry: "refunds", description: REFUND_DIFFERENCE, released: "Unused value of refunded courses" },
  expired: { account: "courseBreakage", entry: "expiries", description: "Unused value of expired courses" },
  reinstated: { account: "courseBreakage", entry: "expiries", description: "Expired value reinstated" },
};

const REVERSAL: Record<"VOID" | "WAIVE", Target> = {
  VOID: { account: "serviceRevenue", entry: "voids", description: "Redeemed sessions given back" },
  WAIVE: { account: "forfeitIncome", entry: "forfeits", description: "Forfeits waived" },
};

/** The course's events, each correction marked a void or a waived forfeit. */
function sourcedEvents(facts: CourseValueFacts, today: SalonDate): SourcedEvent<Source>[] {
  // Tens of thousands of courses in a month's export: the events are marked in place, no copies.
  const events = courseValueEvents(facts, today) as SourcedEvent<Source>[];
  const kinds = facts.reversals.length > 0 ? new Map(facts.reversals.map((r) => [`${r.on}|${r.at}|${r.valueMinor}`, r.kind])) : null;
  for (const e of events) e.source = e.kind === "reversed" ? (kinds?.get(`${e.on}|${e.at}|${e.amountMinor}`) ?? "VOID") : null;
  return events;
}

/** What the course brought in: its lines' value, or for a transferred course the value it arrived with. */
function grossIn(facts: CourseValueFacts): number {
  if (!facts.transferredIn) return facts.lineValueMinor;
  return facts.changes.find((c) => c.kind === "TRANSFER_IN")?.amountMinor ?? facts.lineValueMinor;
}

/** The account's balance for a course with `remaining` gross value left. */
export function netRemaining(remaining: number, netIn: number, grossIn: number): number {
  if (grossIn <= 0) return 0;
  return netIn === grossIn ? remaining : Math.round((netIn * remaining) / grossIn);
}

/**
 * The postings of every course's value changes inside the period, and the liability at its ends.
 * Courses must come in id order, so a transferred course comes after the one it came from.
 */
export function coursePostings(courses: JournalCourse[], period: Period, today: SalonDate): { postings: Posting[]; totals: DeferredTotals } {
  const postings: Posting[] = [];
  const totals: DeferredTotals = { openingGross: 0, closingGross: 0, openingNet: 0, closingNet: 0 };
  /** Net released by transfers out, per course and instant: what the receiving course starts from. */
  const transferredNet = new Map<number, Map<number, number>>();

  for (const { facts, vatAtSaleMinor, transferredFromId } of courses) {
    const gross = grossIn(facts);
    const net = transferredFromId !== null ? (transferredNet.get(transferredFromId)?.get(facts.purchasedAt) ?? gross) : gross - vatAtSaleMinor;
    const netOf = (remaining: number) => netRemaining(remaining, net, gross);
    let before = 0;
    let after = 0;
    for (const e of settleWithSource(sourcedEvents(facts, today))) {
      const change = netOf(e.remainingMinor) - netOf(e.remainingMinor - e.deltaMinor);
      if (e.kind === "transferredOut") {
        const byInstant = transferredNet.get(facts.id) ?? new Map<number, number>();
        byInstant.set(e.at, (byInstant.get(e.at) ?? 0) - change);
        transferredNet.set(facts.id, byInstant);
      }
      if (e.on < period.from) before = e.remainingMinor;
      if (e.on > period.to) break;
      after = e.remainingMinor;
      if (e.on < period.from || change === 0) continue;
      const to: Target = e.kind === "reversed" ? REVERSAL[e.source ?? "VOID"] : TARGET[e.kind];
      // The account is a liability: value coming in is a credit.
      postings.push({ day: e.on, entry: to.entry, account: "deferredRevenue", description: to.released ?? to.description, amountMinor: -change });
      postings.push({ day: e.on, entry: to.entry, account: to.account, description: to.description, amountMinor: change });
    }
    totals.openingGross += before;
    totals.openingNet += netOf(before);
    totals.closingGross += after;
    totals.closingNet += netOf(after);
  }
  return { postings, totals };
}
