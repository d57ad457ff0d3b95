/**
 * `npm run bench:seed`: a big salon group for the benchmarks, deterministically (one seeded PRNG;
 * only `today` moves the calendar): 60 staff with their services, rotas and exceptions, 11 rooms,
 * 50,000 clients, 20,000 client courses and 300,000 appointments over two years around today (each
 * by a stylist who does the service, inside their hours, in a free room when it needs one), with
 * their sales, redemptions and booking history.
 * Written to bench/.data/big.db (BENCH_DB to change), never to the app's own database.
 *
 * Migrated like any database (scripts/setup-db.ts), reference data through the shared factories,
 * then the bulk as raw batched INSERTs in one transaction per table, then the ledger's rules checked.
 */
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "../lib/db";
import { salonDateOf } from "../lib/time";
import { buildClients } from "../prisma/seed/people";
import { createRng } from "../prisma/seed/random";
import { setupDatabase } from "../scripts/setup-db";
import { checkIntegrity } from "./seed/checks";
import { CoursePlanner } from "./seed/courses";
import { BENCH_SALON, createBenchReference } from "./seed/reference";
import { buildRows, COLUMNS, iso, type Rows } from "./seed/rows";
import { byService, openDays, planAppointments } from "./seed/schedule";

const SEED = 7_2026;
export const BIG = { clients: 50_000, courses: 20_000, appointments: 300_000, daysBack: 560, daysAhead: 170 };
export const BENCH_DB_FILE = path.resolve(process.env.BENCH_DB ?? "bench/.data/big.db");

const DOMAINS = ["example.com", "example.co.uk", "example.org", "example.net"];

function insertAll(sqlite: Database.Database, table: string, columns: string[], rows: unknown[][]): void {
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
  const insert = sqlite.prepare(sql);
  sqlite.transaction(() => {
    for (const row of rows) insert.run(row);
  })();
}

function clientRows(count: number, now: number): unknown[][] {
  const rng = createRng(SEED + 1);
  // The demo's name lists, every pair once; 50,000 clients share them (plenty of Smiths, as in life).
  const names = buildClients(rng, 3000);
  return Array.from({ length: count }, (_, i) => {
    const { firstName, lastName } = names[i % names.length];
    const email = i % 10 === 7 ? null : `${`${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "")}${i}@${DOMAINS[i % 4]}`;
    const phone = `+4477${String((i * 7919 + 1234) % 100_000_000).padStart(8, "0")}`;
    return [i + 1, firstName, lastName, email, phone, "", iso(now - rng.int(1, 1100) * 86_400_000)];
  });
}

async function main(): Promise<void> {
  if (BENCH_DB_FILE === path.resolve("data", "salon.db")) throw new Error("bench:seed never writes the app's own database");
  const started = Date.now();
  const now = new Date();
  const url = `file:${BENCH_DB_FILE}`;
  await setupDatabase(url, { reset: true, seed: false });
  const migrated = Date.now();

  const rng = createRng(SEED);
  const today = salonDateOf(now, BENCH_SALON.timezone);
  const db = createDb(url);
  const refs = await createBenchReference(db, rng, new Date(+now - 800 * 86_400_000), today);
  await db.$disconnect();
  const referenced = Date.now();

  const days = openDays(today, BIG.daysBack, BIG.daysAhead, refs, BENCH_SALON.timezone);
  const appointments = planAppointments(rng, refs, days, BIG.appointments, BIG.clients);
  const planner = new CoursePlanner(rng, refs, days, byService(appointments));
  planner.plan({ count: BIG.courses, clientCount: BIG.clients, now: +now, lastDay: days.length - 1, regulars: 50, perRegular: 6 });
  const rows: Rows = buildRows(appointments, planner.courses, { rng, days, now: +now, deskId: refs.deskId, managerId: refs.managerId });
  const planned = Date.now();

  const sqlite = new Database(BENCH_DB_FILE);
  // A throw-away file being filled once: no journal and a big page cache while loading (a crash
  // means running the seed again), then back to WAL like every database of the app.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  insertAll(sqlite, "Client", ["id", "firstName", "lastName", "email", "phone", "notes", "createdAt"], clientRows(BIG.clients, +now));
  for (const table of ["ClientCourse", "ClientCourseLine", "ClientCourseChange", "Appointment", "Sale", "SaleLine", "Redemption", "CourseBookingLog"] as const) {
    insertAll(sqlite, table, COLUMNS[table], rows[table]);
  }
  // Each paid sale was paid by one method, as the till records it (lib/till/tender.ts).
  sqlite.exec(`INSERT INTO "SalePayment" ("saleId", "method", "amountMinor") SELECT "id", "paymentMethod", "totalMinor" FROM "Sale" WHERE "paymentMethod" <> 'NONE' AND "totalMinor" <> 0`);
  const written = Date.now();
  checkIntegrity(sqlite, refs, BENCH_SALON.timezone);
  sqlite.pragma("journal_mode = WAL");
  const counts = Object.fromEntries(
    ["Staff", "StaffService", "StaffWeekHours", "StaffDayException", "Resource", "Client", "ClientCourse", "ClientCourseLine", "Appointment", "Sale", "SaleLine", "Redemption", "CourseBookingLog", "ClientCourseChange"].map((t) => [
      t,
      (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n,
    ]),
  );
  const byStatus = sqlite.prepare(`SELECT status, COUNT(*) AS n FROM "Appointment" GROUP BY status`).all();
  sqlite.close();

  console.log(`bench:seed ${BENCH_DB_FILE} (today ${today})`);
  console.table(counts);
  console.log("appointments by status:", Object.fromEntries(byStatus.map((r) => [(r as { status: string }).status, (r as { n: number }).n])));
  console.log(
    `bench:seed done in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(migrate ${((migrated - started) / 1000).toFixed(1)} s, reference ${((referenced - migrated) / 1000).toFixed(1)} s, ` +
      `plan ${((planned - referenced) / 1000).toFixed(1)} s, ` +
      `insert ${((written - planned) / 1000).toFixed(1)} s, checks ${((Date.now() - written) / 1000).toFixed(1)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench:seed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
