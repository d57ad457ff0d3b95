import type { NextRequest } from "next/server";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { hasRole } from "@/lib/auth/roles";
import { loadTakings } from "@/lib/cash-up/takings";
import { takingsCsv } from "@/lib/cash-up/takings-csv";
import { db } from "@/lib/db";
import { csvResponse, plainResponse } from "@/lib/reports/csv-response";
import { resolvePeriod } from "@/lib/reports/period";
import { reportContext } from "@/lib/reports/report-context";

export const dynamic = "force-dynamic";

/** GET /manager/reports/takings/csv?from=&to= — takings and cash-up as a CSV download. Managers only. */
export async function GET(request: NextRequest) {
  const staff = await getCurrentStaff();
  if (!staff) return plainResponse("Please sign in again.", 401);
  if (!hasRole(staff, "MANAGER")) return plainResponse("Reports are for managers only.", 403);
  const ctx = await reportContext(db);
  const search = request.nextUrl.searchParams;
  const period = resolvePeriod({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined }, ctx.today);
  // The page only links to periods it has checked; anything else is a hand-made URL.
  if (period.notices.length > 0) return plainResponse(period.notices.join("\n"), 400);
  return csvResponse(takingsCsv(await loadTakings(db, period)));
}
