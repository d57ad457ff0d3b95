import Link from "next/link";
import { StatusBadge } from "@/components/drawer/status-badge";
import { cx } from "@/components/ui/cx";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { CardAppointment } from "@/lib/clients/client-card";
import { calendarHref } from "@/lib/calendar/links";

const cell = "px-3 py-2.5";

/** A client's visits: when (links to that day in the calendar), what, with whom, from which course, status. */
export function AppointmentsTable({ appointments, caption, emptyText }: { appointments: CardAppointment[]; caption: string; emptyText: string }) {
  if (appointments.length === 0) return <p className="px-5 py-4 text-sm text-ink-muted">{emptyText}</p>;
  return (
    <Table caption={caption} className="min-w-[36rem]">
      <TableHead>
        <Th compact>When</Th>
        <Th compact>Service</Th>
        <Th compact>With</Th>
        <Th compact>Course</Th>
        <Th compact>Status</Th>
      </TableHead>
      <tbody className="divide-y divide-line">
        {appointments.map((a) => (
          <tr key={a.id}>
            <td className={cx(cell, "whitespace-nowrap")}>
              <Link href={calendarHref(a.date)} className="text-brand-800 underline-offset-2 hover:underline">
                {a.when}
              </Link>
            </td>
            <td className={cell}>{a.serviceName}</td>
            <td className={cell}>{a.staffName}</td>
            <td className={cx(cell, "text-ink-muted")}>{a.courseName ?? "—"}</td>
            <td className={cx(cell, "whitespace-nowrap")}>
              <StatusBadge status={a.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
