/** The side-by-side table, and the first-load JS of the routes from the build's own bundle stats. */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Summary } from "./stats";

export type Row = { id: string; label: string; floor: string; target?: { p95?: number; ratio?: number } };
type Side = { median: number; p95: number; floor: number; ratio: number; cpuMean: number | null; cpuRatio: number | null };
export type TableRow = { id: string; label: string; target: string; demo: Side; big: Side; bigOverDemo: number; meetsTarget: boolean };

const r2 = (x: number) => Math.round(x * 100) / 100;

function side(results: Record<string, Summary>, row: Row): Side {
  const s = results[row.id];
  const floor = results[row.floor];
  const cpuRatio = s.cpuMean !== undefined && floor.cpuMean ? r2(s.cpuMean / floor.cpuMean) : null;
  return { median: s.median, p95: s.p95, floor: floor.median, ratio: r2(s.median / floor.median), cpuMean: s.cpuMean ?? null, cpuRatio };
}

export function printTable(rows: Row[], demo: Record<string, Summary>, big: Record<string, Summary>): TableRow[] {
  const table = rows.map((row): TableRow => {
    const d = side(demo, row);
    const b = side(big, row);
    const t = row.target;
    const meets = !t || ((t.p95 === undefined || (b.p95 <= t.p95 && d.p95 <= t.p95)) && (t.ratio === undefined || (b.ratio <= t.ratio && d.ratio <= t.ratio)));
    const target = t?.p95 !== undefined ? `p95 < ${t.p95} ms` : t?.ratio !== undefined ? `≤ ${t.ratio}× floor` : "";
    return { id: row.id, label: row.label, target, demo: d, big: b, bigOverDemo: r2(b.median / d.median), meetsTarget: meets };
  });
  const header = ["case", "demo med", "demo p95", "big med", "big p95", "floor (big)", "big ÷ floor", "big ÷ demo", "cpu demo", "cpu big", "cpu ÷ floor", "target", ""];
  const lines = table.map((t) => [
    t.label,
    t.demo.median.toFixed(1),
    t.demo.p95.toFixed(1),
    t.big.median.toFixed(1),
    t.big.p95.toFixed(1),
    t.big.floor.toFixed(1),
    `${t.big.ratio.toFixed(1)}×`,
    `${t.bigOverDemo.toFixed(2)}×`,
    t.demo.cpuMean === null ? "" : t.demo.cpuMean.toFixed(1),
    t.big.cpuMean === null ? "" : t.big.cpuMean.toFixed(1),
    t.big.cpuRatio === null ? "" : `${t.big.cpuRatio.toFixed(1)}×`,
    t.target,
    t.target ? (t.meetsTarget ? "ok" : "MISSED") : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\nWall times in ms (median, 95th percentile); cpu = mean CPU ms of the process doing the work (the server for pages).\n${fmt(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const l of lines) console.log(fmt(l));
  return table;
}

export type RouteJs = { route: string; uncompressedKb: number; gzipKb: number; chunks: number };

/** First-load JS per route from `<dist>/diagnostics/route-bundle-stats.json` (Next 16 no longer prints sizes). */
export function firstLoadJs(distDir: string, routes = ["/calendar", "/login", "/checkout/[clientId]"]): RouteJs[] | null {
  const file = path.join(distDir, "diagnostics", "route-bundle-stats.json");
  if (!fs.existsSync(file)) return null;
  const stats = JSON.parse(fs.readFileSync(file, "utf8")) as { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }[];
  return stats
    .filter((s) => routes.includes(s.route))
    .map((s) => {
      // Chunk paths are written as ".next/static/…"; they live in our dist folder.
      const gzip = s.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(fs.readFileSync(path.join(distDir, p.replace(/^[^/]+\//, "")))).length, 0);
      return { route: s.route, uncompressedKb: Math.round(s.firstLoadUncompressedJsBytes / 1024), gzipKb: Math.round(gzip / 1024), chunks: s.firstLoadChunkPaths.length };
    });
}
