/**
 * `npx tsx bench/explain.ts [db file]`: runs what the drawer, search, reports and desk actions run
 * (bench/read-cases.ts, one booking in a rolled-back transaction) with Prisma's query log on, and
 * prints every SQL statement slower than BENCH_SLOW_MS (default 2) with SQLite's query plan — the
 * place to look for a missing index (SCAN, TEMP B-TREE, or a SEARCH on the wrong index).
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { findRedeemableLines } from "@/lib/courses/find-redeemable";
import { assertNoOverlap } from "@/lib/appointments/guards";
import { getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf, salonInstant } from "@/lib/time";
import { readCases, readFacts } from "./read-cases";

const file = path.resolve(process.argv[2] ?? "bench/.data/big.db");
const slowMs = Number(process.env.BENCH_SLOW_MS ?? 2);
type Logged = { query: string; params: string; duration: number; label: string };

async function main(): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }), log: [{ emit: "event", level: "query" }] });
  const logged: Logged[] = [];
  let label = "";
  db.$on("query", (e) => logged.push({ query: e.query, params: e.params, duration: e.duration, label }));
  const { timezone } = await getSettings(db);
  const facts = await readFacts(db);
  for (const c of readCases(db, facts, timezone)) {
    label = c.label;
    await c.run(); // once to warm
    logged.length = logged.filter((l) => l.label !== label).length;
    await c.run();
  }
  label = "desk: overlap check + check-in prompt";
  const today = salonDateOf(new Date(), timezone);
  const start = salonInstant(addDaysToDate(today, 7), 10 * 60, timezone);
  const staff = await db.staff.findFirstOrThrow({ where: { takesAppointments: true }, select: { id: true } });
  await assertNoOverlap(db, { staffId: staff.id, startsAt: start, endsAt: new Date(+start + 15 * 60_000) }, timezone).catch(() => undefined);
  const service = await db.clientCourseLine.findFirstOrThrow({ where: { clientCourse: { clientId: facts.drawerClientId } }, select: { serviceId: true } });
  await findRedeemableLines(db, { clientId: facts.drawerClientId, serviceId: service.serviceId, startsAt: start, endsAt: new Date(+start + 15 * 60_000) }, timezone, new Date());
  await db.$disconnect();

  const sqlite = new Database(file, { readonly: true });
  for (const l of logged.filter((x) => x.duration >= slowMs).sort((a, b) => b.duration - a.duration)) {
    const params = (JSON.parse(l.params) as unknown[]).map((p) => (typeof p === "boolean" ? Number(p) : p));
    console.log(`\n${l.duration} ms — ${l.label}\n  ${l.query.slice(0, 400)}`);
    try {
      for (const row of sqlite.prepare(`EXPLAIN QUERY PLAN ${l.query}`).all(...params) as { detail: string }[]) console.log(`    plan: ${row.detail}`);
    } catch (error) {
      console.log(`    (no plan: ${(error as Error).message})`);
    }
  }
  sqlite.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
