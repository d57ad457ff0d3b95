/** Builds the app into its own folder and serves it with `next start` on a database of our choosing. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const BENCH_DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const next = path.resolve("node_modules", ".bin", "next");
const baseEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" });

/**
 * `next build` into BENCH_DIST, returning its output (the route table has the first-load JS sizes).
 * A build with its own dist folder rewrites tsconfig.json; it is put back as it was.
 */
export function buildApp(): string {
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    const result = spawnSync(next, ["build"], { env: baseEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    if (result.status !== 0) throw new Error(`next build failed:\n${output.slice(-4000)}`);
    fs.writeFileSync(path.join(BENCH_DIST, "bench-build.log"), output);
    return output;
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join(BENCH_DIST, "BUILD_ID"));
}

export type Server = { url: string; stop: () => Promise<void>; /** CPU ms used so far by next start and its workers. */ cpuMs: () => number };

const TICK_MS = 10; // /proc/<pid>/stat counts in clock ticks of 1/100 s (USER_HZ) on Linux

/** User + system CPU of every process in the group (Linux /proc). */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * TICK_MS;
}

export async function startServer(databaseFile: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(next, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    // SALON_DEMO=1: both salons log in with the published demo password; the bench knows.
    // MESSAGE_POLL_MS=0: no sender loop, else its first tick writes hundreds of reminders mid-measurement.
    env: { ...baseEnv(), DATABASE_URL: `file:${databaseFile}`, SALON_DEMO: "1", MESSAGE_POLL_MS: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends next and any worker it forks
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop, cpuMs: () => groupCpuMs(child.pid!) };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`next start did not answer on ${url} within 60 s:\n${log}`);
}
