// Races across separate processes on one database file: the way SQLite's "busy" answers (a
// deferred transaction upgrading to a writer while another process holds the lock) are met, and
// lib/db.ts inTransaction's retry of them is proved. Each worker is its own `tsx` process; all of
// them are warmed up, then start at the same instant and print one line: WON, a DomainError's
// code, or ERROR with anything else (a busy error that outlived the retries would show there).
import { spawn } from "node:child_process";
import path from "node:path";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { testDatabaseUrl } from "./test-db";

/** Test side: runs `worker` once per job on this test file's database, together; resolves with each one's output. */
export function raceInProcesses(worker: string, jobs: unknown[]): Promise<string[]> {
  const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
  const startAt = String(Date.now() + 4000);
  const run = (job: unknown) =>
    new Promise<string>((resolve) => {
      const child = spawn(tsx, [worker], {
        env: { ...process.env, DATABASE_URL: testDatabaseUrl(), START_AT: startAt, RACE_JOB: JSON.stringify(job) },
      });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("close", () => resolve(out.trim()));
    });
  return Promise.all(jobs.map(run));
}

/** Worker side: makes one attempt with this process's job once every worker is ready, and prints the outcome. */
export async function runRaceWorker<J>(attempt: (job: J) => Promise<unknown>): Promise<void> {
  const job = JSON.parse(process.env.RACE_JOB ?? "{}") as J;
  // Start together: every worker is warmed up, then waits for the same instant.
  await db.salonSettings.findUnique({ where: { id: 1 } });
  await new Promise((r) => setTimeout(r, Math.max(0, Number(process.env.START_AT) - Date.now())));
  try {
    await attempt(job);
    console.log("WON");
  } catch (error) {
    console.log(isDomainError(error) ? error.code : `ERROR ${String(error)}`);
  } finally {
    await db.$disconnect();
  }
}
