import { formatMoney } from "@/lib/money";
import type { RedemptionFigures, RedemptionsReport } from "@/lib/reports/daily-redemptions";
import { barLabel, dayLabel } from "@/lib/reports/format";
import { periodLabel } from "@/lib/reports/period";
import { BarChart, type ChartSeries } from "./bar-chart";
import { CountCell, MoneyCell, ReportTable, RowHead, Th } from "./report-table";

const SERIES: ChartSeries[] = [
  { label: "Value redeemed", fill: "fill-redeemed", swatch: "bg-redeemed" },
  { label: "Value forfeited", fill: "fill-slate-400", swatch: "bg-slate-400" },
];

const empty = (r: RedemptionsReport) => r.days.every((d) => d.redeemedValue === 0 && d.forfeitedValue === 0);

function summary(r: RedemptionsReport, currency: string): string {
  const t = r.total;
  const head = `Course redemptions, ${periodLabel(r.period)}`;
  const back = t.reversedCount ? `; ${t.reversedCount} voided or waived, ${formatMoney(t.reversedValue, currency)} back on courses` : "";
  return `${head}: ${t.sessions} sessions and ${t.minutes} minutes redeemed, worth ${formatMoney(t.redeemedValue, currency)}; ${t.forfeitedCount} forfeited, worth ${formatMoney(t.forfeitedValue, currency)}${back}.`;
}

function Cells({ f, currency, strong }: { f: RedemptionFigures; currency: string; strong?: boolean }) {
  return (
    <>
      <CountCell value={f.sessions} />
      <CountCell value={f.minutes} />
      <MoneyCell minor={f.redeemedValue} currency={currency} strong={strong} />
      <CountCell value={f.forfeitedCount} />
      <MoneyCell minor={f.forfeitedValue} currency={currency} strong={strong} />
      <MoneyCell minor={f.reversedValue} currency={currency} strong={strong} />
    </>
  );
}

export function RedemptionsReportView({ report, currency }: { report: RedemptionsReport; currency: string }) {
  return (
    <div>
      <div className="border-b border-line px-5 py-4">
        {empty(report) ? (
          <p className="py-6 text-center text-sm text-ink-muted">Nothing was redeemed or forfeited in this period.</p>
        ) : (
          <BarChart
            series={SERIES}
            bars={report.days.map((d) => ({ key: d.day, label: barLabel(d.day, report.days.length), title: dayLabel(d.day), values: [d.redeemedValue, d.forfeitedValue] }))}
            summary={summary(report, currency)}
            currency={currency}
          />
        )}
      </div>
      <ReportTable
        caption={`Course redemptions per day, ${periodLabel(report.period)}`}
        head={
          <tr>
            <Th>Date</Th>
            <Th numeric>Sessions redeemed</Th>
            <Th numeric>Minutes redeemed</Th>
            <Th numeric>Value redeemed</Th>
            <Th numeric>Forfeited</Th>
            <Th numeric>Forfeited value</Th>
            <Th numeric>Voided or waived</Th>
          </tr>
        }
        foot={
          <tr>
            <RowHead>Total</RowHead>
            <Cells f={report.total} currency={currency} strong />
          </tr>
        }
      >
        {report.days.map((d) => (
          <tr key={d.day} className="hover:bg-slate-50/70">
            <RowHead>
              <time dateTime={d.day}>{dayLabel(d.day)}</time>
            </RowHead>
            <Cells f={d} currency={currency} />
          </tr>
        ))}
      </ReportTable>
    </div>
  );
}
