/**
 * Postings gathered into a journal: one entry per day and kind (courses sold, sessions redeemed…),
 * its lines merged per account and description, so a month is a few hundred lines an accountant can
 * read and import. Pure.
 */
import type { Period } from "@/lib/reports/period";
import type { SalonDate } from "@/lib/time";
import { ACCOUNT_KEYS, type AccountKey } from "./accounts";
import type { DeferredTotals } from "./course-postings";
import { ENTRY_KINDS, ENTRY_TITLES, type EntryKind, type Posting } from "./postings";

/** A line: a positive amount is a debit, a negative one a credit. */
export type JournalLine = { account: AccountKey; description: string; amountMinor: number };
export type JournalEntry = { id: string; day: SalonDate; kind: EntryKind; narration: string; lines: JournalLine[] };
export type AccountTotal = { account: AccountKey; debitMinor: number; creditMinor: number };
export type Journal = { period: Period; entries: JournalEntry[]; accounts: AccountTotal[]; deferred: DeferredTotals; vatRegistered: boolean };

export const debitOf = (line: { amountMinor: number }) => Math.max(0, line.amountMinor);
export const creditOf = (line: { amountMinor: number }) => Math.max(0, -line.amountMinor);

/** Unique per day, so an import that groups lines by narration and date keeps each entry whole. */
export const narration = (day: SalonDate, kind: EntryKind) => `Salon journal ${day}: ${ENTRY_TITLES[kind]}`;

const accountOrder = new Map(ACCOUNT_KEYS.map((k, i) => [k, i]));
const kindOrder = new Map(ENTRY_KINDS.map((k, i) => [k, i]));

/** Entries by day and kind; within one, debits first, then by account. Lines and entries that come to nothing are left out. */
export function buildEntries(postings: Posting[]): JournalEntry[] {
  const entries = new Map<string, { day: SalonDate; kind: EntryKind; lines: Map<string, JournalLine> }>();
  for (const p of postings) {
    const id = `${p.day}-${p.entry}`;
    let entry = entries.get(id);
    if (!entry) entries.set(id, (entry = { day: p.day, kind: p.entry, lines: new Map() }));
    const key = `${p.account}|${p.description}`;
    const line = entry.lines.get(key);
    if (line) line.amountMinor += p.amountMinor;
    else entry.lines.set(key, { account: p.account, description: p.description, amountMinor: p.amountMinor });
  }
  const out: JournalEntry[] = [];
  for (const [id, e] of entries) {
    const lines = [...e.lines.values()]
      .filter((l) => l.amountMinor !== 0)
      .sort((a, b) => Number(b.amountMinor > 0) - Number(a.amountMinor > 0) || accountOrder.get(a.account)! - accountOrder.get(b.account)! || a.description.localeCompare(b.description));
    if (lines.length > 0) out.push({ id, day: e.day, kind: e.kind, narration: narration(e.day, e.kind), lines });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : kindOrder.get(a.kind)! - kindOrder.get(b.kind)!));
}

/** Debits and credits per account over the entries, in the chart's order; accounts not used are left out. */
export function accountTotals(entries: JournalEntry[]): AccountTotal[] {
  const totals = new Map<AccountKey, AccountTotal>();
  for (const line of entries.flatMap((e) => e.lines)) {
    const t = totals.get(line.account) ?? { account: line.account, debitMinor: 0, creditMinor: 0 };
    t.debitMinor += debitOf(line);
    t.creditMinor += creditOf(line);
    totals.set(line.account, t);
  }
  return ACCOUNT_KEYS.flatMap((k) => totals.get(k) ?? []);
}

export function buildJournal(input: { period: Period; postings: Posting[]; deferred: DeferredTotals; vatRegistered: boolean }): Journal {
  const inPeriod = input.postings.filter((p) => p.day >= input.period.from && p.day <= input.period.to);
  const entries = buildEntries(inPeriod);
  return { period: input.period, entries, accounts: accountTotals(entries), deferred: input.deferred, vatRegistered: input.vatRegistered };
}

/** An entry's or a set of lines' debits less credits: zero when it balances. */
export const imbalance = (lines: { amountMinor: number }[]) => lines.reduce((sum, l) => sum + l.amountMinor, 0);

/** How much an account moved over the journal: debits less credits. */
export function movement(journal: Journal, account: AccountKey): number {
  const t = journal.accounts.find((a) => a.account === account);
  return t ? t.debitMinor - t.creditMinor : 0;
}
