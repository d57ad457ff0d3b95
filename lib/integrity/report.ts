import type { FindingKind, IntegrityReport } from "./check";

/** What each kind of finding breaks, in the words of domain.md. */
export const FINDING_TITLES: Record<FindingKind, string> = {
  LINE_OVERDRAWN: "Course lines with more redeemed + booked than their total",
  REDEMPTION_STATE: "Redemptions whose appointment was not completed (or no-show / cancelled for a forfeit)",
  REDEMPTION_LINE: "Redemptions of a line the appointment is not linked to",
  DOUBLE_COUNTED: "Appointments redeemed or charged twice",
  UNSETTLED_COMPLETED: "Completed appointments neither redeemed nor charged",
  SALE_UNBALANCED: "Sales whose lines do not add up to the total",
  STAFF_OVERLAP: "Overlapping live appointments of one staff member",
  WRONG_SERVICE: "Appointments holding a course line of another service",
  OTHER_CLIENTS_COURSE: "Appointments using another client's course",
  HELD_ON_REFUNDED: "Appointments still holding sessions of a refunded course",
  OUTSIDE_VALIDITY: "Sessions held or redeemed outside their course's validity",
  BROKEN_CORRECTION: "Corrections (voids, waivers) whose records do not add up",
  REPORTS_DISAGREE: "Months whose reports do not reconcile (redemptions, liability, sales)",
};

/** A report for a person: a summary line, then each kind with up to `limit` examples. */
export function formatIntegrityReport(report: IntegrityReport, limit = 20): string {
  const { checked } = report;
  const lines = [
    `Checked ${checked.courseLines} course lines, ${checked.appointments} appointments, ${checked.redemptions} redemptions, ${checked.sales} sales and ${checked.reportMonths} months of reports in ${report.ms} ms.`,
  ];
  if (report.findings.length === 0) {
    lines.push("Clean: every rule holds.");
    return lines.join("\n");
  }
  lines.push(`${report.findings.length} finding(s):`);
  for (const kind of Object.keys(FINDING_TITLES) as FindingKind[]) {
    const found = report.findings.filter((f) => f.kind === kind);
    if (found.length === 0) continue;
    lines.push("", `${FINDING_TITLES[kind]} (${kind}): ${found.length}`);
    for (const f of found.slice(0, limit)) lines.push(`  - ${f.message}`);
    if (found.length > limit) lines.push(`  … and ${found.length - limit} more`);
  }
  return lines.join("\n");
}
