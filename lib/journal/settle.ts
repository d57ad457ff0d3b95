/**
 * lib/reports/value-events.ts settleEvents, keeping the event each settled amount came from (its
 * instant, and for a correction whether it was a void or a waived forfeit): the journal needs them to
 * choose accounts and to follow a transfer. The rules are the report's, step for step; a unit test
 * checks the two agree on every generated history, so they cannot drift apart. Pure.
 */
import type { SettledEvent, ValueEvent } from "@/lib/reports/value-events";

export type SourcedEvent<S> = ValueEvent & { source: S };
export type SettledWithSource<S> = SettledEvent & { at: number; source: S | null };

export function settleWithSource<S>(events: SourcedEvent<S>[]): SettledWithSource<S>[] {
  const settled: SettledWithSource<S>[] = [];
  let remaining = 0;
  let lastExpired = 0;
  const push = (kind: SettledEvent["kind"], e: SourcedEvent<S>, delta: number) => {
    remaining += delta;
    if (delta !== 0) settled.push({ kind, on: e.on, at: e.at, deltaMinor: delta, remainingMinor: remaining, source: kind === e.kind ? e.source : null });
  };
  for (const e of events) {
    const amount = Math.max(0, e.amountMinor ?? 0);
    if (e.kind === "sold" || e.kind === "transferredIn" || e.kind === "reversed") push(e.kind, e, amount);
    else if (e.kind === "reinstated") {
      push(e.kind, e, lastExpired);
      lastExpired = 0;
    } else if (e.kind === "refunded" || e.kind === "expired") {
      if (e.kind === "expired") lastExpired = remaining;
      push(e.kind, e, -remaining);
    } else {
      if ((e.kind === "redeemed" || e.kind === "forfeited") && amount > remaining && lastExpired > 0) {
        const back = Math.min(amount - remaining, lastExpired);
        lastExpired -= back;
        push("reinstated", e, back);
      }
      push(e.kind, e, -Math.min(amount, remaining));
    }
  }
  return settled;
}
