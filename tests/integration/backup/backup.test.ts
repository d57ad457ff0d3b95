import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { createDb, inTransaction } from "@/lib/db";
import { backupDatabase, defaultBackupFile } from "@/lib/integrity/backup";
import { checkIntegrity } from "@/lib/integrity/check";
import { addDaysToDate, salonInstant } from "@/lib/time";
import { setupDatabase } from "@/scripts/setup-db";
import { prepareLoadPlan, type LoadPlan } from "@/bench/lib/plan";
import { startWorkers } from "@/bench/lib/run-load";
import { getTestDb, testDatabaseUrl } from "../../helpers/test-db";

const db = getTestDb();
const url = testDatabaseUrl();
const dir = path.join(path.dirname(url.replace(/^file:/, "")), `backups-${process.pid}-${Date.now()}`);
let plan: LoadPlan;

const counts = async (client = db) => ({ appointments: await client.appointment.count(), sales: await client.sale.count(), redemptions: await client.redemption.count() });

async function checkCopy(file: string) {
  const copy = createDb(`file:${file}`);
  try {
    return { report: await checkIntegrity(copy), counts: await counts(copy) };
  } finally {
    await copy.$disconnect();
  }
}

/** Waits until the worker has logged `n` committed operations (it is writing now), or has stopped. */
async function untilLogged(file: string, n: number, running: () => boolean) {
  while (running() && (!fs.existsSync(file) || fs.readFileSync(file, "utf8").split("\n").length <= n)) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(running(), "the writer stopped before the copy was taken").toBe(true);
}

beforeAll(async () => {
  fs.mkdirSync(dir, { recursive: true });
  plan = await prepareLoadPlan(db, { staff: 3, clients: 10, days: 5 });
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("db:backup", () => {
  it("takes consistent copies while another process keeps writing", async () => {
    const before = await counts();
    const [writer] = startWorkers(url, plan, { count: 1, loops: 2, seed: 7, logFile: () => path.join(dir, "writer.log") });
    let running = true;
    const finished = writer.done.then((result) => ((running = false), result));
    await writer.ready;
    writer.go(Date.now() + 45_000); // it runs until told to stop; the deadline is a safety net

    const files = [];
    for (let i = 0; i < 3; i++) {
      await untilLogged(path.join(dir, "writer.log"), 3 + 3 * i, () => running);
      files.push(backupDatabase(url, path.join(dir, `copy-${i}.db`)).file);
    }
    writer.stop();
    const { code, stderr } = await finished;
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const after = await counts();

    let previous = before;
    for (const file of files) {
      const { report, counts: copied } = await checkCopy(file);
      expect(report.findings).toEqual([]);
      // Each copy is a moment of the run: more than before it started, no more than at the end, and in order.
      expect(copied.appointments + copied.sales).toBeGreaterThan(before.appointments + before.sales);
      expect(copied.appointments).toBeLessThanOrEqual(after.appointments);
      expect(copied.sales).toBeGreaterThanOrEqual(previous.sales);
      expect(copied.appointments).toBeGreaterThanOrEqual(previous.appointments);
      previous = copied;
      expect(fs.existsSync(`${file}-wal`)).toBe(false); // one self-contained file
    }
  }, 120_000);

  it("restores: the copy replaces the database file and the app works on it", async () => {
    const backup = backupDatabase(url, path.join(dir, "for-restore.db"));
    const live = path.join(dir, "restored", "salon.db");
    fs.mkdirSync(path.dirname(live), { recursive: true });
    // The README's steps: app stopped, copy over the database, remove -wal/-shm, start (setup-db runs).
    fs.copyFileSync(backup.file, live);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(live + suffix, { force: true });
    expect(await setupDatabase(`file:${live}`)).toEqual(["WAL on"]);

    const restored = createDb(`file:${live}`);
    try {
      expect((await checkIntegrity(restored)).findings).toEqual([]);
      expect(await counts(restored)).toEqual(await counts());
      // A week after the writer's days (same weekday, so open): a slot nobody has taken.
      const day = plan.days.at(-1)!;
      const startsAt = salonInstant(addDaysToDate(day.date, 7), day.opensAtMin, plan.timezone);
      const booked = await inTransaction(
        (tx) => bookAppointment(tx, { clientId: plan.clientIds[0], staffId: plan.staffIds[0], serviceId: plan.serviceIds[0], startsAt }, { staffId: plan.deskStaffId, now: startsAt }),
        restored,
      );
      expect(booked.id).toBeGreaterThan(0);
    } finally {
      await restored.$disconnect();
    }
  }, 60_000);

  it("names copies by the time, refuses to overwrite, and refuses a libSQL server", () => {
    expect(path.basename(defaultBackupFile(new Date("2026-06-01T08:05:09Z")))).toBe("salon-20260601-080509.db");
    const taken = backupDatabase(url, path.join(dir, "once.db"));
    expect(() => backupDatabase(url, taken.file)).toThrow(/already exists/);
    expect(() => backupDatabase("libsql://salon-group.turso.io", path.join(dir, "remote.db"))).toThrow(/libSQL server, not a local file/);
    expect(fs.existsSync(path.join(dir, "remote.db"))).toBe(false);
  });
});
