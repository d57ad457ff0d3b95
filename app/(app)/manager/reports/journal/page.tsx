import type { Metadata } from "next";
import Link from "next/link";
import { AccountSummary } from "@/components/journal/account-summary";
import { JournalEntries } from "@/components/journal/journal-entries";
import { LiabilityTie } from "@/components/journal/liability-tie";
import { PeriodNotices, PeriodPicker } from "@/components/reports/period-picker";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadAccountCodes } from "@/lib/journal/account-codes";
import { ACCOUNT_CODES_PATH, JOURNAL_PATH, journalCsvHref } from "@/lib/journal/journal-url";
import { loadJournal } from "@/lib/journal/load-journal";
import { periodLabel, resolvePeriod } from "@/lib/reports/period";
import { reportContext } from "@/lib/reports/report-context";
import { REPORTS_PATH } from "@/lib/reports/report-url";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Journal" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function JournalPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("MANAGER");
  const query = await searchParams;
  const ctx = await reportContext(db);
  const period = resolvePeriod({ from: query.from, to: query.to }, ctx.today);
  const [journal, codes] = await Promise.all([loadJournal(db, period, ctx.now), loadAccountCodes(db)]);
  const lines = journal.entries.reduce((a, e) => a + e.lines.length, 0);

  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <PageHeader
        title="Journal"
        description="The period in double entry for your accountant: takings by method, courses sold and used, forfeits, expiries, refunds, voids and VAT. Every entry balances."
        className="mb-0"
        actions={
          <>
            <Link href={REPORTS_PATH} className={buttonClasses({ variant: "ghost" })}>
              Reports
            </Link>
            <Link href={ACCOUNT_CODES_PATH} className={buttonClasses({ variant: "secondary" })}>
              Account codes
            </Link>
          </>
        }
      />
      <PeriodPicker period={period} path={JOURNAL_PATH} today={ctx.today} />
      <PeriodNotices period={period} />
      <Card
        title="Accounts"
        description={`${periodLabel(period)}. Debits and credits per account; the CSV is a Xero manual journal import (${journal.entries.length} ${journal.entries.length === 1 ? "journal" : "journals"}, ${lines} lines).`}
        padding="none"
        actions={
          <a href={journalCsvHref(period)} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Download CSV
          </a>
        }
      >
        <AccountSummary journal={journal} codes={codes} currency={ctx.currency} />
        <LiabilityTie journal={journal} codes={codes} currency={ctx.currency} />
      </Card>
      <Card title="Entries" description="One entry per day and kind of event; amounts merged per account." padding="none">
        <JournalEntries journal={journal} codes={codes} currency={ctx.currency} />
      </Card>
    </div>
  );
}
