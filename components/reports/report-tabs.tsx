import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { REPORT_TITLES, REPORTS, type ReportId } from "@/lib/reports/labels";
import type { Period } from "@/lib/reports/period";
import { reportHref } from "@/lib/reports/report-url";

/** One link per report; the period goes along. */
export function ReportTabs({ current, period }: { current: ReportId; period: Period }) {
  return (
    <nav aria-label="Reports" className="border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1">
        {REPORTS.map((id) => (
          <li key={id}>
            <Link
              href={reportHref(id, period)}
              aria-current={id === current ? "page" : undefined}
              className={cx(
                "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                id === current ? "border-brand-600 text-brand-800" : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink",
              )}
            >
              {REPORT_TITLES[id]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
