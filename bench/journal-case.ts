/**
 * The journal export for last month on the bench salon, as its CSV route builds it: the journal
 * (lib/journal/load-journal.ts), the account codes and the Xero file. Target: under 1 s.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { loadAccountCodes } from "@/lib/journal/account-codes";
import { journalCsv } from "@/lib/journal/csv";
import { loadJournal } from "@/lib/journal/load-journal";
import { presetPeriod } from "@/lib/reports/period";
import { salonDateOf } from "@/lib/time";

export type JournalCase = { id: "journalMonth"; label: string; run: () => Promise<unknown> };

export function journalCase(db: PrismaClient, timezone: string, now: Date = new Date()): JournalCase {
  const month = presetPeriod("last-month", salonDateOf(now, timezone));
  return {
    id: "journalMonth",
    label: "report: monthly journal export (CSV)",
    run: async () => {
      const [journal, codes] = await Promise.all([loadJournal(db, month, now), loadAccountCodes(db)]);
      return journalCsv(journal, codes);
    },
  };
}
