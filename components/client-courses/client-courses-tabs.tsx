import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { filtersHref, type ClientCourseFilters } from "@/lib/courses/views/filters";
import type { CourseTab } from "@/lib/courses/views/status";

const TABS: { tab: CourseTab; label: string }[] = [
  { tab: "active", label: "Active" },
  { tab: "used", label: "Used Courses" },
];

/** "Active" and "Used Courses": links, so the tab is in the URL with the other filters. */
export function ClientCoursesTabs({ filters, counts }: { filters: ClientCourseFilters; counts: Record<CourseTab, number> }) {
  return (
    <nav aria-label="Course lists" className="border-b border-line px-3">
      <ul className="-mb-px flex gap-1">
        {TABS.map(({ tab, label }) => {
          const current = tab === filters.tab;
          return (
            <li key={tab}>
              <Link
                href={filtersHref(filters, { tab })}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "inline-flex h-11 items-center gap-2 border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  current ? "border-brand-600 text-brand-800" : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink",
                )}
              >
                {label}
                <span className={cx("rounded-full px-1.5 py-0.5 text-xs tabular-nums", current ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-ink-muted")}>
                  {counts[tab].toLocaleString("en-GB")}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
