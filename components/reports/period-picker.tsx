import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { TextField } from "@/components/ui/text-field";
import type { ReportId } from "@/lib/reports/labels";
import { periodLabel, PRESET_LABELS, presetPeriod, type Period, type PresetId, type ResolvedPeriod } from "@/lib/reports/period";
import { reportHref, REPORTS_PATH } from "@/lib/reports/report-url";

type Props = { period: Period; today: string } & (
  | { report: ReportId; path?: never }
  /** A report on a page of its own (Takings, Journal): its path, the period as ?from=&to=. */
  | { report?: never; path: string }
);

/** A plain GET form: the period lives in the URL (?from=&to=), so it can be bookmarked and shared. */
export function PeriodPicker({ period, report, path, today }: Props) {
  const hrefFor = (p: Period) => (report ? reportHref(report, p) : `${path}?${new URLSearchParams({ from: p.from, to: p.to })}`);
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <form method="get" action={path ?? REPORTS_PATH} className="flex flex-wrap items-end gap-3" aria-label="Report period">
        {report && <input type="hidden" name="report" value={report} />}
        <TextField label="From" name="from" type="date" defaultValue={period.from} required className="w-44" />
        <TextField label="To" name="to" type="date" defaultValue={period.to} required className="w-44" />
        <Button type="submit" variant="primary">
          Show
        </Button>
      </form>
      <nav aria-label="Quick periods" className="flex flex-wrap gap-2">
        {(Object.keys(PRESET_LABELS) as PresetId[]).map((id) => {
          const preset = presetPeriod(id, today);
          const current = preset.from === period.from && preset.to === period.to;
          return (
            <Link
              key={id}
              href={hrefFor(preset)}
              aria-current={current ? "true" : undefined}
              className={cx(
                "inline-flex h-10 items-center rounded-md border px-4 text-sm font-medium whitespace-nowrap shadow-xs transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                current ? "border-brand-600 bg-brand-50 text-brand-800" : "border-line-strong bg-surface text-ink hover:bg-slate-50",
              )}
            >
              {PRESET_LABELS[id]}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}

/** What was wrong with the period asked for, and what is shown instead (nothing when it was fine). */
export function PeriodNotices({ period }: { period: ResolvedPeriod }) {
  if (period.notices.length === 0) return null;
  return (
    <Alert tone="warning" title={`Showing ${periodLabel(period)}`}>
      <ul className="list-disc space-y-0.5 pl-5">
        {period.notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </Alert>
  );
}
