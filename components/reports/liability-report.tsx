import type { LiabilityReport } from "@/lib/reports/liability";
import { dateLabel } from "@/lib/reports/format";
import { LIABILITY_COLUMNS } from "@/lib/reports/labels";
import { periodLabel } from "@/lib/reports/period";
import { MoneyCell, ReportTable, RowHead, Th } from "./report-table";

export function LiabilityReportView({ report, currency }: { report: LiabilityReport; currency: string }) {
  const courses = report.rows.reduce((a, r) => a + r.courses, 0);
  return (
    <div>
      <p className="border-b border-line px-5 py-3 text-sm text-ink-muted">
        What the salon owes on unused course sessions: opening at the start of {dateLabel(report.period.from)}, closing at the end of{" "}
        {dateLabel(report.period.to)}. Closing = opening + sold + transferred in + voided or waived − transferred out − redeemed − forfeited − adjusted − refunded − expired.
        Refunded is the value released, not the money paid back (that is in Daily sales).
      </p>
      {report.rows.length === 0 ? (
        <p className="px-5 py-8 text-center text-sm text-ink-muted">No course held any value in this period.</p>
      ) : (
        <ReportTable
          dense
          caption={`Course liability per course, ${periodLabel(report.period)}`}
          head={
            <tr>
              <Th>Course</Th>
              {LIABILITY_COLUMNS.map(([key, label]) => (
                <Th key={key} numeric>
                  {label}
                </Th>
              ))}
            </tr>
          }
          foot={
            <tr>
              <RowHead>
                Total
                <span className="block text-xs font-normal text-ink-muted">{courses} client courses</span>
              </RowHead>
              {LIABILITY_COLUMNS.map(([key]) => (
                <MoneyCell key={key} minor={report.total[key]} currency={currency} strong />
              ))}
            </tr>
          }
        >
          {report.rows.map((row) => (
            <tr key={row.name} className="hover:bg-slate-50/70">
              <RowHead wrap className="min-w-36">
                {row.name}
                <span className="block text-xs font-normal text-ink-muted">
                  {row.courses} client {row.courses === 1 ? "course" : "courses"}
                </span>
              </RowHead>
              {LIABILITY_COLUMNS.map(([key]) => (
                <MoneyCell key={key} minor={row.figures[key]} currency={currency} strong={key === "closing"} />
              ))}
            </tr>
          ))}
        </ReportTable>
      )}
    </div>
  );
}
