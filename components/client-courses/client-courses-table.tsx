import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { shortDate } from "@/lib/client-courses/describe";
import type { ClientCourseRow } from "@/lib/client-courses/list-client-courses";
import { CourseStatusBadge } from "./course-status-badge";

const cell = "px-3 xl:px-4";
const th = cx(cell, "py-2.5 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase");

/** One row per client course: who, what, when, what is left per line, status. */
export function ClientCoursesTable({ rows, emptyText }: { rows: ClientCourseRow[]; emptyText: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] border-collapse text-sm">
        <caption className="sr-only">Client courses</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={th}>
              Client
            </th>
            <th scope="col" className={cx(th, "min-w-48")}>
              Course
            </th>
            <th scope="col" className={th}>
              Bought on
            </th>
            <th scope="col" className={th}>
              Expires
            </th>
            <th scope="col" className={cx(th, "min-w-56")}>
              Remaining
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={cx(th, "text-right")}>
              <span className="sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.length === 0 && (
            <tr>
              <td colSpan={7} className="px-4 py-12 text-center text-ink-muted">
                {emptyText}
              </td>
            </tr>
          )}
          {rows.map((r) => {
            const closed = r.label !== "active";
            return (
              <tr key={r.id} className={cx("align-top", closed && "text-ink-muted")}>
                <td className={cx(cell, "py-3")}>
                  <Link href={`/clients/${r.client.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                    {r.client.name}
                  </Link>
                </td>
                <th scope="row" className={cx(cell, "py-3 text-left font-normal")}>
                  <Link href={`/manager/client-courses/${r.id}`} className={cx("font-medium underline-offset-2 hover:underline", closed ? "text-ink-muted" : "text-ink")}>
                    {r.name}
                  </Link>
                  <span className="mt-0.5 flex flex-wrap gap-1">
                    {r.kind === "PACKAGE" && <Badge tone="info">Package</Badge>}
                    {r.transferredIn && <Badge>Transferred in</Badge>}
                  </span>
                </th>
                <td className={cx(cell, "py-3 whitespace-nowrap")}>{shortDate(r.purchasedOn)}</td>
                <td className={cx(cell, "py-3")}>
                  {r.expiry.date ? (
                    <span className="whitespace-nowrap">{shortDate(r.expiry.date)}</span>
                  ) : (
                    <span className="block max-w-32 text-xs text-ink-muted">{r.expiry.text}</span>
                  )}
                </td>
                <td className={cx(cell, "py-3")}>
                  <ul className="space-y-0.5">
                    {r.lines.map((l) => (
                      <li key={l.id}>
                        <span className={cx("tabular-nums", !closed && l.left > 0 && "font-medium text-ink")}>{l.text}</span>
                        {l.booked > 0 && (
                          <span className="ml-1.5 text-xs whitespace-nowrap text-orange-700">
                            ({l.booked}
                            {l.unit === "MINUTES" ? " min" : ""} booked)
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className={cx(cell, "py-3")}>
                  <CourseStatusBadge label={r.label} />
                </td>
                <td className={cx(cell, "py-2 text-right")}>
                  <Link href={`/manager/client-courses/${r.id}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                    Open<span className="sr-only"> {r.name} for {r.client.name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
