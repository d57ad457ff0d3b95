/**
 * Counting what the workers did, per kind: done; refused (a DomainError, by code: the desk sees a
 * message); busy (SQLite stayed locked by another process through every retry: nothing was written,
 * the desk is asked to try again); unexpected (anything else, by message); and latency.
 */
import { OPS, type OpKind } from "./ops";

export type KindStats = { ok: number; refused: Record<string, number>; busy: number; unexpected: Record<string, number>; latenciesMs: number[] };
export type Stats = Record<OpKind, KindStats>;

export const KINDS = Object.keys(OPS) as OpKind[];

export function emptyStats(): Stats {
  return Object.fromEntries(KINDS.map((k) => [k, { ok: 0, refused: {}, busy: 0, unexpected: {}, latenciesMs: [] }])) as unknown as Stats;
}

const bump = (counts: Record<string, number>, key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by);

/** Unexpected errors grouped by their message, with ids and numbers blanked so alike ones group. */
export function errorKey(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, " ").replace(/\d+/g, "#").slice(0, 160);
}

export function record(stats: Stats, kind: OpKind, ms: number, outcome: { refused?: string; busy?: boolean; unexpected?: string }) {
  const s = stats[kind];
  if (outcome.refused) bump(s.refused, outcome.refused);
  else if (outcome.busy) s.busy += 1;
  else if (outcome.unexpected) bump(s.unexpected, outcome.unexpected);
  else s.ok += 1;
  s.latenciesMs.push(ms);
}

export function mergeStats(all: Stats[]): Stats {
  const merged = emptyStats();
  for (const stats of all) {
    for (const kind of KINDS) {
      const into = merged[kind];
      const from = stats[kind];
      into.ok += from.ok;
      into.busy += from.busy;
      for (const [k, v] of Object.entries(from.refused)) bump(into.refused, k, v);
      for (const [k, v] of Object.entries(from.unexpected)) bump(into.unexpected, k, v);
      into.latenciesMs.push(...from.latenciesMs);
    }
  }
  return merged;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export type Totals = { attempts: number; ok: number; refused: number; busy: number; unexpected: number };

export function totals(stats: Stats): Totals {
  const t = { attempts: 0, ok: 0, refused: 0, busy: 0, unexpected: 0 };
  for (const kind of KINDS) {
    const s = stats[kind];
    t.ok += s.ok;
    t.refused += sum(s.refused);
    t.busy += s.busy;
    t.unexpected += sum(s.unexpected);
  }
  t.attempts = t.ok + t.refused + t.busy + t.unexpected;
  return t;
}

/** A table per kind, then refusals and unexpected errors spelled out. */
export function formatStats(stats: Stats, seconds: number): string {
  const pad = (x: string | number, n: number) => String(x).padStart(n);
  const out = [`${"operation".padEnd(9)} ${pad("tried", 7)} ${pad("done", 7)} ${pad("done/s", 8)} ${pad("refused", 8)} ${pad("busy", 5)} ${pad("errors", 7)} ${pad("p50 ms", 7)} ${pad("p95 ms", 7)}`];
  for (const kind of KINDS) {
    const s = stats[kind];
    const tried = s.ok + sum(s.refused) + s.busy + sum(s.unexpected);
    out.push(
      `${kind.padEnd(9)} ${pad(tried, 7)} ${pad(s.ok, 7)} ${pad((s.ok / seconds).toFixed(1), 8)} ${pad(sum(s.refused), 8)} ${pad(s.busy, 5)} ${pad(sum(s.unexpected), 7)} ${pad(percentile(s.latenciesMs, 50), 7)} ${pad(percentile(s.latenciesMs, 95), 7)}`,
    );
  }
  const t = totals(stats);
  out.push(`${"all".padEnd(9)} ${pad(t.attempts, 7)} ${pad(t.ok, 7)} ${pad((t.ok / seconds).toFixed(1), 8)} ${pad(t.refused, 8)} ${pad(t.busy, 5)} ${pad(t.unexpected, 7)}`);
  const refusals = KINDS.flatMap((k) => Object.entries(stats[k].refused).map(([code, n]) => `  ${k}: ${code} × ${n}`));
  out.push("", "Expected refusals (the desk sees a message):", ...(refusals.length ? refusals : ["  none"]));
  const errors = KINDS.flatMap((k) => Object.entries(stats[k].unexpected).map(([msg, n]) => `  ${k}: ${msg} × ${n}`));
  out.push("", "Unexpected errors:", ...(errors.length ? errors : ["  none"]));
  return out.join("\n");
}
