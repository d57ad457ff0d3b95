import type { Tx } from "@/lib/db";
import { loadDailyRedemptions } from "./daily-redemptions";
import { loadDailySales } from "./daily-sales";
import { loadExpiringCourses } from "./expiring-courses";
import type { ReportId } from "./labels";
import { loadLiability } from "./liability";
import type { Period } from "./period";
import type { ReportContext } from "./report-context";
import { expiringCsv, liabilityCsv, redemptionsCsv, salesCsv, type CsvFile } from "./report-csv";

/** Loads one report and writes it as CSV. Expiring soon ignores the period: it always looks 30 days ahead. */
export async function loadReportCsv(tx: Tx, report: ReportId, period: Period, ctx: ReportContext): Promise<CsvFile> {
  switch (report) {
    case "sales":
      return salesCsv(await loadDailySales(tx, period));
    case "redemptions":
      return redemptionsCsv(await loadDailyRedemptions(tx, period));
    case "liability":
      return liabilityCsv(await loadLiability(tx, period, ctx.today, ctx.timezone));
    case "expiring":
      return expiringCsv(await loadExpiringCourses(tx, ctx.today, ctx.timezone, ctx.now));
  }
}
