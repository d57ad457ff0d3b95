import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ExpiringReportView } from "@/components/reports/expiring-report";
import { LiabilityAsAtView } from "@/components/reports/liability-as-at";
import { LiabilityClosings } from "@/components/reports/liability-closings";
import { LiabilityReportView } from "@/components/reports/liability-report";
import { PeriodNotices, PeriodPicker } from "@/components/reports/period-picker";
import { RedemptionsReportView } from "@/components/reports/redemptions-report";
import { ReportTabs } from "@/components/reports/report-tabs";
import { SalesReportView } from "@/components/reports/sales-report";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { loadDailyRedemptions } from "@/lib/reports/daily-redemptions";
import { loadDailySales } from "@/lib/reports/daily-sales";
import { EXPIRING_WITHIN_DAYS, loadExpiringCourses } from "@/lib/reports/expiring-courses";
import { dateLabel } from "@/lib/reports/format";
import { isReportId, REPORT_TITLES, type ReportId } from "@/lib/reports/labels";
import { loadLiability } from "@/lib/reports/liability";
import { resolveAsAt } from "@/lib/reports/as-of-input";
import { loadLiabilityAsAt } from "@/lib/reports/as-of-liability";
import { listClosings } from "@/lib/reports/closings";
import { periodLabel, presetPeriod, resolvePeriod, type Period } from "@/lib/reports/period";
import { reportContext, type ReportContext } from "@/lib/reports/report-context";
import { csvHref } from "@/lib/reports/report-url";
import { closeLiabilityPeriodAction } from "@/lib/actions/closings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Loads only the report on screen. */
async function reportBody(report: ReportId, period: Period, ctx: ReportContext): Promise<{ description: string; body: ReactNode }> {
  const { currency } = ctx;
  switch (report) {
    case "sales":
      return {
        description: `${periodLabel(period)}. What was charged each day, by kind: a course counts in full on the day it was sold; redemptions are not sales.`,
        body: <SalesReportView report={await loadDailySales(db, period)} currency={currency} />,
      };
    case "redemptions":
      return {
        description: `${periodLabel(period)}. Course sessions and minutes used each day and their share of the price paid — not part of sales.`,
        body: <RedemptionsReportView report={await loadDailyRedemptions(db, period)} currency={currency} />,
      };
    case "liability":
      return {
        description: `${periodLabel(period)}. Per course and in total.`,
        body: <LiabilityReportView report={await loadLiability(db, period, ctx.today, ctx.timezone)} currency={currency} />,
      };
    case "expiring": {
      const expiring = await loadExpiringCourses(db, ctx.today, ctx.timezone, ctx.now);
      return {
        description: `Courses with something left whose last day is between today and ${dateLabel(expiring.to)} (the next ${EXPIRING_WITHIN_DAYS} days). The period above does not apply.`,
        body: <ExpiringReportView report={expiring} currency={currency} />,
      };
    }
  }
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("MANAGER");
  const query = await searchParams;
  const ctx = await reportContext(db);
  const period = resolvePeriod({ from: query.from, to: query.to }, ctx.today);
  const report: ReportId = isReportId(query.report) ? query.report : "sales";
  const { description, body } = await reportBody(report, period, ctx);
  const asAt = report === "liability" ? resolveAsAt({ asAtDate: query.asAtDate, asAtTime: query.asAtTime }, ctx.now, ctx.timezone) : null;
  const [asAtReport, closings] =
    report === "liability" ? await Promise.all([asAt?.asAt ? loadLiabilityAsAt(db, asAt.asAt.at, ctx.timezone) : null, listClosings(db)]) : [null, null];

  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <PageHeader title="Reports" description="Daily sales, course redemptions and what the salon still owes on courses." className="mb-0" />
      <PeriodPicker period={period} report={report} today={ctx.today} />
      <PeriodNotices period={period} />
      <ReportTabs current={report} period={period} />
      <Card
        title={REPORT_TITLES[report]}
        description={description}
        padding="none"
        actions={
          <a href={csvHref(report, period)} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Download CSV
          </a>
        }
      >
        {body}
      </Card>
      {report === "liability" && asAt && closings && (
        <>
          {asAt.notices.length > 0 && (
            <Alert tone="warning" title="As at">
              <ul className="list-disc space-y-0.5 pl-5">
                {asAt.notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </Alert>
          )}
          <div id="as-at" className="scroll-mt-4">
            <Card title="As at a past moment" description="What the salon owed on courses at a date and time that has passed, per course." padding="none">
              <LiabilityAsAtView period={period} asAt={asAt.asAt} report={asAtReport} currency={ctx.currency} />
            </Card>
          </div>
          <Card
            title="Closings"
            description="Close a period once it has ended (a month’s end): what every course owed is kept, and later reports start from the last closing."
            padding="none"
          >
            <LiabilityClosings
              closings={closings}
              suggested={presetPeriod("last-month", ctx.today).to}
              today={ctx.today}
              timezone={ctx.timezone}
              currency={ctx.currency}
              closeAction={closeLiabilityPeriodAction}
            />
          </Card>
        </>
      )}
    </div>
  );
}
