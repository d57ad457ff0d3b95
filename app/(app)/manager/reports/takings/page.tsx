import type { Metadata } from "next";
import { TakingsView } from "@/components/cash-up/takings-view";
import { PeriodNotices, PeriodPicker } from "@/components/reports/period-picker";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { lastFloat } from "@/lib/cash-up/count-cash";
import { loadTakings } from "@/lib/cash-up/takings";
import { db } from "@/lib/db";
import { periodLabel, resolvePeriod } from "@/lib/reports/period";
import { reportContext } from "@/lib/reports/report-context";
import { REPORTS_PATH, TAKINGS_PATH } from "@/lib/reports/report-url";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Takings and cash-up" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function TakingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("MANAGER");
  const query = await searchParams;
  const ctx = await reportContext(db);
  const period = resolvePeriod({ from: query.from, to: query.to }, ctx.today);
  const [report, floatMinor] = await Promise.all([loadTakings(db, period), lastFloat(db)]);
  const q = new URLSearchParams({ from: period.from, to: period.to });

  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <PageHeader
        title="Takings and cash-up"
        description="What the till took each day by card and in cash, and the cash counted at close against what the drawer should hold."
        className="mb-0"
        actions={
          <a href={REPORTS_PATH} className={buttonClasses({ variant: "secondary" })}>
            All reports
          </a>
        }
      />
      <PeriodPicker period={period} path={TAKINGS_PATH} today={ctx.today} />
      <PeriodNotices period={period} />
      <Card
        title="Takings by day"
        description={`${periodLabel(period)}. Cash is after change given and cash paid back; a refund or a void counts on its own day. Expected cash is the float plus the day's cash.`}
        padding="none"
        actions={
          <a href={`${TAKINGS_PATH}/csv?${q}`} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Download CSV
          </a>
        }
      >
        <TakingsView report={report} currency={ctx.currency} timezone={ctx.timezone} today={ctx.today} lastFloatMinor={floatMinor} />
      </Card>
    </div>
  );
}
