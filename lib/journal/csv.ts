/**
 * The journal as Xero's manual journal import file (Accounting → Manual Journals → Import; the
 * template Xero offers has these columns, * = required). Each entry's lines share a narration and a
 * date, which is how Xero groups them into one journal. Amounts are positive for a debit and negative
 * for a credit; dates are dd/mm/yyyy. The VAT is already worked out and posted to the VAT account line
 * by line, so every line's tax rate is "No VAT" and Xero adds none of its own. Xero imports at most
 * 300 lines a file: a busy month may need its period split. Pure.
 */
import { decimal, text, toCsv } from "@/lib/reports/csv";
import type { AccountCodes } from "./accounts";
import type { Journal } from "./journal";

export const XERO_COLUMNS = ["*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount", "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2"];
export const XERO_NO_VAT = "No VAT";

/** 2026-11-03 → 03/11/2026. */
export const ukDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

export function journalCsv(journal: Journal, codes: AccountCodes): { filename: string; body: string } {
  const rows = journal.entries.flatMap((e) =>
    e.lines.map((l) => [text(e.narration), ukDate(e.day), text(l.description), text(codes[l.account]), XERO_NO_VAT, decimal(l.amountMinor), "", "", "", ""]),
  );
  return { filename: `journal-${journal.period.from}-to-${journal.period.to}.csv`, body: toCsv(XERO_COLUMNS, rows) };
}
