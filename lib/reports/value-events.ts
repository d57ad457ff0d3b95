/**
 * The value a client course owes its client, as dated events. Pure: lib/reports/course-value-facts.ts
 * loads the facts, lib/reports/liability-fold.ts folds the events over a period.
 *
 * Value comes in when a course is sold (the sum of its lines' values = the price paid) or arrives by
 * transfer (what its TRANSFER_IN records). It leaves with each event's own amount: redemptions and
 * forfeits (Redemption.valueMinor), a manager's removal (ADJUST down) and a transfer out
 * (ClientCourseChange.amountMinor); a refund and an expiry release whatever is still left.
 */
import { addDaysToDate, type SalonDate } from "@/lib/time";

export type CourseValueFacts = {
  id: number;
  name: string;
  purchasedOn: SalonDate;
  /** Instants are epoch milliseconds: reports read tens of thousands of them. */
  purchasedAt: number;
  expiresOn: SalonDate | null;
  /** Created by a transfer (ClientCourse.transferredFromId is set). */
  transferredIn: boolean;
  /** Σ of the lines' valueMinor. */
  lineValueMinor: number;
  redemptions: { on: SalonDate; at: number; valueMinor: number; reason: "CHECKOUT" | "NO_SHOW" | "LATE_CANCELLATION" }[];
  /** Corrections that gave a redemption's value back (a voided checkout, a waived forfeit), on their own day. */
  reversals: { on: SalonDate; at: number; valueMinor: number; kind: "VOID" | "WAIVE" }[];
  /** `on` is the salon day of createdAt. */
  changes: {
    on: SalonDate;
    at: number;
    kind: "ADJUST" | "EXTEND" | "TRANSFER_OUT" | "TRANSFER_IN" | "REFUND";
    quantityDelta: number | null;
    amountMinor: number | null;
    previousExpiresOn: SalonDate | null;
  }[];
};

export type ValueEventKind =
  | "sold"
  | "transferredIn"
  | "reinstated" // an expired course extended again: what its expiry released comes back
  | "redeemed"
  | "forfeited"
  | "adjusted"
  | "transferredOut"
  | "refunded"
  | "expired"
  | "reversed"; // a voided checkout or a waived forfeit: the unit's value comes back

/** `amountMinor` null: everything still left (refund, expiry) or what the last expiry released (reinstated). */
export type ValueEvent = { kind: ValueEventKind; on: SalonDate; at: number; amountMinor: number | null };

const RANK: Record<ValueEventKind, number> = {
  sold: 0,
  transferredIn: 0,
  reinstated: 1,
  redeemed: 2,
  forfeited: 2,
  adjusted: 2,
  transferredOut: 2,
  refunded: 3,
  expired: 4,
  // A correction only gives value back, so at a tied instant (a checkout voided and redone in the
  // same second) it goes first: a release after it never finds too little.
  reversed: 1,
};

/** Expiry happens at the first moment of the day after the last valid day (or as it arrives, if it came expired). */
function expiryEvent(facts: CourseValueFacts, lastValidDay: SalonDate): ValueEvent {
  const day = addDaysToDate(lastValidDay, 1);
  return day > facts.purchasedOn
    ? { kind: "expired", on: day, at: 0, amountMinor: null }
    : { kind: "expired", on: facts.purchasedOn, at: Number.MAX_SAFE_INTEGER, amountMinor: null };
}

/**
 * Every dated value event of one course, in the order they happened (day, instant, then kind).
 * Expiries are only those that have happened by `today`.
 */
export function courseValueEvents(facts: CourseValueFacts, today: SalonDate): ValueEvent[] {
  const events: ValueEvent[] = [];
  const arrival = facts.changes.find((c) => c.kind === "TRANSFER_IN");
  events.push(
    facts.transferredIn
      ? { kind: "transferredIn", on: facts.purchasedOn, at: facts.purchasedAt, amountMinor: arrival?.amountMinor ?? facts.lineValueMinor }
      : { kind: "sold", on: facts.purchasedOn, at: facts.purchasedAt, amountMinor: facts.lineValueMinor },
  );
  for (const r of facts.redemptions) {
    events.push({ kind: r.reason === "CHECKOUT" ? "redeemed" : "forfeited", on: r.on, at: r.at, amountMinor: r.valueMinor });
  }
  for (const r of facts.reversals) events.push({ kind: "reversed", on: r.on, at: r.at, amountMinor: r.valueMinor });
  for (const c of facts.changes) {
    const base = { on: c.on, at: c.at };
    if (c.kind === "ADJUST" && (c.quantityDelta ?? 0) < 0) events.push({ ...base, kind: "adjusted", amountMinor: c.amountMinor ?? 0 });
    if (c.kind === "TRANSFER_OUT") events.push({ ...base, kind: "transferredOut", amountMinor: c.amountMinor ?? 0 });
    if (c.kind === "REFUND") events.push({ ...base, kind: "refunded", amountMinor: null });
    // Extended after it had already expired: it expired then, and comes back now.
    if (c.kind === "EXTEND" && c.previousExpiresOn && addDaysToDate(c.previousExpiresOn, 1) <= c.on) {
      events.push(expiryEvent(facts, c.previousExpiresOn), { ...base, kind: "reinstated", amountMinor: null });
    }
  }
  if (facts.expiresOn) {
    const expiry = expiryEvent(facts, facts.expiresOn);
    if (expiry.on <= today) events.push(expiry);
  }
  return events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.at - b.at || RANK[a.kind] - RANK[b.kind]));
}

/** An event with what it actually did to the course's remaining value (signed). */
export type SettledEvent = { kind: ValueEventKind; on: SalonDate; deltaMinor: number; remainingMinor: number };

/**
 * Applies events in order. No release takes more than is left, so the remaining value never goes
 * below zero; refunds and expiries take all of it. Events that change nothing are dropped.
 *
 * A session held on a course's last valid day may be checked out (or marked a no-show) after the
 * expiry has released what was left: its value first comes back from what the expiry released
 * ("reinstated", on the day of the redemption: no past day changes), then leaves as redeemed. So the
 * liability's redeemed and forfeited columns always equal the redemptions report.
 */
export function settleEvents(events: ValueEvent[], start: SettleState = { remainingMinor: 0, lastExpiredMinor: 0 }): SettledEvent[] {
  const settled: SettledEvent[] = [];
  settleInto(events, { ...start }, (kind, e, deltaMinor, remainingMinor) => settled.push({ kind, on: e.on, deltaMinor, remainingMinor }));
  return settled;
}

/** An event with what it is in the caller's records (the journal: a void or a waived forfeit). */
export type SourcedEvent<S> = ValueEvent & { source: S };
/** A settled amount with its instant and the source of the event it came from (null: a reinstatement it caused). */
export type SettledWithSource<S> = SettledEvent & { at: number; source: S | null };

/** settleEvents, keeping each settled amount's instant and source: the journal chooses accounts by them. */
export function settleWithSource<S>(events: SourcedEvent<S>[], start: SettleState = { remainingMinor: 0, lastExpiredMinor: 0 }): SettledWithSource<S>[] {
  const settled: SettledWithSource<S>[] = [];
  settleInto(events, { ...start }, (kind, e, deltaMinor, remainingMinor) =>
    settled.push({ kind, on: e.on, at: e.at, deltaMinor, remainingMinor, source: kind === e.kind ? e.source : null }),
  );
  return settled;
}

/**
 * All settleEvents carries from one event to the next: what is left, and what the last expiry
 * released (a redemption or an extension after the expiry takes it back). A month-end closing
 * (lib/reports/closings.ts) keeps exactly this per course, so a later report can go on from it.
 */
export type SettleState = { remainingMinor: number; lastExpiredMinor: number };

/** The state after `events`, starting from `start` (a closing's, or nothing: a course not yet sold). */
export function settleState(events: ValueEvent[], start: SettleState = { remainingMinor: 0, lastExpiredMinor: 0 }): SettleState {
  return settleInto(events, { ...start }, null);
}

type OnSettled<E> = ((kind: ValueEventKind, e: E, deltaMinor: number, remainingMinor: number) => void) | null;

function settleInto<E extends ValueEvent>(events: E[], state: SettleState, onSettled: OnSettled<E>): SettleState {
  const push = (kind: ValueEventKind, e: E, delta: number) => {
    state.remainingMinor += delta;
    if (delta !== 0) onSettled?.(kind, e, delta, state.remainingMinor);
  };
  for (const e of events) {
    const amount = Math.max(0, e.amountMinor ?? 0);
    if (e.kind === "sold" || e.kind === "transferredIn" || e.kind === "reversed") push(e.kind, e, amount);
    else if (e.kind === "reinstated") {
      push(e.kind, e, state.lastExpiredMinor);
      state.lastExpiredMinor = 0;
    } else if (e.kind === "refunded" || e.kind === "expired") {
      if (e.kind === "expired") state.lastExpiredMinor = state.remainingMinor;
      push(e.kind, e, -state.remainingMinor);
    } else {
      if ((e.kind === "redeemed" || e.kind === "forfeited") && amount > state.remainingMinor && state.lastExpiredMinor > 0) {
        const back = Math.min(amount - state.remainingMinor, state.lastExpiredMinor);
        state.lastExpiredMinor -= back;
        push("reinstated", e, back);
      }
      push(e.kind, e, -Math.min(amount, state.remainingMinor));
    }
  }
  return state;
}

/**
 * Did the event happen by the instant `at` (epoch ms) of salon day `day`? Expiries belong to their
 * day's first moment; one that came with the course (at MAX_SAFE_INTEGER) belongs to its whole day,
 * as the live report counts it on that day from the start.
 */
export function happenedBy(e: ValueEvent, day: SalonDate, at: number): boolean {
  return e.on < day || (e.on === day && (e.at <= at || e.kind === "expired"));
}
