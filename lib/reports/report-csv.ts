import { decimal, text, toCsv } from "./csv";
import { hasVat, VAT_COLUMNS, type SalesReport } from "./daily-sales";
import type { RedemptionsReport } from "./daily-redemptions";
import type { ExpiringReport } from "./expiring-courses";
import { LIABILITY_COLUMNS, lineLeftLabel, SALES_COLUMNS } from "./labels";
import type { LiabilityReport } from "./liability";

export type CsvFile = { filename: string; body: string };

const span = (from: string, to: string) => `${from}-to-${to}`;

export function salesCsv(r: SalesReport): CsvFile {
  const columns = [...SALES_COLUMNS, ...(hasVat(r) ? VAT_COLUMNS : [])];
  const money = (f: SalesReport["total"]) => columns.map(([key]) => decimal(f[key]));
  return {
    filename: `sales-${span(r.period.from, r.period.to)}.csv`,
    body: toCsv(["Date", ...columns.map(([, label]) => label)], [...r.days.map((d) => [d.day, ...money(d)]), ["Total", ...money(r.total)]]),
  };
}

export function redemptionsCsv(r: RedemptionsReport): CsvFile {
  const row = (f: RedemptionsReport["total"]) => [f.sessions, f.minutes, decimal(f.redeemedValue), f.forfeitedCount, decimal(f.forfeitedValue), decimal(f.reversedValue)];
  return {
    filename: `redemptions-${span(r.period.from, r.period.to)}.csv`,
    body: toCsv(
      ["Date", "Sessions redeemed", "Minutes redeemed", "Value redeemed", "Forfeited", "Forfeited value", "Voided or waived"],
      [...r.days.map((d) => [d.day, ...row(d)]), ["Total", ...row(r.total)]],
    ),
  };
}

export function liabilityCsv(r: LiabilityReport): CsvFile {
  const money = (f: LiabilityReport["total"]) => LIABILITY_COLUMNS.map(([key]) => decimal(f[key]));
  return {
    filename: `liability-${span(r.period.from, r.period.to)}.csv`,
    body: toCsv(
      ["Course", "Client courses", ...LIABILITY_COLUMNS.map(([, label]) => label)],
      [...r.rows.map((row) => [text(row.name), row.courses, ...money(row.figures)]), ["Total", r.rows.reduce((a, row) => a + row.courses, 0), ...money(r.total)]],
    ),
  };
}

export function expiringCsv(r: ExpiringReport): CsvFile {
  return {
    filename: `expiring-${span(r.from, r.to)}.csv`,
    body: toCsv(
      ["Client", "Client ID", "Course", "Expires on", "Left", "Remaining value"],
      r.courses.map((c) => [text(c.clientName), c.clientId, text(c.courseName), c.expiresOn, text(c.lines.map(lineLeftLabel).join("; ")), decimal(c.remainingValueMinor)]),
    ),
  };
}
