import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Committed } from "@/bench/lib/ops";
import { prepareLoadPlan, type LoadPlan } from "@/bench/lib/plan";
import { startWorkers, type WorkerHandle } from "@/bench/lib/run-load";
import { mergeStats, totals, type Stats } from "@/bench/lib/stats";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { inTransaction } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { checkIntegrity } from "@/lib/integrity/check";
import { addDaysToDate, salonInstant } from "@/lib/time";
import { getTestDb, testDatabaseUrl } from "../../helpers/test-db";

// Server processes die (OOM killer, a power button, a deploy): SIGKILL a worker in the middle of its
// bookings and checkouts, several times, restart it each time, and check that what it reported as
// committed is all there, nothing is counted twice, and the ledger still balances.
const db = getTestDb();
const url = testDatabaseUrl();
const dir = path.join(path.dirname(url.replace(/^file:/, "")), `fault-${process.pid}-${Date.now()}`);
const KILLS = 3;
let plan: LoadPlan;

beforeAll(async () => {
  fs.mkdirSync(dir, { recursive: true });
  plan = await prepareLoadPlan(db, { staff: 4, clients: 12, days: 4 });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

const lines = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter(Boolean) : []);

/** Waits until the worker has committed `n` operations (it is in full flow), or has exited. */
async function inFlow(worker: WorkerHandle, n: number) {
  let exited = false;
  void worker.done.then(() => (exited = true));
  while (!exited && lines(worker.logFile!).length < n) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(exited, `worker ${path.basename(worker.logFile!)} stopped early`).toBe(false);
}

describe("SIGKILL in the middle of the run", () => {
  it("keeps every committed sale and redemption, doubles none, and leaves the integrity check clean", async () => {
    // The workers are what `npm start` runs on a file: URL (better-sqlite3), even in the libSQL run:
    // libSQL's file mode has no busy timeout, so several processes writing at once is not its use.
    // The checks below still read through this file's adapter.
    const fork = (name: string, count: number, seed: number) =>
      startWorkers(url, plan, { count, loops: 2, seed, adapter: "better-sqlite3", logFile: (i) => path.join(dir, `${name}-${i}.log`) });
    const begin = async (workers: WorkerHandle[]) => {
      await Promise.all(workers.map((w) => w.ready));
      for (const w of workers) w.go(Date.now() + 90_000); // told to stop below; the deadline is a safety net
    };
    // Two workers keep going throughout; the victims are killed one after another, each at a later point.
    const survivors = fork("survivor", 2, 100);
    const victims = fork("victim", KILLS, 200);
    await begin([...survivors, ...victims]);
    for (const [k, victim] of victims.entries()) {
      await inFlow(victim, 3 + 3 * k);
      victim.child.kill("SIGKILL");
      expect((await victim.done).signal).toBe("SIGKILL");
    }
    // The restart: a new process must be able to write at once (no stuck lock, no torn WAL).
    const [restarted] = fork("restarted", 1, 300);
    await begin([restarted]);
    await inFlow(restarted, 4);
    for (const w of [...survivors, restarted]) w.stop();
    const finished = await Promise.all([...survivors, restarted].map((w) => w.done));
    for (const f of finished) expect(f.code, f.stderr).toBe(0);
    const stats: Stats = mergeStats(finished.map((f) => f.stats!));
    expect(totals(stats).unexpected).toBe(0);

    const log = fs.readdirSync(dir).flatMap((f) => lines(path.join(dir, f)).map((l) => JSON.parse(l) as Committed));
    const checkouts = log.filter((e) => e.t === "checkout");
    type Intent = Extract<Committed, { t: "intent" }>;
    const done = new Set(checkouts.map((e) => e.key));
    const interrupted = log.filter((e): e is Intent => e.t === "intent" && !done.has(e.key));

    // Every checkout reported as committed is there, once.
    for (const c of checkouts) {
      const sale = await db.sale.findUnique({ where: { id: c.saleId }, include: { lines: true, redemptions: true } });
      expect(sale, `sale ${c.saleId}`).not.toBeNull();
      if (!c.alreadyPaid) expect(sale!.idempotencyKey).toBe(c.key);
      expect(sale!.lines.length + sale!.redemptions.length).toBeGreaterThan(0);
    }
    const settled = await db.appointment.findMany({
      where: { id: { in: checkouts.flatMap((c) => c.appointmentIds) } },
      select: { id: true, status: true, saleLines: { select: { id: true } }, redemptions: { select: { id: true } } },
    });
    for (const a of settled.filter((a) => a.status === "COMPLETED")) expect(a.saleLines.length + a.redemptions.length).toBe(1);
    for (const e of log) {
      if (e.t === "sell") expect(await db.clientCourse.count({ where: { id: e.clientCourseId, saleLines: { some: { saleId: e.saleId } } } })).toBe(1);
      if (e.t === "forfeit") expect(await db.redemption.count({ where: { appointmentId: e.appointmentId, reason: { not: "CHECKOUT" } } })).toBe(1);
      if (e.t === "book") expect(await db.appointment.count({ where: { id: e.appointmentId } })).toBe(1);
    }

    // The desk retries each checkout the kill interrupted (same key): it finds the first sale or pays
    // now, never twice.
    const afterRun = salonInstant(addDaysToDate(plan.days.at(-1)!.date, 1), 12 * 60, plan.timezone);
    for (const i of interrupted) {
      const ids = i.appointmentIds;
      const before = await db.sale.count({ where: { idempotencyKey: i.key } });
      const paid = await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: ids, paymentMethod: "CARD", idempotencyKey: i.key }, { staffId: plan.deskStaffId, now: afterRun })).catch(
        (error: unknown) => (isDomainError(error) ? null : Promise.reject(error)),
      );
      if (before === 1) expect(paid?.alreadyPaid).toBe(true);
      expect(await db.sale.count({ where: { idempotencyKey: i.key } })).toBeLessThanOrEqual(1);
    }

    const integrity = await checkIntegrity(db);
    expect(integrity.findings).toEqual([]);
    console.log(
      `fault run: ${KILLS} SIGKILLs, ${checkouts.length} checkouts and ${log.filter((e) => e.t === "book").length} bookings logged as committed, ` +
        `${interrupted.length} checkout(s) in flight at a kill (retried), ${totals(stats).busy} busy answers, integrity clean over ${integrity.checked.appointments} appointments`,
    );
  }, 180_000);
});
