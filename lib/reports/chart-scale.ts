/** Axis ticks for the report bar charts. Pure. */

/** A round step (1, 2 or 5 × 10ⁿ minor units, at least £1) giving about `count` steps over `range`. */
export function niceStep(range: number, count = 5): number {
  const raw = Math.max(range / count, 100);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return step;
}

/** The axis from a round value at or below `min` (≤ 0) to one at or above `max` (≥ 0), and its ticks. */
export function niceAxis(min: number, max: number, count = 5): { min: number; max: number; ticks: number[] } {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  const step = niceStep(hi - lo || 100, count);
  const axis = { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step || step };
  const ticks: number[] = [];
  for (let t = axis.min; t <= axis.max; t += step) ticks.push(t);
  return { ...axis, ticks };
}

/** Which of `n` bars get a label under them, so at most about `most` labels show. */
export function labelEvery(n: number, most = 16): number {
  if (n <= most) return 1;
  return [2, 3, 5, 7, 10, 14, 15, 30, 31, 61].find((k) => n / k <= most) ?? Math.ceil(n / most);
}
