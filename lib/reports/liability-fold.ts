/**
 * Folds settled value events (lib/reports/value-events.ts) over a period into the liability
 * roll-forward. Pure. closing = opening + sold + transferred in + voided or waived − transferred out
 * − redeemed − forfeited − adjusted − refunded − expired, and a period's closing is the next one's opening,
 * because both are the remaining value after the same events.
 */
import type { Period } from "./period";
import type { SettledEvent } from "./value-events";

export type LiabilityFigures = {
  opening: number;
  sold: number;
  transferredIn: number;
  transferredOut: number;
  redeemed: number;
  forfeited: number;
  /** Value given back by corrections: voided checkouts and waived forfeits (by the day of the correction). */
  reversed: number;
  adjusted: number;
  refunded: number;
  /** Net of expired courses a manager extended again ("reinstated"). */
  expired: number;
  closing: number;
};

export const MOVEMENTS = ["sold", "transferredIn", "transferredOut", "redeemed", "forfeited", "reversed", "adjusted", "refunded", "expired"] as const;

export const emptyFigures = (): LiabilityFigures => ({
  opening: 0,
  sold: 0,
  transferredIn: 0,
  transferredOut: 0,
  redeemed: 0,
  forfeited: 0,
  reversed: 0,
  adjusted: 0,
  refunded: 0,
  expired: 0,
  closing: 0,
});

/**
 * One course's figures for the period. `settled` is in order (settleEvents); `startMinor` is what was
 * left before its first event (a closing's balance when the events go on from a closing).
 */
export function foldCourse(settled: SettledEvent[], period: Period, startMinor = 0): LiabilityFigures {
  const f = emptyFigures();
  f.opening = f.closing = startMinor;
  for (const e of settled) {
    if (e.on < period.from) f.opening = e.remainingMinor;
    if (e.on > period.to) break;
    f.closing = e.remainingMinor;
    if (e.on < period.from) continue;
    // Additions are positive deltas, releases negative; every column shows a positive amount.
    if (e.kind === "reinstated") f.expired -= e.deltaMinor;
    else if (e.kind === "sold" || e.kind === "transferredIn" || e.kind === "reversed") f[e.kind] += e.deltaMinor;
    else f[e.kind] -= e.deltaMinor;
  }
  return f;
}

export function addFigures(into: LiabilityFigures, f: LiabilityFigures): LiabilityFigures {
  for (const key of ["opening", ...MOVEMENTS, "closing"] as const) into[key] += f[key];
  return into;
}

/** The closing the movements imply: used by tests and a check on the totals. */
export function impliedClosing(f: LiabilityFigures): number {
  return f.opening + f.sold + f.transferredIn + f.reversed - f.transferredOut - f.redeemed - f.forfeited - f.adjusted - f.refunded - f.expired;
}

/** A course that owed nothing and did nothing in the period is not worth a row. */
export const isEmpty = (f: LiabilityFigures) => f.opening === 0 && f.closing === 0 && MOVEMENTS.every((k) => f[k] === 0);

export type LiabilityRow = { name: string; courses: number; figures: LiabilityFigures };

/** Per course name (the template's name at sale), sorted by name, and the total. */
export function groupByName(courses: { name: string; figures: LiabilityFigures }[]): { rows: LiabilityRow[]; total: LiabilityFigures } {
  const byName = new Map<string, LiabilityRow>();
  const total = emptyFigures();
  for (const c of courses) {
    if (isEmpty(c.figures)) continue;
    const row = byName.get(c.name) ?? { name: c.name, courses: 0, figures: emptyFigures() };
    row.courses += 1;
    addFigures(row.figures, c.figures);
    addFigures(total, c.figures);
    byName.set(c.name, row);
  }
  const rows = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return { rows, total };
}
