/**
 * Month-end closings of the course liability: what every course still owed at the end of a day that
 * has passed, kept (LiabilityClosing, one LiabilityClosingBalance per course that owed something or
 * holds what its last expiry released). A report starts from the last closing before its first day
 * and replays only what happened after it (lib/reports/closings-facts.ts), so it reads a month of
 * records instead of the salon's whole history. A closing equals the live figure for its day: it is
 * the same fold over the same records, and no record made later is dated on a closed day (see
 * staleCourses for the one exception, expiries, and how it is handled).
 */
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { staffIdOf, type OpContext } from "@/lib/op-context";
import { formatSalonDate, formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";
import { loadCourseValueFacts } from "./course-value-facts";
import { eventsSinceClosing, loadFactsSinceClosing, type ClosingBase } from "./closings-facts";
import { courseValueEvents, happenedBy, settleState, type SettleState } from "./value-events";

export type CourseBalance = { id: number; name: string } & SettleState;

/** The last closing of a day before `day` (null: none, the report replays everything). */
export async function closingBefore(tx: Tx, day: SalonDate): Promise<ClosingBase | null> {
  return tx.liabilityClosing.findFirst({
    where: { closedThrough: { lt: day } },
    orderBy: { closedThrough: "desc" },
    select: { id: true, closedThrough: true, createdAt: true },
  });
}

/**
 * Every course's state at the instant `atMs` of salon day `day` (a closing: the day's end). From the
 * last closing before `day` when there is one, else from every course's first day.
 */
export async function balancesAt(tx: Tx, day: SalonDate, atMs: number, timezone: string): Promise<CourseBalance[]> {
  const upTo = (e: Parameters<typeof happenedBy>[0]) => happenedBy(e, day, atMs);
  const base = await closingBefore(tx, day);
  if (!base) {
    const facts = await loadCourseValueFacts(tx, { purchasedBy: day }, day, timezone);
    return facts.map((f) => ({ id: f.id, name: f.name, ...settleState(courseValueEvents(f, day).filter(upTo)) }));
  }
  const { courses, carried } = await loadFactsSinceClosing(tx, base, day, timezone);
  return [
    ...carried,
    ...courses.map((c) => ({ id: c.id, name: c.name, ...settleState(eventsSinceClosing(c, base.closedThrough, day).filter(upTo), c.start) })),
  ];
}

export type ClosingSummary = { id: number; closedThrough: SalonDate; totalMinor: number; staffName: string | null; createdAt: Date };

/** Every closing, latest period first, with who took it. */
export async function listClosings(tx: Tx): Promise<ClosingSummary[]> {
  const rows = await tx.liabilityClosing.findMany({
    orderBy: { closedThrough: "desc" },
    select: { id: true, closedThrough: true, totalMinor: true, createdAt: true, staff: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, closedThrough: r.closedThrough, totalMinor: r.totalMinor, staffName: r.staff?.name ?? null, createdAt: r.createdAt }));
}

const END_OF_DAY = Number.MAX_SAFE_INTEGER;

/**
 * Closes the liability through `closedThrough` (a manager's month-end): every course's balance at the
 * end of that day, kept. Only a day that has fully passed; each day once.
 */
export async function closeLiabilityPeriod(tx: Tx, input: { closedThrough: SalonDate }, ctx: OpContext & { timezone: string }) {
  const today = salonDateOf(ctx.now, ctx.timezone);
  if (input.closedThrough >= today) {
    throw new DomainError("INVALID_INPUT", `${formatSalonDate(input.closedThrough)} has not ended yet: only a day that has passed can be closed.`, "closedThrough");
  }
  const existing = await tx.liabilityClosing.findUnique({ where: { closedThrough: input.closedThrough }, select: { createdAt: true, staff: { select: { name: true } } } });
  if (existing) throw alreadyClosed(input.closedThrough, existing, ctx.timezone);
  const balances = (await balancesAt(tx, input.closedThrough, END_OF_DAY, ctx.timezone)).filter((b) => b.remainingMinor !== 0 || b.lastExpiredMinor !== 0);
  try {
    const closing = await tx.liabilityClosing.create({
      data: {
        closedThrough: input.closedThrough,
        totalMinor: balances.reduce((sum, b) => sum + b.remainingMinor, 0),
        staffId: staffIdOf(ctx),
        createdAt: ctx.now,
      },
    });
    await tx.liabilityClosingBalance.createMany({
      data: balances.map((b) => ({ closingId: closing.id, clientCourseId: b.id, remainingMinor: b.remainingMinor, lastExpiredMinor: b.lastExpiredMinor })),
    });
    return { ...closing, courses: balances.filter((b) => b.remainingMinor !== 0).length };
  } catch (error) {
    // Another manager closed the same day a moment before: the unique day is the last word.
    if ((error as { code?: string })?.code === "P2002") throw alreadyClosed(input.closedThrough, null, ctx.timezone);
    throw error;
  }
}

function alreadyClosed(day: SalonDate, by: { createdAt: Date; staff: { name: string } | null } | null, timezone: string): DomainError {
  const who = by ? ` by ${by.staff?.name ?? "the system"} on ${formatSalonDate(salonDateOf(by.createdAt, timezone))} at ${formatSalonTime(by.createdAt, timezone)}` : "";
  return new DomainError("INVALID_STATE", `${formatSalonDate(day)} is already closed${who}. A closing is kept as it was taken.`, "closedThrough");
}
