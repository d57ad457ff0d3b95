import { formatMoney } from "@/lib/money";
import { STATEMENT_TEXT, type StatementKind, type StatementRow } from "@/lib/client-portal/statement";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";
import { cx } from "@/components/ui/cx";

const DOT: Record<StatementKind, string> = {
  booked: "bg-booked",
  redeemed: "bg-redeemed",
  forfeitedMissed: "bg-redeemed",
  forfeitedLate: "bg-redeemed",
  waived: "bg-free",
  returnedCancelled: "bg-free",
  returnedMissed: "bg-free",
};

type Props = { rows: StatementRow[]; courseName: string; timezone: string; currency: string; showService: boolean };

/**
 * A course's statement: every session, oldest first, with its day, treatment, stylist, what became
 * of it and its value. A table from a tablet up; on a phone each session is a short block.
 */
export function StatementTable({ rows, courseName, timezone, currency, showService }: Props) {
  if (rows.length === 0) return <p className="text-sm text-ink-muted">No sessions booked yet.</p>;
  const when = (r: StatementRow) => `${formatSalonDate(salonDateOf(r.startsAt, timezone))}, ${formatSalonTime(r.startsAt, timezone)}`;
  const value = (r: StatementRow) => (r.valueMinor === null ? "–" : formatMoney(r.valueMinor, currency));
  const what = (r: StatementRow) => (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", DOT[r.kind])} />
      {STATEMENT_TEXT[r.kind]}
    </span>
  );
  return (
    <>
      <table className="hidden w-full border-collapse text-sm sm:table">
        <caption className="sr-only">Statement of {courseName}</caption>
        <thead>
          <tr className="border-b border-line text-left text-xs font-semibold tracking-wide text-ink-muted uppercase">
            <th scope="col" className="py-2 pr-3 font-semibold">Date</th>
            {showService && <th scope="col" className="py-2 pr-3 font-semibold">Treatment</th>}
            <th scope="col" className="py-2 pr-3 font-semibold">With</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Session</th>
            <th scope="col" className="py-2 text-right font-semibold">Value</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r) => (
            <tr key={r.key} data-kind={r.kind}>
              <td className="py-2 pr-3 whitespace-nowrap text-ink">{when(r)}</td>
              {showService && <td className="py-2 pr-3 text-ink">{r.serviceName}</td>}
              <td className="py-2 pr-3 text-ink-muted">{r.staffName}</td>
              <td className="py-2 pr-3 text-ink">{what(r)}</td>
              <td className="py-2 text-right text-ink tabular-nums">{value(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul aria-label={`Statement of ${courseName}`} className="divide-y divide-line text-sm sm:hidden">
        {rows.map((r) => (
          <li key={r.key} className="flex items-start justify-between gap-3 py-2">
            <div className="min-w-0">
              <p className="font-medium text-ink">{when(r)}</p>
              <p className="text-ink-muted">
                {showService ? `${r.serviceName} · ` : ""}
                {r.staffName}
              </p>
              <p className="text-ink">{what(r)}</p>
            </div>
            <span className="shrink-0 text-ink tabular-nums">{value(r)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
