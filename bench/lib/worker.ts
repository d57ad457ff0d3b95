/**
 * One load worker: a separate process with its own SQLite connection (lib/db.ts `db`, from
 * DATABASE_URL), as a second server process would have. It runs `loops` operations at a time until
 * the deadline (or a "stop" message), appends every committed operation to its log file (the fault test reads it after a
 * SIGKILL), and sends its counts to the parent over IPC.
 *   started by run-load.ts with: node --import tsx bench/lib/worker.ts   (env LOAD_WORKER = WorkerJob)
 */
import fs from "node:fs";
import { db, isBusyError } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { chooseOp, OPS, type Committed, type OpEnv } from "./ops";
import type { LoadPlan } from "./plan";
import { emptyStats, errorKey, record } from "./stats";

export type WorkerJob = {
  plan: LoadPlan;
  /** Operations in flight at once in this process (concurrent requests to one server). */
  loops: number;
  seed: number;
  logFile?: string;
};

/** mulberry32: a small seeded generator, so a run can be repeated. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main() {
  const job = JSON.parse(process.env.LOAD_WORKER ?? "null") as WorkerJob | null;
  if (!job) throw new Error("LOAD_WORKER is not set: this file is started by bench/lib/run-load.ts");
  const stats = emptyStats();
  // writeSync is a write(2): once it returns, the line is in the kernel and a SIGKILL cannot lose it.
  const fd = job.logFile ? fs.openSync(job.logFile, "a") : null;
  const log = (entry: Committed) => {
    if (fd !== null) fs.writeSync(fd, `${JSON.stringify(entry)}\n`);
  };
  if (!process.send) throw new Error("a load worker is started with an IPC channel (child_process.fork)");
  // Loading TypeScript and Prisma takes a while (seconds on a busy machine): say when ready, then
  // wait for "go" with the deadline, so all workers run the same measured window.
  let stopping = false;
  let go: (stopAt: number) => void = () => {};
  const started = new Promise<number>((resolve) => (go = resolve));
  process.on("message", (m: { type?: string; stopAt?: number }) => {
    if (m?.type === "go") go(m.stopAt ?? 0);
    if (m?.type === "stop") stopping = true;
  });
  await db.salonSettings.findUnique({ where: { id: 1 } }); // connect before the start line
  process.send({ type: "ready" });
  const stopAt = await started;

  const loop = async (index: number) => {
    const env: OpEnv = { plan: job.plan, rng: seeded(job.seed * 1000 + index), log };
    while (!stopping && Date.now() < stopAt) {
      // better-sqlite3 answers synchronously, so an operation can finish in microtasks alone: let the
      // event loop turn between operations, or the "stop" message would never be read.
      await new Promise((resolve) => setImmediate(resolve));
      const kind = chooseOp(env.rng);
      const started = performance.now();
      try {
        const outcome = await OPS[kind](env);
        if (outcome === "skipped") continue;
        record(stats, kind, Math.round(performance.now() - started), {});
      } catch (error) {
        const ms = Math.round(performance.now() - started);
        const outcome = isDomainError(error) ? { refused: error.code } : isBusyError(error) ? { busy: true } : { unexpected: errorKey(error) };
        record(stats, kind, ms, outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: job.loops }, (_, i) => loop(i)));
  await db.$disconnect();
  if (fd !== null) fs.closeSync(fd);
  await new Promise<void>((resolve) => process.send!({ type: "stats", stats }, () => resolve()));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
