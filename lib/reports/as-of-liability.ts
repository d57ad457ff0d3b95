import type { Tx } from "@/lib/db";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { balancesAt, closingBefore } from "./closings";
import { eventsSinceClosing, loadFactsSinceClosing } from "./closings-facts";
import { happenedBy, settleState } from "./value-events";

export type LiabilityAsAtRow = { name: string; courses: number; owedMinor: number };
export type LiabilityAsAt = {
  at: Date;
  day: SalonDate;
  rows: LiabilityAsAtRow[];
  totalMinor: number;
  /** The closing of that day, when one was taken: at the day's close the two agree. */
  closing: { closedThrough: SalonDate; totalMinor: number } | null;
};

/**
 * What the salon owed its clients at a past instant ("what did we owe on 31 March at close?"), per
 * course name: every course's remaining value after the events up to that instant, as the records
 * say now (like the liability report, so at a day's close it equals that day's closing and the
 * report's closing figure). Starts from the last closing before that day. One client course's
 * balance as at a moment (lib/courses/as-of-balance.ts) is instead what was recorded by then: the two
 * differ only for an expiry fixed later on an earlier day (see staleCourses in closings-facts.ts).
 */
export async function loadLiabilityAsAt(tx: Tx, at: Date, timezone: string): Promise<LiabilityAsAt> {
  const day = salonDateOf(at, timezone);
  const [base, closing] = await Promise.all([
    closingBefore(tx, day),
    tx.liabilityClosing.findUnique({ where: { closedThrough: day }, select: { closedThrough: true, totalMinor: true } }),
  ]);
  const byName = new Map<string, LiabilityAsAtRow>();
  const add = (name: string, courses: number, owedMinor: number) => {
    if (owedMinor === 0) return;
    const row = byName.get(name) ?? byName.set(name, { name, courses: 0, owedMinor: 0 }).get(name)!;
    row.courses += courses;
    row.owedMinor += owedMinor;
  };
  if (base) {
    // The courses nothing happened to since the closing, already summed per name; the others replayed to `at`.
    const { courses, carriedByName } = await loadFactsSinceClosing(tx, base, day, timezone, "byName");
    for (const c of carriedByName) add(c.name, c.courses, c.remainingMinor);
    for (const c of courses) {
      const events = eventsSinceClosing(c, base.closedThrough, day).filter((e) => happenedBy(e, day, +at));
      add(c.name, 1, settleState(events, c.start).remainingMinor);
    }
  } else {
    for (const b of await balancesAt(tx, day, +at, timezone)) add(b.name, 1, b.remainingMinor);
  }
  const rows = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return { at, day, rows, totalMinor: rows.reduce((sum, r) => sum + r.owedMinor, 0), closing };
}
