/**
 * `npm run bench`: the performance benchmarks, demo salon and big group side by side.
 *   npm run bench                 # build into .next-bench, then measure both
 *   npm run bench -- --no-build   # reuse the last .next-bench build
 *   BENCH_RUNS=100 BENCH_PORT=3306 npm run bench
 * Prints median and p95 per case with its floor and ratio, and writes bench/results.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";
import { clientCases, clientFacts } from "./client-cases";
import { prepareDataset, removeRunCopy, type Dataset } from "./datasets";
import { DESK_LABELS, DESK_STEPS, measureDesk } from "./desk-cases";
import { measureHttp } from "./http-cases";
import { onlineCases, onlineFacts } from "./online-cases";
import { measureReads, readCases, readFacts } from "./read-cases";
import { buildApp, hasBuild, startServer, BENCH_DIST } from "./server";
import type { Summary } from "./stats";
import { firstLoadJs, printTable, type Row } from "./report";

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3306);

type Measured = { dataset: Dataset; results: Record<string, Summary>; facts: Record<string, unknown>; labels: Record<string, string> };

async function measureDataset(name: "demo" | "big"): Promise<Measured> {
  const dataset = await prepareDataset(name);
  console.log(`\n${name}: ${JSON.stringify(dataset.counts)}; busiest day ${dataset.busiestDay} (${dataset.busiestDayAppointments} appointments)`);
  const server = await startServer(dataset.file, PORT);
  let http;
  try {
    http = await measureHttp(server, dataset, RUNS, WARMUP);
  } finally {
    await server.stop();
  }
  console.log(`${name}: pages done (calendar HTML ${Math.round(http.calendarBytes / 1024)} KB)`);

  const db = createDb(`file:${dataset.file}`);
  try {
    const { timezone } = await getSettings(db);
    const facts = await readFacts(db);
    const online = await onlineFacts(db, timezone);
    const client = await clientFacts(db, timezone);
    const cases = [...readCases(db, facts, timezone), ...onlineCases(db, online), ...clientCases(db, client)];
    const reads = await measureReads(cases, RUNS, WARMUP);
    console.log(`${name}: reads done`);
    const desk = await measureDesk(db, RUNS, WARMUP);
    console.log(`${name}: desk actions done`);
    const { calendarBytes, ...pages } = http;
    return {
      dataset,
      results: { ...Object.fromEntries(Object.entries(pages).map(([k, v]) => [`page:${k}`, v])), ...reads, ...desk },
      facts: { ...facts, online, client, calendarHtmlBytes: calendarBytes },
      labels: Object.fromEntries(cases.map((c) => [c.id, c.label])),
    };
  } finally {
    await db.$disconnect();
    removeRunCopy(dataset);
  }
}

function machine() {
  const cpu = fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  return { nproc: os.availableParallelism(), cpu, node: process.version, platform: `${os.type()} ${os.release()}`, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg();
  if (!process.argv.includes("--no-build") || !hasBuild()) {
    console.log(`bench: next build into ${BENCH_DIST} …`);
    buildApp();
  }
  const demo = await measureDataset("demo");
  const big = await measureDataset("big");

  const rows: Row[] = [
    { id: "page:calendar", label: `calendar day page (busiest day: demo ${demo.dataset.busiestDayAppointments}, big ${big.dataset.busiestDayAppointments} appts)`, floor: "page:login", target: { ratio: 3 } },
    { id: "page:report", label: "reports page: monthly sales", floor: "page:login", target: { p95: 300 } },
    { id: "page:login", label: "floor: /login (trivial page)", floor: "page:login" },
    { id: "page:health", label: "/api/health (no React)", floor: "page:login" },
    { id: "calendarDay", label: "calendarDay", floor: "floor" },
    ...["drawerCourses", "drawerDetail", "checkoutVisit"].map((id) => ({ id, label: id, floor: "floor", target: { p95: 50 } })),
    ...["searchName", "searchTwoWords", "searchPhone"].map((id) => ({ id, label: id, floor: "floor", target: { p95: 50 } })),
    ...["reportSales", "reportRedemptions", "reportTakings"].map((id) => ({ id, label: id, floor: "floor", target: { p95: 300 } })),
    // Issue 15: the liability, expiring and as-at reads under 100 ms p95; the journal for a month under 1 s.
    ...["reportLiability", "reportLiabilityOld", "reportExpiring", "asOfLiability", "asOfCourse"].map((id) => ({ id, label: id, floor: "floor", target: { p95: 100 } })),
    { id: "journalMonth", label: "journalMonth", floor: "floor", target: { p95: 1000 } },
    // Issue 13: online free times for "Anyone", one day, under 100 ms p95; the week strip beside it.
    { id: "onlineFreeTimes", label: "onlineFreeTimes", floor: "floor", target: { p95: 100 } },
    { id: "onlineWeekStrip", label: "onlineWeekStrip", floor: "floor" },
    // Issue 14: the reminder scan of every sender tick under 50 ms p95; the client's page and a desk series proposal under 100 ms p95.
    { id: "reminderScan", label: "reminderScan", floor: "floor", target: { p95: 50 } },
    { id: "clientPage", label: "clientPage", floor: "floor", target: { p95: 100 } },
    { id: "seriesProposal", label: "seriesProposal", floor: "floor", target: { p95: 100 } },
    ...DESK_STEPS.map((id) => ({ id, label: DESK_LABELS[id], floor: "floor", target: { p95: 50 } })),
    { id: "floor", label: "floor: settings row by key (Prisma)", floor: "floor" },
  ];
  for (const row of rows) if (big.labels[row.id]) row.label = big.labels[row.id];

  const table = printTable(rows, demo.results, big.results);
  const routes = firstLoadJs(BENCH_DIST);
  if (routes) console.log(`\nFirst-load JS (next build): ${routes.map((r) => `${r.route} ${r.uncompressedKb} KB (${r.gzipKb} KB gzip)`).join(", ")}`);
  const result = {
    when: new Date().toISOString(),
    machine: { ...machine(), loadAverageBefore: loadBefore.map((x) => +x.toFixed(2)), loadAverageAfter: os.loadavg().map((x) => +x.toFixed(2)) },
    settings: { runs: RUNS, warmup: WARMUP },
    datasets: Object.fromEntries([demo, big].map((m) => [m.dataset.name, { counts: m.dataset.counts, busiestDay: m.dataset.busiestDay, busiestDayAppointments: m.dataset.busiestDayAppointments, ...m.facts }])),
    firstLoadJs: routes,
    cases: table,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  fs.writeFileSync(path.resolve("bench", "results.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nbench: wrote bench/results.json (${result.seconds} s; load average ${result.machine.loadAverageBefore.join(" ")} → ${result.machine.loadAverageAfter.join(" ")}, ${result.machine.nproc} × ${result.machine.cpu})`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
