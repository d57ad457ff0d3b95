import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatMinutes, formatSalonDate, salonInstant, salonMinutesOf, type SalonDate } from "@/lib/time";
import { checkRow, loadSeriesLine, type Planned, type SeriesLine } from "./series-check";
import { seriesDates } from "./series-dates";
import type { SeriesPlan, SeriesRowInput } from "./series-input";
import { nextFreeFor, type Offer } from "./series-next-free";

/**
 * The proposal of a series: one row per session with whether it books as it is and, when it does
 * not, why in a few words and the next free time to use instead. Nothing is written.
 */

export type SeriesRow = {
  date: SalonDate;
  startMin: number;
  /** The stylist asked for; null: anyone who does the service. */
  staffId: number | null;
  /** Who it books with (for anyone, the first free), null when nobody can take it. */
  bookedStaffId: number | null;
  staffName: string | null;
  /** Its end, from the stylist's length for the service; null when it does not book. */
  endMin: number | null;
  /** free: books as it is; clash: refused (`clash` says why); expired: after the course's last day. */
  status: "free" | "clash" | "expired";
  clash: string | null;
  nextFree: Offer | null;
};

export type SeriesProposal = {
  lineId: number;
  courseName: string;
  serviceName: string;
  /** Free sessions on the line now: the most a series may book. */
  free: number;
  rows: SeriesRow[];
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Refused when the series has more rows than the line has free sessions. */
export function assertFits(line: SeriesLine, rows: number, field: string): void {
  const free = line.line.balance.free;
  if (rows <= free) return;
  throw new DomainError(
    "CIRCLE_TAKEN",
    free === 0
      ? `${line.course.name} has no free ${line.line.serviceName} sessions left.`
      : `${line.course.name} has only ${plural(free, "free session")} of ${line.line.serviceName}: book at most ${free}.`,
    field,
  );
}

/** The rows as the desk has them (dates, times, stylists), each checked against the rules and the rows before it. */
export async function checkSeries(tx: Tx, input: { lineId: number; rows: SeriesRowInput[] }, now: Date): Promise<SeriesProposal> {
  const line = await loadSeriesLine(tx, input.lineId, now);
  assertFits(line, input.rows.length, "rows");
  return checkRows(tx, line, input, now);
}

async function checkRows(tx: Tx, line: SeriesLine, input: { rows: SeriesRowInput[] }, now: Date): Promise<SeriesProposal> {
  const tz = line.timezone;
  // Checked in the order they happen (the desk may have moved one before another), shown in the desk's order.
  const order = input.rows
    .map((row, index) => ({ row, index, at: +salonInstant(row.date, row.startMin, tz) }))
    .sort((a, b) => a.at - b.at || a.index - b.index);

  const planned: (Planned & { index: number })[] = [];
  const verdicts = new Map<number, Awaited<ReturnType<typeof checkRow>>>();
  let prefer: number | null = null;
  for (const { row, index } of order) {
    const verdict = await checkRow(tx, line, row, planned, now, prefer);
    verdicts.set(index, verdict);
    if (!verdict.ok) continue;
    prefer = verdict.staffId;
    planned.push({ index, date: row.date, startsAt: verdict.startsAt, endsAt: verdict.endsAt });
  }

  const rows: SeriesRow[] = [];
  for (const [index, row] of input.rows.entries()) {
    const verdict = verdicts.get(index)!;
    if (verdict.ok) {
      rows.push({ ...row, bookedStaffId: verdict.staffId, staffName: verdict.staffName, endMin: salonMinutesOf(verdict.endsAt, tz), status: "free", clash: null, nextFree: null });
      continue;
    }
    const expired = verdict.code === "COURSE_NOT_VALID";
    // Every other row that books counts, so the time offered never lands on one of them.
    const nextFree = expired ? null : await nextFreeFor(tx, line, row, planned, now, prefer);
    const asked = row.staffId === null ? null : (line.doers.find((d) => d.id === row.staffId)?.name ?? null);
    rows.push({ ...row, bookedStaffId: null, staffName: asked, endMin: null, status: expired ? "expired" : "clash", clash: verdict.reason, nextFree });
  }
  return { lineId: line.lineId, courseName: line.course.name, serviceName: line.service.name, free: line.line.balance.free, rows };
}

/** "Every N weeks from this day and time, with this stylist (or anyone), so many sessions". */
export async function proposeSeries(tx: Tx, plan: SeriesPlan, now: Date): Promise<SeriesProposal> {
  const line = await loadSeriesLine(tx, plan.lineId, now);
  assertFits(line, plan.count, "count");
  const rows = seriesDates(plan.date, plan.everyWeeks, plan.count).map((date) => ({ date, startMin: plan.startMin, staffId: plan.staffId }));
  return checkRows(tx, line, { rows }, now);
}

/** "Thu 12 Mar 2026 at 14:00": how a row is named in messages. */
export function rowLabel(date: SalonDate, startMin: number): string {
  return `${formatSalonDate(date)} at ${formatMinutes(startMin)}`;
}
