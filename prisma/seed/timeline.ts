/**
 * The demo's history as a list of steps (sell, book, check in, check out, cancel, manager changes),
 * each run through the real operation with `now` = its moment, in time order, one transaction per
 * salon day. Planning everything first and then replaying it in order keeps every operation's
 * checks (overlaps, free circles, expiry) seeing the world as it was at that moment.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { inTransaction, type Tx } from "@/lib/db";
import type { OpContext } from "@/lib/op-context";
import { salonDateOf } from "@/lib/time";

export type Step = {
  at: Date;
  staffId: number;
  label: string;
  run: (tx: Tx, ctx: OpContext) => Promise<unknown>;
};

export class Timeline {
  private readonly steps: (Step & { seq: number })[] = [];

  add(step: Step): void {
    if (Number.isNaN(+step.at)) throw new Error(`seed: ${step.label} has no valid time`);
    this.steps.push({ ...step, seq: this.steps.length });
  }

  get size(): number {
    return this.steps.length;
  }

  /** Runs every step in time order. Nothing may happen after `now`. */
  async run(db: PrismaClient, timezone: string, now: Date): Promise<void> {
    const ordered = [...this.steps].sort((a, b) => +a.at - +b.at || a.seq - b.seq);
    const late = ordered.find((s) => +s.at > +now);
    if (late) throw new Error(`seed: ${late.label} is planned at ${late.at.toISOString()}, after now`);
    const days: (typeof ordered)[] = [];
    let current = "";
    for (const step of ordered) {
      const day = salonDateOf(step.at, timezone);
      if (day !== current) {
        days.push([]);
        current = day;
      }
      days[days.length - 1].push(step);
    }
    for (const steps of days) {
      await inTransaction(async (tx) => {
        for (const step of steps) {
          try {
            await step.run(tx, { staffId: step.staffId, now: step.at });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new Error(`seed: ${step.label} at ${step.at.toISOString()} failed: ${message}`, { cause: error });
          }
        }
      }, db);
    }
  }
}
