import Link from "next/link";
import { differenceInCalendarDays, parseISO } from "date-fns";
import type { ExpiringReport } from "@/lib/reports/expiring-courses";
import { dateLabel } from "@/lib/reports/format";
import { lineLeftLabel } from "@/lib/reports/labels";
import { MoneyCell, ReportTable, RowHead, Td, Th } from "./report-table";

function inDays(today: string, day: string): string {
  const n = differenceInCalendarDays(parseISO(day), parseISO(today));
  return n === 0 ? "today" : n === 1 ? "tomorrow" : `in ${n} days`;
}

export function ExpiringReportView({ report, currency }: { report: ExpiringReport; currency: string }) {
  if (report.courses.length === 0) {
    return <p className="px-5 py-8 text-center text-sm text-ink-muted">No course with anything left expires between {dateLabel(report.from)} and {dateLabel(report.to)}.</p>;
  }
  const total = report.courses.reduce((a, c) => a + c.remainingValueMinor, 0);
  return (
    <ReportTable
      caption={`Courses expiring between ${dateLabel(report.from)} and ${dateLabel(report.to)}`}
      head={
        <tr>
          <Th>Client</Th>
          <Th>Course</Th>
          <Th>Expires on</Th>
          <Th>Left</Th>
          <Th numeric>Remaining value</Th>
        </tr>
      }
      foot={
        <tr>
          <RowHead>Total</RowHead>
          <td colSpan={3} className="px-3 py-2 font-normal text-ink-muted">
            {report.courses.length} {report.courses.length === 1 ? "course" : "courses"}
          </td>
          <MoneyCell minor={total} currency={currency} strong />
        </tr>
      }
    >
      {report.courses.map((c) => (
        <tr key={c.clientCourseId} className="align-top hover:bg-slate-50/70">
          <RowHead>
            <Link href={`/clients/${c.clientId}`} className="text-brand-800 underline-offset-2 hover:underline">
              {c.clientName}
            </Link>
          </RowHead>
          <Td>{c.courseName}</Td>
          <Td className="whitespace-nowrap">
            <time dateTime={c.expiresOn}>{dateLabel(c.expiresOn)}</time>
            <span className="block text-xs text-ink-muted">{inDays(report.from, c.expiresOn)}</span>
          </Td>
          <Td>
            <ul className="space-y-0.5">
              {c.lines.map((l, i) => (
                <li key={i}>{lineLeftLabel(l)}</li>
              ))}
            </ul>
          </Td>
          <MoneyCell minor={c.remainingValueMinor} currency={currency} />
        </tr>
      ))}
    </ReportTable>
  );
}
