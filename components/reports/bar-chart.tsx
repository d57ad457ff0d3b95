import { formatMoney } from "@/lib/money";
import { labelEvery, niceAxis } from "@/lib/reports/chart-scale";
import { axisMoney } from "@/lib/reports/format";

export type ChartSeries = { label: string; fill: string; swatch: string };
/** One bar per day; `values[i]` belongs to `series[i]`. Positive values stack up, negative ones down. */
export type ChartBar = { key: string; label: string; title: string; values: number[] };

const W = 1000;
const H = 240;
const PAD = { left: 72, right: 8, top: 10, bottom: 26 };

/**
 * A stacked bar chart in plain SVG. It is one image to assistive technology (role="img" and a
 * summary in `summary`); the table beside it carries the figures.
 */
export function BarChart({
  series,
  bars,
  summary,
  currency,
}: {
  series: ChartSeries[];
  bars: ChartBar[];
  summary: string;
  currency: string;
}) {
  const stacks = bars.map((b) => ({
    up: b.values.reduce((a, v) => a + Math.max(0, v), 0),
    down: b.values.reduce((a, v) => a + Math.min(0, v), 0),
  }));
  const axis = niceAxis(Math.min(0, ...stacks.map((s) => s.down)), Math.max(0, ...stacks.map((s) => s.up)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + ((axis.max - v) / (axis.max - axis.min)) * plotH;
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.max(1, slot * (bars.length > 60 ? 0.9 : 0.7));
  const every = labelEvery(bars.length);

  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="block h-auto w-full text-ink-muted">
        {axis.ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className={t === 0 ? "stroke-slate-400" : "stroke-slate-200"} strokeWidth={1} />
            <text x={PAD.left - 8} y={y(t)} dy="0.35em" textAnchor="end" fontSize={12} className="fill-current tabular-nums">
              {axisMoney(t, currency)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          let up = 0;
          let down = 0;
          return (
            <g key={bar.key}>
              {bar.values.map((v, s) => {
                if (v === 0) return null;
                const from = v > 0 ? up : down;
                const to = from + v;
                if (v > 0) up = to;
                else down = to;
                return (
                  <rect key={s} x={x} width={barW} y={y(Math.max(from, to))} height={Math.max(0.5, Math.abs(y(from) - y(to)))} className={series[s].fill}>
                    <title>{`${bar.title} · ${series[s].label}: ${formatMoney(v, currency)}`}</title>
                  </rect>
                );
              })}
              {i % every === 0 && (
                <text x={x + barW / 2} y={H - 8} textAnchor="middle" fontSize={12} className="fill-current">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted" aria-hidden="true">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1.5">
            <span className={`size-2.5 rounded-sm ${s.swatch}`} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
