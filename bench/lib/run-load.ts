/**
 * Runs the load: prepares the plan, forks worker processes on the same database file, waits for
 * them, then runs the integrity check. Also used by the load and fault tests (tests/integration/load).
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createDb } from "@/lib/db";
import { checkIntegrity, type IntegrityReport } from "@/lib/integrity/check";
import { prepareLoadPlan, type LoadPlan } from "./plan";
import { emptyStats, mergeStats, type Stats } from "./stats";
import type { WorkerJob } from "./worker";

const WORKER = path.join(__dirname, "worker.ts");

export type LoadSize = { staff: number; clients: number; days: number };
export const DEFAULT_SIZE: LoadSize = { staff: 6, clients: 40, days: 10 };

export type WorkerHandle = {
  index: number;
  child: ChildProcess;
  logFile?: string;
  /** Resolves once the worker has loaded and connected (or exited). */
  ready: Promise<void>;
  /** Starts its operations, until `stopAt` (epoch ms) or stop(). */
  go: (stopAt: number) => void;
  /** Asks it to finish its operations in flight and stop (before its deadline). */
  stop: () => void;
  /** The worker's counts, or null if it died without sending them (killed). */
  done: Promise<{ stats: Stats | null; code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
};

/** Forks `count` worker processes with `loops` operations in flight each; they start on go(). */
export function startWorkers(
  databaseUrl: string,
  plan: LoadPlan,
  run: { count: number; loops: number; seed: number; logFile?: (index: number) => string; adapter?: "better-sqlite3" | "libsql" },
): WorkerHandle[] {
  return Array.from({ length: run.count }, (_, index) => {
    const logFile = run.logFile?.(index);
    const job: WorkerJob = { plan, loops: run.loops, seed: run.seed + index, logFile };
    const child = fork(WORKER, [], {
      execArgv: ["--import", "tsx"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        ...(run.adapter ? { DB_ADAPTER: run.adapter } : {}),
        LOAD_WORKER: JSON.stringify(job),
        NODE_ENV: "production",
      },
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    let stderr = "";
    child.stderr?.on("data", (d) => (stderr += d));
    let stats: Stats | null = null;
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    child.on("message", (m: { type: string; stats?: Stats }) => {
      if (m.type === "ready") markReady();
      if (m.type === "stats" && m.stats) stats = m.stats;
    });
    const done = new Promise<Awaited<WorkerHandle["done"]>>((resolve) =>
      child.on("exit", (code, signal) => {
        markReady();
        resolve({ stats, code, signal, stderr });
      }),
    );
    const send = (message: object) => {
      if (child.connected) child.send(message);
    };
    return { index, child, logFile, ready, go: (stopAt) => send({ type: "go", stopAt }), stop: () => send({ type: "stop" }), done };
  });
}

export type LoadResult = {
  plan: LoadPlan;
  stats: Stats;
  seconds: number;
  workers: number;
  loopsPerWorker: number;
  integrity: IntegrityReport;
  crashed: string[];
};

export async function runLoad(opts: {
  databaseUrl: string;
  seconds: number;
  concurrency: number;
  workers?: number;
  size?: Partial<LoadSize>;
  seed?: number;
  /** Called when the workers start and when they have all finished (before the integrity check). */
  started?: () => void;
  finished?: () => void;
}): Promise<LoadResult> {
  const db = createDb(opts.databaseUrl);
  try {
    const plan = await prepareLoadPlan(db, { ...DEFAULT_SIZE, ...opts.size });
    const count = Math.max(1, Math.min(opts.workers ?? 1, opts.concurrency));
    const loops = Math.max(1, Math.round(opts.concurrency / count));
    const workers = startWorkers(opts.databaseUrl, plan, { count, loops, seed: opts.seed ?? 1 });
    await Promise.all(workers.map((w) => w.ready));
    const stopAt = Date.now() + opts.seconds * 1000;
    for (const w of workers) w.go(stopAt);
    opts.started?.();
    const results = await Promise.all(workers.map((w) => w.done));
    opts.finished?.();
    const crashed = results.filter((r) => r.code !== 0).map((r) => `exit ${r.code ?? r.signal}: ${r.stderr.trim().slice(0, 500)}`);
    const stats = mergeStats(results.map((r) => r.stats ?? emptyStats()));
    const integrity = await checkIntegrity(db);
    return { plan, stats, seconds: opts.seconds, workers: count, loopsPerWorker: loops, integrity, crashed };
  } finally {
    await db.$disconnect();
  }
}
