// Load test: many concurrent bookings, conversions, check-ins, check-outs, cancellations and course
// sales on the database a running server uses, for a bounded time; then the integrity check.
//   tsx bench/load.ts [--url http://127.0.0.1:3000] [--seconds 30] [--concurrency 4] [--workers 1]
//                     [--db file:./data/salon.db]   (default: DATABASE_URL, as the server resolves it)
//                     [--probe /login]              (the page fetched from the server during the run)
//
// How the load reaches the database: server actions are not a stable HTTP API (each call needs the
// action id from the build's manifest and Next's RSC encoding), so the workers call the same lib/
// operations the actions call, inside inTransaction, from a worker process on the same SQLite file
// with --concurrency operations in flight. That is what one server does with concurrent requests
// (one better-sqlite3 connection, transactions queued on it, WAL, busy timeout, retries); --workers 2+
// adds what a second server process would. The server itself is probed over HTTP throughout, to show
// it keeps answering while the writes go on.
// It writes only in its own corner (staff, clients, services and courses named "Load test …", on days
// after any earlier run), so the real diary is untouched; still, prefer a copy of the database.
import { parseArgs } from "node:util";
import { databaseUrl, isLibsqlUrl } from "../lib/db";
import { formatIntegrityReport } from "../lib/integrity/report";
import { runLoad } from "./lib/run-load";
import { formatStats, totals } from "./lib/stats";
import { probeServer } from "./lib/probe";

async function main(): Promise<number> {
  try {
    process.loadEnvFile?.();
  } catch {
    // no .env
  }
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      seconds: { type: "string", default: "30" },
      concurrency: { type: "string", default: "4" },
      // One process, like one `next start`; more model several processes on one file.
      workers: { type: "string", default: "1" },
      db: { type: "string" },
      probe: { type: "string", default: "/login" },
    },
  });
  const url = values.db ?? databaseUrl();
  if (isLibsqlUrl(url)) throw new Error("bench:load drives a local SQLite file; point it at the file the server uses.");
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  if (!(seconds > 0) || !(concurrency > 0)) throw new Error("--seconds and --concurrency must be positive numbers");

  console.log(`bench:load ${url}: ${seconds} s, ${concurrency} operations in flight${values.url ? `, probing ${values.url}` : ""}`);
  const probe = values.url ? await probeServer(values.url, values.probe) : null;
  let server: string | undefined;
  const result = await runLoad({
    databaseUrl: url,
    seconds,
    concurrency,
    workers: Number(values.workers),
    started: () => probe?.start(),
    finished: () => (server = probe?.stop()),
  });

  console.log(`\n${result.workers} worker processes × ${result.loopsPerWorker} in flight, days ${result.plan.days[0].date} … ${result.plan.days.at(-1)!.date}\n`);
  console.log(formatStats(result.stats, seconds));
  if (server) console.log(`\nServer ${values.url}: ${server}`);
  for (const crash of result.crashed) console.log(`\nWorker crashed: ${crash}`);
  console.log(`\nIntegrity after the run:\n${formatIntegrityReport(result.integrity)}`);
  const bad = totals(result.stats).unexpected > 0 || result.crashed.length > 0 || result.integrity.findings.length > 0;
  return bad ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
