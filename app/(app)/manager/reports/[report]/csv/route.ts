import type { NextRequest } from "next/server";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isReportId } from "@/lib/reports/labels";
import { csvResponse, plainResponse } from "@/lib/reports/csv-response";
import { loadReportCsv } from "@/lib/reports/load-report-csv";
import { resolvePeriod } from "@/lib/reports/period";
import { reportContext } from "@/lib/reports/report-context";

export const dynamic = "force-dynamic";

/**
 * GET /manager/reports/{sales|redemptions|liability|expiring}/csv?from=&to= — a report as a CSV
 * download. Route handlers are not behind the page guard, so this checks the caller itself.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ report: string }> }) {
  const staff = await getCurrentStaff();
  if (!staff) return plainResponse("Please sign in again.", 401);
  if (!hasRole(staff, "MANAGER")) return plainResponse("Reports are for managers only.", 403);
  const { report } = await params;
  if (!isReportId(report)) return plainResponse("There is no such report.", 404);

  const ctx = await reportContext(db);
  const search = request.nextUrl.searchParams;
  const period = resolvePeriod({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined }, ctx.today);
  // The page only links to periods it has already checked; anything else is a hand-made URL.
  if (period.notices.length > 0) return plainResponse(period.notices.join("\n"), 400);

  return csvResponse(await loadReportCsv(db, report, period, ctx));
}
