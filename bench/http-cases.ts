/**
 * Pages served by `next start`, timed from request to the last byte of the HTML. The floor is a
 * trivial page of the same app in the same run: /login renders through the same root layout, proxy
 * and React server renderer but reads nothing, so calendar ÷ login is what the calendar's own data
 * and markup cost. /api/health (no React at all) is shown too, as the bare HTTP round trip.
 */
import type { Dataset } from "./datasets";
import type { Server } from "./server";
import { performance } from "node:perf_hooks";
import { summarise, type Summary } from "./stats";

export type HttpResults = Record<"calendar" | "report" | "login" | "health", Summary> & { calendarBytes: number };

async function get(url: string, cookie?: string): Promise<number> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return body.length;
}

export async function measureHttp(server: Server, dataset: Dataset, runs: number, warmup: number): Promise<HttpResults> {
  const calendar = `${server.url}/calendar?date=${dataset.busiestDay}`;
  const calendarBytes = await get(calendar, dataset.cookie);
  const month = dataset.busiestDay.slice(0, 7);
  const report = `${server.url}/manager/reports?report=sales&from=${month}-01&to=${month}-28`;
  const targets = [
    ["login", `${server.url}/login`, undefined],
    ["calendar", calendar, dataset.cookie],
    ["health", `${server.url}/api/health`, undefined],
    ["report", report, dataset.cookie],
  ] as const;
  // Interleaved (one of each per round), so a burst of load from elsewhere hits floor and page alike.
  const samples = new Map<string, number[]>(targets.map(([key]) => [key, []]));
  // The server's CPU per request (10 ms ticks, so only its mean is meaningful).
  const cpu = new Map<string, number[]>(targets.map(([key]) => [key, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [key, url, cookie] of targets) {
      const cpuStart = server.cpuMs();
      const start = performance.now();
      await get(url, cookie);
      const took = performance.now() - start;
      if (round >= warmup) {
        samples.get(key)!.push(took);
        cpu.get(key)!.push(server.cpuMs() - cpuStart);
      }
    }
  }
  const of = (key: string) => summarise(samples.get(key)!, cpu.get(key));
  return { calendar: of("calendar"), report: of("report"), login: of("login"), health: of("health"), calendarBytes };
}
