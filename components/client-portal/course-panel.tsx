import Link from "next/link";
import { CourseStatusBadge } from "@/components/client-courses/course-status-badge";
import { CourseCircles } from "@/components/courses/course-circles";
import { MinutesBar } from "@/components/courses/minutes-bar";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { PortalCourse, PortalLine } from "@/lib/client-portal/load-portal";
import { sessionHref } from "@/lib/client-portal/session-url";
import { formatMoney } from "@/lib/money";
import { formatSalonDate } from "@/lib/time";
import { StatementTable } from "./statement-table";

type Props = { course: PortalCourse; timezone: string; currency: string; finished?: boolean };

function leftText(line: PortalLine): string {
  if (line.unit === "MINUTES") return `${line.left} of ${line.of} min left`;
  const free = line.free === line.left ? "" : line.free === 0 ? " · none free to book" : ` · ${line.free} free to book`;
  return `${line.left} of ${line.of} left${free}`;
}

/**
 * One of the client's courses: what it is, when it was bought and for how much, when it expires,
 * what is left and its value; per line its circles (as the desk's drawer draws them, same names)
 * and "Book a session"; then its statement.
 */
export function CoursePanel({ course, timezone, currency, finished = false }: Props) {
  const card = course.card;
  const facts: [string, string][] = [
    ["Bought", formatSalonDate(course.purchasedOn)],
    course.transferredIn ? ["Paid", "Transferred to you"] : ["Paid", formatMoney(course.paidMinor, currency)],
    ["Expires", course.expiryText],
    ["Value left", formatMoney(course.valueLeftMinor, currency)],
  ];
  const showLineNames = card.kind === "PACKAGE" || card.lines.length > 1;
  return (
    <article aria-label={course.name} data-status={course.label} className="overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 px-4 pt-4 pb-3 sm:px-5">
        <h3 className="min-w-0 text-base font-semibold text-ink">{course.name}</h3>
        <span className="flex items-center gap-2">
          {finished && <CourseStatusBadge label={course.label} />}
          <Badge tone={card.kind === "PACKAGE" ? "info" : "brand"}>{card.kind === "PACKAGE" ? "Package" : "Course"}</Badge>
        </span>
      </header>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 border-y border-line bg-canvas px-4 py-3 text-sm sm:grid-cols-4 sm:px-5">
        {facts.map(([term, value]) => (
          <div key={term} className="min-w-0">
            <dt className="text-xs text-ink-muted">{term}</dt>
            <dd className="font-medium text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="space-y-4 px-4 py-4 sm:px-5">
        {card.lines.map((drawn) => {
          const line = course.lines.find((l) => l.id === drawn.id)!;
          return (
            <li key={line.id} className="space-y-2">
              <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
                <p className="min-w-0 text-sm">
                  {(showLineNames || line.unit === "SESSIONS") && <span className="font-medium text-ink">{line.serviceName}</span>}
                  <span className="text-ink-muted">
                    {showLineNames || line.unit === "SESSIONS" ? " · " : ""}
                    {leftText(line)} · worth {formatMoney(line.valueLeftMinor, currency)}
                  </span>
                </p>
                {!finished && line.bookRefusal === null && (
                  <Link href={sessionHref({ line: line.id })} className={buttonClasses({ size: "sm" })}>
                    Book a <span className="sr-only">{line.serviceName}</span> session
                  </Link>
                )}
              </div>
              {line.unit === "SESSIONS" ? <CourseCircles line={drawn} /> : <MinutesBar line={drawn} />}
              {!finished && line.bookRefusal && <p className="text-xs text-ink-muted">{line.bookRefusal}</p>}
            </li>
          );
        })}
      </ul>
      <section aria-label={`Statement of ${course.name}`} className={cx("border-t border-line px-4 py-3 sm:px-5", finished && "pb-4")}>
        <h4 className="mb-1 text-sm font-semibold text-ink">Statement</h4>
        <StatementTable rows={course.statement} courseName={course.name} timezone={timezone} currency={currency} showService={showLineNames} />
      </section>
    </article>
  );
}
