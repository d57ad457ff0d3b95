import type { Tx } from "@/lib/db";
import type { SalonDate } from "@/lib/time";
import { loadCourseValueFacts } from "./course-value-facts";
import { foldCourse, groupByName, type LiabilityFigures, type LiabilityRow } from "./liability-fold";
import type { Period } from "./period";
import { courseValueEvents, settleEvents } from "./value-events";

export type LiabilityReport = { period: Period; rows: LiabilityRow[]; total: LiabilityFigures };

/**
 * The course liability roll-forward for a period, per course name and in total. Only courses bought
 * by the period's last day can have anything in it.
 */
export async function loadLiability(tx: Tx, period: Period, today: SalonDate, timezone: string): Promise<LiabilityReport> {
  const facts = await loadCourseValueFacts(tx, { purchasedBy: period.to }, period.to, timezone);
  const courses = facts.map((f) => ({ name: f.name, figures: foldCourse(settleEvents(courseValueEvents(f, today)), period) }));
  return { period, ...groupByName(courses) };
}
