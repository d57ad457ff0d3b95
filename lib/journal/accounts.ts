/**
 * The salon's ledger accounts the journal export posts to, with the code each one goes out under.
 * A manager sets the codes (Manager → Settings → Account codes, stored in LedgerAccount); an account
 * without a row uses its default here. Pure.
 *
 * Defaults follow Xero's UK default chart of accounts where it has the account (200 Sales, 260-range
 * other revenue, 820 VAT, 850 Suspense); where it has none (a till, card takings waiting for the
 * settlement, income received in advance for courses) a free code in the right range is used:
 * 601/602 among current assets, 815 among current liabilities, 261–263 next to Other Revenue.
 */
import { z } from "zod";

export const ACCOUNT_KEYS = [
  "cardClearing",
  "cashInTill",
  "deferredRevenue",
  "vat",
  "serviceRevenue",
  "otherSales",
  "courseBreakage",
  "forfeitIncome",
  "courseAdjustments",
  "suspense",
] as const;

export type AccountKey = (typeof ACCOUNT_KEYS)[number];

export type AccountInfo = { name: string; defaultCode: string; what: string };

export const ACCOUNTS: Record<AccountKey, AccountInfo> = {
  cardClearing: { name: "Card takings clearing", defaultCode: "601", what: "Card payments taken at the till, until the card provider pays them into the bank (refunds and voids paid back by card come off)." },
  cashInTill: { name: "Cash in till", defaultCode: "602", what: "Cash taken at the till, less cash paid back." },
  deferredRevenue: { name: "Course liability (income in advance)", defaultCode: "815", what: "What clients have paid for courses and packages and not yet used: credited on sale, released as sessions are redeemed, forfeited, expire or are refunded." },
  vat: { name: "VAT", defaultCode: "820", what: "Output VAT on services and on courses (a course's VAT falls on its sale day). Only used when the salon is VAT registered." },
  serviceRevenue: { name: "Service sales", defaultCode: "200", what: "Services charged at checkout, and course sessions as they are redeemed (net of discounts and VAT)." },
  otherSales: { name: "Other sales", defaultCode: "200", what: "Anything else sold at the till." },
  courseBreakage: { name: "Expired course income", defaultCode: "261", what: "Course value left unused when a course expires (and taken back if a manager extends it again)." },
  forfeitIncome: { name: "Forfeited sessions income", defaultCode: "262", what: "Sessions forfeited by a no-show or a late cancellation (and taken back when a forfeit is waived)." },
  courseAdjustments: { name: "Course adjustments", defaultCode: "263", what: "Value a manager removed from a course, and the difference when a refund is more or less than the unused value." },
  suspense: { name: "Suspense", defaultCode: "850", what: "Anything the records do not explain (e.g. a sale whose payments do not add up to its lines). Normally empty." },
};

/** Xero takes an account code of up to 10 letters or digits; a few joining marks are kept for other packages. */
export const MAX_CODE_LENGTH = 10;

/** One account's code as a manager types it: trimmed, short, nothing that would break a CSV cell or start a formula. */
export const accountCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter a code, e.g. 200.")
  .max(MAX_CODE_LENGTH, `Use at most ${MAX_CODE_LENGTH} characters, as your accounts package does.`)
  .regex(/^[A-Za-z0-9]/, "Start the code with a letter or a digit.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, "Use only letters, digits, spaces and . _ / - (no commas or quotes).");

/** Every account's code, all at once (the form saves them together). */
export const accountCodesSchema = z.object(Object.fromEntries(ACCOUNT_KEYS.map((k) => [k, accountCodeSchema])) as Record<AccountKey, typeof accountCodeSchema>);

export type AccountCodes = Record<AccountKey, string>;

export const isAccountKey = (value: string): value is AccountKey => (ACCOUNT_KEYS as readonly string[]).includes(value);

/** The codes in use: a stored code where there is one, else the default. Unknown stored keys are ignored. */
export function resolveAccountCodes(stored: { key: string; code: string }[]): AccountCodes {
  const codes = Object.fromEntries(ACCOUNT_KEYS.map((k) => [k, ACCOUNTS[k].defaultCode])) as AccountCodes;
  for (const row of stored) if (isAccountKey(row.key)) codes[row.key] = row.code;
  return codes;
}

export const defaultAccountCodes = (): AccountCodes => resolveAccountCodes([]);
