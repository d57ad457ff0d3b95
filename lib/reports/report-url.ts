import type { ReportId } from "./labels";
import type { Period } from "./period";

export const REPORTS_PATH = "/manager/reports";
/** Takings and cash-up: a page of its own (it takes counts). */
export const TAKINGS_PATH = `${REPORTS_PATH}/takings`;

export function reportHref(report: ReportId, period: Period): string {
  const q = new URLSearchParams({ report, from: period.from, to: period.to });
  return `${REPORTS_PATH}?${q}`;
}

export function csvHref(report: ReportId, period: Period): string {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  return `${REPORTS_PATH}/${report}/csv?${q}`;
}
