import { formatMoney } from "@/lib/money";
import { hasVat, VAT_COLUMNS, type SalesReport } from "@/lib/reports/daily-sales";
import { barLabel, dayLabel } from "@/lib/reports/format";
import { SALES_COLUMNS } from "@/lib/reports/labels";
import { periodLabel } from "@/lib/reports/period";
import { BarChart, type ChartSeries } from "./bar-chart";
import { MoneyCell, ReportTable, RowHead, Th } from "./report-table";

const SERIES: (ChartSeries & { key: "services" | "courses" | "other" | "refunds" })[] = [
  { key: "services", label: "Services", fill: "fill-brand-600", swatch: "bg-brand-600" },
  { key: "courses", label: "Courses & packages", fill: "fill-sky-400", swatch: "bg-sky-400" },
  { key: "other", label: "Other", fill: "fill-amber-400", swatch: "bg-amber-400" },
  { key: "refunds", label: "Refunds", fill: "fill-rose-400", swatch: "bg-rose-400" },
];

const empty = (r: SalesReport) => r.days.every((d) => SERIES.every((s) => d[s.key] === 0));

function summary(r: SalesReport, currency: string): string {
  const m = (v: number) => formatMoney(v, currency);
  const t = r.total;
  const head = `Daily sales, ${periodLabel(r.period)}`;
  const best = r.days.reduce((a, d) => (d.total > a.total ? d : a));
  return `${head}: total ${m(t.total)} — services ${m(t.services)}, courses and packages ${m(t.courses)}, other ${m(t.other)}, refunds ${m(t.refunds)}. Best day ${dayLabel(best.day)} with ${m(best.total)}.`;
}

export function SalesReportView({ report, currency }: { report: SalesReport; currency: string }) {
  const columns = [...SALES_COLUMNS, ...(hasVat(report) ? VAT_COLUMNS : [])];
  return (
    <div>
      <div className="border-b border-line px-5 py-4">
        {empty(report) ? (
          <p className="py-6 text-center text-sm text-ink-muted">No sales in this period.</p>
        ) : (
          <BarChart
            series={SERIES}
            bars={report.days.map((d) => ({ key: d.day, label: barLabel(d.day, report.days.length), title: dayLabel(d.day), values: SERIES.map((s) => d[s.key]) }))}
            summary={summary(report, currency)}
            currency={currency}
          />
        )}
      </div>
      <ReportTable
        caption={`Daily sales by kind, ${periodLabel(report.period)}`}
        head={
          <tr>
            <Th>Date</Th>
            {columns.map(([key, label]) => (
              <Th key={key} numeric>
                {label}
              </Th>
            ))}
          </tr>
        }
        foot={
          <tr>
            <RowHead>Total</RowHead>
            {columns.map(([key]) => (
              <MoneyCell key={key} minor={report.total[key]} currency={currency} strong />
            ))}
          </tr>
        }
      >
        {report.days.map((d) => (
          <tr key={d.day} className="hover:bg-slate-50/70">
            <RowHead>
              <time dateTime={d.day}>{dayLabel(d.day)}</time>
            </RowHead>
            {columns.map(([key]) => (
              <MoneyCell key={key} minor={d[key]} currency={currency} strong={key === "total" && d.total !== 0} />
            ))}
          </tr>
        ))}
      </ReportTable>
    </div>
  );
}
