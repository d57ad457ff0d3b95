import type { Tx } from "@/lib/db";
import type { SalonDate } from "@/lib/time";
import { closingBefore } from "./closings";
import { eventsSinceClosing, loadFactsSinceClosing } from "./closings-facts";
import { loadCourseValueFacts } from "./course-value-facts";
import { addFigures, emptyFigures, foldCourse, groupByName, type LiabilityFigures, type LiabilityRow } from "./liability-fold";
import type { Period } from "./period";
import { courseValueEvents, settleEvents } from "./value-events";

export type LiabilityReport = {
  period: Period;
  rows: LiabilityRow[];
  total: LiabilityFigures;
  /** The closing it went on from (null: every course's history from its first day). */
  from: { closedThrough: SalonDate } | null;
};

/**
 * The course liability roll-forward for a period, per course name and in total. Only courses bought
 * by the period's last day can have anything in it. It goes on from the last month-end closing
 * before the period (lib/reports/closings.ts) when there is one: only the courses something happened
 * to since are replayed, the others keep their closing balance.
 */
export async function loadLiability(tx: Tx, period: Period, today: SalonDate, timezone: string): Promise<LiabilityReport> {
  const base = await closingBefore(tx, period.from);
  if (!base) {
    const facts = await loadCourseValueFacts(tx, { purchasedBy: period.to }, period.to, timezone);
    const courses = facts.map((f) => ({ name: f.name, figures: foldCourse(settleEvents(courseValueEvents(f, today)), period) }));
    return { period, ...groupByName(courses), from: null };
  }
  const { courses, carriedByName } = await loadFactsSinceClosing(tx, base, period.to, timezone, "byName");
  const replayed = courses.map((c) => ({
    name: c.name,
    figures: foldCourse(settleEvents(eventsSinceClosing(c, base.closedThrough, today), c.start), period, c.start.remainingMinor),
  }));
  const { rows, total } = groupByName(replayed);
  // The courses that did nothing since the closing, already summed per name: they owe the same throughout.
  for (const c of carriedByName) {
    const row = rows.find((r) => r.name === c.name) ?? rows[rows.push({ name: c.name, courses: 0, figures: emptyFigures() }) - 1];
    const kept = foldCourse([], period, c.remainingMinor);
    row.courses += c.courses;
    addFigures(row.figures, kept);
    addFigures(total, kept);
  }
  rows.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return { period, rows, total, from: { closedThrough: base.closedThrough } };
}
