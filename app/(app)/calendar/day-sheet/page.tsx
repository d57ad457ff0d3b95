import type { Metadata } from "next";
import Link from "next/link";
import { format, parseISO } from "date-fns";
import { PrintButton } from "@/components/checkout/print-button";
import { StatusIcon } from "@/components/calendar/status-icon";
import { STATUS_STYLE } from "@/components/calendar/status";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { PrintStyles } from "@/components/ui/print-styles";
import { requireStaff } from "@/lib/auth/guard";
import { loadDaySheet } from "@/lib/calendar/day-sheet";
import { calendarHref, daySheetHref } from "@/lib/calendar/links";
import { db } from "@/lib/db";
import { settingsForRequest } from "@/lib/settings/for-request";
import { formatMinutes, isPlausibleDate, salonDateOf } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Day sheet" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `/calendar/day-sheet?date=YYYY-MM-DD&staff=ID`: the day on paper, for the salon or one stylist. */
export default async function DaySheetPage({ searchParams }: Props) {
  await requireStaff();
  const params = await searchParams;
  const settings = await settingsForRequest();
  const asked = first(params.date)?.trim() ?? "";
  const invalidDate = asked !== "" && !isPlausibleDate(asked);
  const date = asked && !invalidDate ? asked : salonDateOf(new Date(), settings.timezone);
  const staffParam = Number(first(params.staff));
  const staffId = Number.isSafeInteger(staffParam) && staffParam > 0 ? staffParam : undefined;

  const sheet = await loadDaySheet(db, date, settings, staffId);
  const { everyone } = sheet;
  const longDate = format(parseISO(date), "EEEE d MMMM yyyy");
  const who = staffId ? (everyone.find((s) => s.id === staffId)?.name ?? null) : "Everyone";

  return (
    <div className="mx-auto max-w-5xl">
      <PrintStyles />
      <div className="mb-5 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={calendarHref(date)} className={buttonClasses({ variant: "secondary" })}>
          <span aria-hidden="true">←</span> Back to calendar
        </Link>
        <PrintButton />
      </div>
      <header className="mb-4">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">
          Day sheet — {who ?? "staff member not found"}
        </h1>
        <p className="mt-1 text-sm text-ink-muted">
          {settings.name} · {longDate}
        </p>
      </header>
      {invalidDate && (
        <Alert tone="warning" className="mb-4 print:hidden">
          That is not a date. Showing today.
        </Alert>
      )}
      <nav aria-label="Whose sheet" className="mb-6 flex flex-wrap gap-1.5 print:hidden">
        {[{ id: undefined, name: "Everyone" }, ...everyone].map((s) => (
          <Link
            key={s.id ?? "all"}
            href={daySheetHref(date, s.id)}
            aria-current={s.id === staffId ? "page" : undefined}
            className={cx(
              "rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset",
              s.id === staffId ? "bg-brand-700 text-white ring-brand-700" : "bg-surface text-ink ring-line hover:bg-canvas",
            )}
          >
            {s.name}
          </Link>
        ))}
      </nav>

      <div className="space-y-6">
        {sheet.staff.map((s) => (
          <section key={s.id} aria-labelledby={`sheet-${s.id}`} className="break-inside-avoid-page rounded-lg border border-line bg-surface print:rounded-none print:border-0">
            <h2 id={`sheet-${s.id}`} className="border-b border-line px-4 py-2.5 text-base font-semibold text-ink print:px-0">
              {s.name}
              <span className="ml-2 text-sm font-normal text-ink-muted">
                {s.rows.length === 0 ? "No appointments" : `${s.rows.length} appointment${s.rows.length === 1 ? "" : "s"}`}
              </span>
            </h2>
            {s.rows.length > 0 && (
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">
                  {s.name}’s appointments on {longDate}
                </caption>
                <thead className="text-left text-xs font-semibold tracking-wide text-ink-muted uppercase">
                  <tr>
                    <th scope="col" className="w-28 px-4 py-2 print:px-1">Time</th>
                    <th scope="col" className="px-4 py-2 print:px-1">Client</th>
                    <th scope="col" className="px-4 py-2 print:px-1">Service</th>
                    <th scope="col" className="px-4 py-2 print:px-1">Alerts and notes</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {s.rows.map((r) => (
                    <tr key={r.id} className="align-top">
                      <td className="px-4 py-2.5 whitespace-nowrap tabular-nums print:px-1">
                        {formatMinutes(r.startMin)}–{formatMinutes(r.endMin)}
                        <span className="mt-0.5 flex items-center gap-1 text-xs text-ink-muted">
                          <StatusIcon status={r.status} />
                          {STATUS_STYLE[r.status].label}
                        </span>
                      </td>
                      <td className="px-4 py-2.5 print:px-1">
                        <span className="font-medium text-ink">{r.clientName}</span>
                        {r.phone && <span className="block text-xs text-ink-muted">{r.phone}</span>}
                      </td>
                      <td className="px-4 py-2.5 print:px-1">
                        {r.serviceName}
                        {r.courseName && <span className="block text-xs font-medium text-brand-800">
                            <span aria-hidden="true">○ </span>Course session: {r.courseName}
                          </span>}
                      </td>
                      <td className="px-4 py-2.5 print:px-1">
                        {r.alert && (
                          <p className="font-semibold text-amber-900">
                            <span aria-hidden="true">⚠ </span>
                            <span className="sr-only">Alert: </span>
                            {r.alert}
                          </p>
                        )}
                        {r.note && <p className="text-ink">Note: {r.note}</p>}
                        {r.clientNotes && <p className="text-xs text-ink-muted">{r.clientNotes}</p>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
