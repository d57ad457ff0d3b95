import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { filtersHref, PAGE_SIZE, type ClientCourseFilters } from "@/lib/courses/views/filters";

/** "Showing 26–50 of 14,740" with Previous / Next; the page number is in the URL. */
export function Pagination({ filters, page, pageCount, total }: { filters: ClientCourseFilters; page: number; pageCount: number; total: number }) {
  if (total === 0) return null;
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);
  const n = (x: number) => x.toLocaleString("en-GB");
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-5 py-3">
      <p className="text-sm text-ink-muted" aria-live="polite">
        Showing {n(first)}–{n(last)} of {n(total)}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={filtersHref(filters, { page: page - 1 })} className={buttonClasses({ variant: "secondary", size: "sm" })} rel="prev">
            <span aria-hidden="true">←</span> Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={buttonClasses({ variant: "secondary", size: "sm" })}>
            <span aria-hidden="true">←</span> Previous
          </span>
        )}
        <span className="text-sm text-ink-muted tabular-nums">
          Page {n(page)} of {n(pageCount)}
        </span>
        {page < pageCount ? (
          <Link href={filtersHref(filters, { page: page + 1 })} className={buttonClasses({ variant: "secondary", size: "sm" })} rel="next">
            Next <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <span aria-disabled="true" className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Next <span aria-hidden="true">→</span>
          </span>
        )}
      </div>
    </nav>
  );
}
