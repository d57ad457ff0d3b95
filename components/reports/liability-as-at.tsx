import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import { TextField } from "@/components/ui/text-field";
import type { LiabilityAsAt } from "@/lib/reports/as-of-liability";
import { dateLabel } from "@/lib/reports/format";
import type { Period } from "@/lib/reports/period";
import { REPORTS_PATH } from "@/lib/reports/report-url";
import { MoneyCell, ReportTable, RowHead, Th, CountCell } from "./report-table";

type Props = { period: Period; asAt: { date: string; time: string } | null; report: LiabilityAsAt | null; currency: string };

/** "As at" a past date and time: a GET form (the moment lives in the URL) and what was owed then, per course. */
export function LiabilityAsAtView({ period, asAt, report, currency }: Props) {
  const courses = report?.rows.reduce((a, r) => a + r.courses, 0) ?? 0;
  return (
    <div>
      <form method="get" action={`${REPORTS_PATH}#as-at`} aria-label="Liability as at" className="flex flex-wrap items-end gap-3 border-b border-line px-5 py-4">
        <input type="hidden" name="report" value="liability" />
        <input type="hidden" name="from" value={period.from} />
        <input type="hidden" name="to" value={period.to} />
        <TextField label="As at date" name="asAtDate" type="date" defaultValue={asAt?.date ?? ""} className="w-44" />
        <TextField label="As at time" name="asAtTime" type="time" defaultValue={asAt?.time ?? "23:59"} className="w-32" hint="23:59: at close" />
        <Button type="submit" variant="secondary">
          Show as at
        </Button>
      </form>
      {report && (
        <>
          <p className="border-b border-line px-5 py-3 text-sm text-ink-muted">
            What the salon owed on its clients’ courses at {asAt?.time} on {dateLabel(report.day)}, from the records.
            {report.closing && (
              <>
                {" "}
                The closing of {dateLabel(report.closing.closedThrough)} kept{" "}
                <span className="font-medium text-ink">{formatMoney(report.closing.totalMinor, currency)}</span>
                {report.closing.totalMinor === report.totalMinor ? "." : " (records made since have changed that day)."}
              </>
            )}
          </p>
          <ReportTable
            caption={`Course liability as at ${asAt?.time} on ${dateLabel(report.day)}`}
            head={
              <tr>
                <Th>Course</Th>
                <Th numeric>Client courses</Th>
                <Th numeric>Owed</Th>
              </tr>
            }
            foot={
              <tr>
                <RowHead>Total</RowHead>
                <CountCell value={courses} />
                <MoneyCell minor={report.totalMinor} currency={currency} strong />
              </tr>
            }
          >
            {report.rows.map((row) => (
              <tr key={row.name}>
                <RowHead wrap>{row.name}</RowHead>
                <CountCell value={row.courses} />
                <MoneyCell minor={row.owedMinor} currency={currency} strong />
              </tr>
            ))}
          </ReportTable>
        </>
      )}
    </div>
  );
}
