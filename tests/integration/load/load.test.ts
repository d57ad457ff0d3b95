import { describe, expect, it } from "vitest";
import { runLoad } from "@/bench/lib/run-load";
import { formatStats, totals } from "@/bench/lib/stats";
import { formatIntegrityReport } from "@/lib/integrity/report";
import { testDatabaseUrl } from "../../helpers/test-db";

// The short version of `npm run bench:load`: one worker process with four operations in flight, as
// one server handles concurrent requests, for a few seconds; then the integrity check.
describe("short load run", () => {
  it("books, converts, checks in, checks out, cancels and sells concurrently and leaves every rule holding", async () => {
    const result = await runLoad({ databaseUrl: testDatabaseUrl(), seconds: 4, concurrency: 4, workers: 1, size: { staff: 4, clients: 12, days: 4 } });
    console.log(`${formatStats(result.stats, result.seconds)}\n${formatIntegrityReport(result.integrity)}`);
    expect(result.crashed).toEqual([]);
    const t = totals(result.stats);
    expect(t.ok).toBeGreaterThan(0);
    expect(result.stats.book.ok).toBeGreaterThan(0);
    expect(t.unexpected).toBe(0);
    // One process: its transactions queue on one connection, so SQLite is never busy.
    expect(t.busy).toBe(0);
    expect(result.integrity.findings).toEqual([]);
  }, 120_000);
});
