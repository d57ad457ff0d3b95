import type { Period } from "@/lib/reports/period";

export const JOURNAL_PATH = "/manager/reports/journal";
export const ACCOUNT_CODES_PATH = "/manager/settings/accounts";

export function journalCsvHref(period: Period): string {
  return `${JOURNAL_PATH}/csv?${new URLSearchParams({ from: period.from, to: period.to })}`;
}
