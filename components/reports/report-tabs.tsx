import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { PAGE_REPORTS, REPORT_TITLES, REPORTS, type PageReportId, type ReportId } from "@/lib/reports/labels";
import type { Period } from "@/lib/reports/period";
import { reportHref } from "@/lib/reports/report-url";

/** One link per report; the period goes along (to the reports on pages of their own too). */
export function ReportTabs({ current, period }: { current: ReportId | PageReportId; period: Period }) {
  const tabs = [
    ...REPORTS.map((id) => ({ id, title: REPORT_TITLES[id], href: reportHref(id, period) })),
    ...PAGE_REPORTS.map((r) => ({ id: r.id, title: r.title, href: `${r.path}?${new URLSearchParams({ from: period.from, to: period.to })}` })),
  ];
  return (
    <nav aria-label="Reports" className="border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.href}
              aria-current={tab.id === current ? "page" : undefined}
              className={cx(
                "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                tab.id === current ? "border-brand-600 text-brand-800" : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink",
              )}
            >
              {tab.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
