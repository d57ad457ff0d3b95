import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ActionsTh, EmptyRow, Table, TableHead, Td, Th, tableCell } from "@/components/ui/table";
import { shortDate } from "@/lib/courses/views/remaining";
import type { ClientCourseRow } from "@/lib/courses/views/list-client-courses";
import { CourseStatusBadge } from "./course-status-badge";

/** One row per client course: who, what, when, what is left per line, status. */
export function ClientCoursesTable({ rows, emptyText }: { rows: ClientCourseRow[]; emptyText: string }) {
  return (
    <Table caption="Client courses" className="min-w-[56rem]">
      <TableHead>
        <Th>Client</Th>
        <Th className="min-w-48">Course</Th>
        <Th>Bought on</Th>
        <Th>Expires</Th>
        <Th className="min-w-56">Remaining</Th>
        <Th>Status</Th>
        <ActionsTh label="Open" />
      </TableHead>
      <tbody className="divide-y divide-line">
        {rows.length === 0 && (
          <EmptyRow colSpan={7} tall>
            {emptyText}
          </EmptyRow>
        )}
        {rows.map((r) => {
          const closed = r.label !== "active";
          return (
            <tr key={r.id} className={cx("align-top", closed && "text-ink-muted")}>
              <Td>
                <Link href={`/clients/${r.client.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                  {r.client.name}
                </Link>
              </Td>
              <th scope="row" className={cx(tableCell, "py-3 text-left font-normal")}>
                <Link href={`/manager/client-courses/${r.id}`} className={cx("font-medium underline-offset-2 hover:underline", closed ? "text-ink-muted" : "text-ink")}>
                  {r.name}
                </Link>
                <span className="mt-0.5 flex flex-wrap gap-1">
                  {r.kind === "PACKAGE" && <Badge tone="info">Package</Badge>}
                  {r.transferredIn && <Badge>Transferred in</Badge>}
                </span>
              </th>
              <Td className="whitespace-nowrap">{shortDate(r.purchasedOn)}</Td>
              <Td>
                {r.expiry.date ? (
                  <span className="whitespace-nowrap">{shortDate(r.expiry.date)}</span>
                ) : (
                  <span className="block max-w-32 text-xs text-ink-muted">{r.expiry.text}</span>
                )}
              </Td>
              <Td>
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
              </Td>
              <Td>
                <CourseStatusBadge label={r.label} />
              </Td>
              <td className={cx(tableCell, "py-2 text-right")}>
                <Link href={`/manager/client-courses/${r.id}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                  Open<span className="sr-only"> {r.name} for {r.client.name}</span>
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
