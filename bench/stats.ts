/** Timing: warm-up runs are thrown away; the rest give the median and the 95th percentile (nearest rank). */
import { performance } from "node:perf_hooks";

export type Summary = {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** CPU time (ms) of the process doing the work: steadier than wall time on a busy shared machine. */
  cpuMedian?: number;
  cpuMean?: number;
};

const round = (x: number) => Math.round(x * 100) / 100;
const nearestRank = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

export function summarise(samples: number[], cpu?: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const summary: Summary = { runs: sorted.length, median: round(nearestRank(sorted, 0.5)), p95: round(nearestRank(sorted, 0.95)), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
  if (cpu && cpu.length > 0) {
    summary.cpuMedian = round(nearestRank([...cpu].sort((a, b) => a - b), 0.5));
    summary.cpuMean = round(cpu.reduce((a, b) => a + b, 0) / cpu.length);
  }
  return summary;
}

/** This process's CPU time so far, in ms. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `fn(i)` warmup + runs times, one after another; `fn` may do untimed set-up through `prepare`. */
export async function measure<T>(
  runs: number,
  warmup: number,
  fn: (i: number, prepared: T) => Promise<unknown>,
  prepare?: (i: number) => Promise<T>,
): Promise<Summary> {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const prepared = prepare ? await prepare(i) : (undefined as T);
    const cpuStart = cpuNow();
    const start = performance.now();
    await fn(i, prepared);
    const took = performance.now() - start;
    if (i >= warmup) {
      samples.push(took);
      cpu.push(cpuNow() - cpuStart);
    }
  }
  return summarise(samples, cpu);
}
