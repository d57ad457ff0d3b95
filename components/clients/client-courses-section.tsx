import Link from "next/link";
import { CourseHistoryList } from "@/components/client-courses/course-history-list";
import { CourseStatusBadge } from "@/components/client-courses/course-status-badge";
import { CircleLegend } from "@/components/courses/circle-glyph";
import { CourseCard } from "@/components/courses/course-card";
import { cx } from "@/components/ui/cx";
import { shortDate } from "@/lib/courses/views/remaining";
import { STATUS_TEXT } from "@/lib/courses/views/status";
import type { CardCourse } from "@/lib/clients/client-card";

/**
 * The courses tab of a client card: each course with its circles or minutes bar, expiry and status.
 * Used, expired, refunded and transferred courses are greyed; each has its history underneath.
 */
export function ClientCoursesSection({ courses, manager }: { courses: CardCourse[]; manager: boolean }) {
  if (courses.length === 0) return <p className="text-sm text-ink-muted">No courses yet. Use “Sell a course” to sell one.</p>;
  return (
    <div className="space-y-4">
      <CircleLegend />
      <ul className="grid gap-4 xl:grid-cols-2">
        {courses.map((c) => {
          const closed = c.label !== "active";
          return (
            <li key={c.id} aria-label={`${c.card.name}, ${STATUS_TEXT[c.label]}`} data-status={c.label} className="min-w-0">
              <div className={cx(closed && "opacity-60 grayscale")}>
                <CourseCard course={c.card} headingLevel={3} />
              </div>
              <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 px-1 text-xs text-ink-muted">
                <CourseStatusBadge label={c.label} />
                <span>Bought {shortDate(c.purchasedOn)}</span>
                {manager && (
                  <Link href={`/manager/client-courses/${c.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                    Manage<span className="sr-only"> {c.card.name}</span>
                  </Link>
                )}
              </div>
              <details className="group mt-2 rounded-md border border-line bg-canvas px-3 py-2">
                <summary className="cursor-pointer text-sm font-medium text-ink select-none">
                  History<span className="sr-only"> of {c.card.name}</span>
                  <span className="ml-1 text-xs font-normal text-ink-muted">({c.history.length})</span>
                </summary>
                <CourseHistoryList entries={c.history} links="card" label={`History of ${c.card.name}`} className="mt-3 mb-1" canWaive={manager} />
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
