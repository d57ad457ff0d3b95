import type { NextRequest } from "next/server";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { loadAccountCodes } from "@/lib/journal/account-codes";
import { journalCsv } from "@/lib/journal/csv";
import { loadJournal } from "@/lib/journal/load-journal";
import { csvResponse, plainResponse } from "@/lib/reports/csv-response";
import { resolvePeriod } from "@/lib/reports/period";
import { reportContext } from "@/lib/reports/report-context";

export const dynamic = "force-dynamic";

/**
 * GET /manager/reports/journal/csv?from=&to= — the period's journal as a Xero manual journal import
 * file. Route handlers are not behind the page guard, so this checks the caller itself.
 */
export async function GET(request: NextRequest) {
  const staff = await getCurrentStaff();
  if (!staff) return plainResponse("Please sign in again.", 401);
  if (!hasRole(staff, "MANAGER")) return plainResponse("The journal is for managers only.", 403);

  const ctx = await reportContext(db);
  const search = request.nextUrl.searchParams;
  const period = resolvePeriod({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined }, ctx.today);
  // The page only links to periods it has already checked; anything else is a hand-made URL.
  if (period.notices.length > 0) return plainResponse(period.notices.join("\n"), 400);

  const [journal, codes] = await Promise.all([loadJournal(db, period, ctx.now), loadAccountCodes(db)]);
  return csvResponse(journalCsv(journal, codes));
}
