import type { ReportId } from "./labels";
import type { Period } from "./period";

export const REPORTS_PATH = "/manager/reports";

export function reportHref(report: ReportId, period: Period): string {
  const q = new URLSearchParams({ report, from: period.from, to: period.to });
  return `${REPORTS_PATH}?${q}`;
}

export function csvHref(report: ReportId, period: Period): string {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  return `${REPORTS_PATH}/${report}/csv?${q}`;
}
