/** Words shared by the report tables and their CSV files, so both say the same thing. */
import type { LiabilityFigures } from "./liability-fold";
import type { ExpiringLine } from "./expiring-courses";

export const REPORTS = ["sales", "redemptions", "liability", "expiring"] as const;
export type ReportId = (typeof REPORTS)[number];

export const REPORT_TITLES: Record<ReportId, string> = {
  sales: "Daily sales",
  redemptions: "Redemptions",
  liability: "Course liability",
  expiring: "Expiring soon",
};

/** Reports on pages of their own, linked from the same tabs with the same period (?from=&to=). */
export const PAGE_REPORTS = [
  { id: "takings", title: "Takings", path: "/manager/reports/takings" },
  { id: "journal", title: "Journal", path: "/manager/reports/journal" },
] as const;
export type PageReportId = (typeof PAGE_REPORTS)[number]["id"];

export const isReportId = (value: unknown): value is ReportId => typeof value === "string" && (REPORTS as readonly string[]).includes(value);

export const SALES_COLUMNS = [
  ["services", "Services"],
  ["courses", "Courses & packages"],
  ["other", "Other"],
  ["refunds", "Refunds"],
  ["voids", "Voids"],
  ["total", "Total"],
] as const;

export const LIABILITY_COLUMNS: readonly (readonly [keyof LiabilityFigures, string])[] = [
  ["opening", "Opening"],
  ["sold", "Sold"],
  ["transferredIn", "Transferred in"],
  ["transferredOut", "Transferred out"],
  ["redeemed", "Redeemed"],
  ["forfeited", "Forfeited"],
  ["reversed", "Voided or waived"],
  ["adjusted", "Adjusted"],
  ["refunded", "Refunded"],
  ["expired", "Expired"],
  ["closing", "Closing"],
];

/** "Laser underarm: 4 of 6 sessions left, 1 booked" */
export function lineLeftLabel(line: ExpiringLine): string {
  const unit = line.unit === "SESSIONS" ? (line.total === 1 ? "session" : "sessions") : "min";
  const booked = line.booked > 0 ? `, ${line.booked} booked` : "";
  return `${line.serviceName}: ${line.left} of ${line.total} ${unit} left${booked}`;
}
