import { decimal, text, toCsv } from "@/lib/reports/csv";
import type { CsvFile } from "@/lib/reports/report-csv";
import type { TakingsReport } from "./takings";

/** Takings and cash-up per day: one row a day, the latest count's figures, and the total. */
export function takingsCsv(r: TakingsReport): CsvFile {
  const money = (minor: number | null | undefined) => (minor === null || minor === undefined ? "" : decimal(minor));
  return {
    filename: `takings-${r.period.from}-to-${r.period.to}.csv`,
    body: toCsv(
      ["Date", "Sales", "Card", "Cash", "Total", "Float", "Expected cash", "Counted cash", "Variance", "Counted by", "Note", "Counts"],
      [
        ...r.days.map((d) => [
          d.day,
          d.sales,
          decimal(d.cardMinor),
          decimal(d.cashMinor),
          decimal(d.totalMinor),
          money(d.count?.floatMinor),
          money(d.expectedMinor),
          money(d.count?.countedMinor),
          money(d.varianceMinor),
          text(d.count?.countedBy ?? ""),
          text(d.count?.note ?? ""),
          d.count ? 1 + d.recounts.length : 0,
        ]),
        ["Total", r.total.sales, decimal(r.total.cardMinor), decimal(r.total.cashMinor), decimal(r.total.totalMinor), "", "", "", decimal(r.total.varianceMinor), "", "", ""],
      ],
    ),
  };
}
