/**
 * The two salons the benchmarks compare: the demo (Willow & Rose, seeded by the app's own seed) and the
 * big group (npm run bench:seed). Every run works on fresh copies, so the seeded files stay pristine.
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { setupDatabase } from "../scripts/setup-db";

export const DATA_DIR = path.resolve("bench", ".data");
export const BIG_DB = path.resolve(process.env.BENCH_DB ?? path.join(DATA_DIR, "big.db"));
const DEMO_DB = path.join(DATA_DIR, "demo.db");
// lib/auth/routing.ts SESSION_COOKIE (that module is server-only, so not importable here).
const SESSION_COOKIE = "salon_session";

export type Dataset = {
  name: "demo" | "big";
  file: string;
  counts: Record<string, number>;
  /** The day with the most appointments. */
  busiestDay: string;
  busiestDayAppointments: number;
  /** Cookie header of a manager's session (created directly, as lib/auth/session.ts would). */
  cookie: string;
};

/** The demo salon is seeded with today as its centre: made again when missing or from another day. */
async function ensureDemo(): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  if (fs.existsSync(DEMO_DB) && fs.statSync(DEMO_DB).mtime.toISOString().slice(0, 10) === today) return;
  await setupDatabase(`file:${DEMO_DB}`, { reset: true });
  const sqlite = new Database(DEMO_DB);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
}

function copyDb(from: string, to: string): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(to + suffix, { force: true });
  const sqlite = new Database(from, { readonly: true });
  // VACUUM INTO: a consistent copy even if a -wal file holds part of it.
  sqlite.prepare("VACUUM INTO ?").run(to);
  sqlite.close();
  const copy = new Database(to);
  copy.pragma("journal_mode = WAL");
  copy.close();
}

export async function prepareDataset(name: "demo" | "big"): Promise<Dataset> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  let source = BIG_DB;
  if (name === "demo") {
    await ensureDemo();
    source = DEMO_DB;
  } else if (!fs.existsSync(BIG_DB)) {
    throw new Error(`${BIG_DB} is missing: run npm run bench:seed first`);
  }
  const file = path.join(DATA_DIR, `${name}-run.db`);
  copyDb(source, file);
  // A data set made before the latest migration (say, a new index) gets it here, on the copy.
  await setupDatabase(`file:${file}`, { seed: false });

  const sqlite = new Database(file);
  const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  const counts = Object.fromEntries(["Staff", "Client", "ClientCourse", "Appointment", "Sale", "Redemption"].map((t) => [t, count(t)]));
  const busiest = sqlite
    .prepare(`SELECT substr(startsAt, 1, 10) AS day, COUNT(*) AS n FROM Appointment GROUP BY 1 ORDER BY n DESC, day ASC LIMIT 1`)
    .get() as { day: string; n: number };
  const manager = sqlite.prepare(`SELECT id FROM Staff WHERE role = 'MANAGER' AND email IS NOT NULL ORDER BY id LIMIT 1`).get() as { id: number };
  const token = randomBytes(32).toString("base64url");
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  sqlite
    .prepare(`INSERT INTO StaffSession (id, staffId, createdAt, expiresAt) VALUES (?, ?, ?, ?)`)
    .run(createHash("sha256").update(token).digest("hex"), manager.id, iso(new Date()), iso(new Date(Date.now() + 12 * 3600_000)));
  sqlite.close();
  return { name, file, counts, busiestDay: busiest.day, busiestDayAppointments: busiest.n, cookie: `${SESSION_COOKIE}=${token}` };
}

export function removeRunCopy(dataset: Dataset): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dataset.file + suffix, { force: true });
}
