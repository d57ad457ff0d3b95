import type { ActionResult } from "@/lib/actions/result";
import type { ClosingSummary } from "@/lib/reports/closings";
import { dateLabel } from "@/lib/reports/format";
import { formatSalonTime, salonDateOf } from "@/lib/time";
import { ClosePeriodForm } from "./close-period-form";
import { MoneyCell, ReportTable, RowHead, Td, Th } from "./report-table";

type Props = {
  closings: ClosingSummary[];
  suggested: string;
  today: string;
  timezone: string;
  currency: string;
  closeAction: (input: unknown) => Promise<ActionResult<{ message: string }>>;
};

/** Month-end closings: close a period that has ended, and every closing kept (what was owed, who, when). */
export function LiabilityClosings({ closings, suggested, today, timezone, currency, closeAction }: Props) {
  return (
    <div>
      <div className="border-b border-line px-5 py-4">
        <ClosePeriodForm suggested={suggested} today={today} action={closeAction} />
      </div>
      {closings.length === 0 ? (
        <p className="px-5 py-6 text-sm text-ink-muted">No period has been closed yet: reports replay every course from its first day.</p>
      ) : (
        <ReportTable
          caption="Liability closings"
          head={
            <tr>
              <Th>Closed through</Th>
              <Th numeric>Owed at close</Th>
              <Th>Closed by</Th>
              <Th>Closed on</Th>
            </tr>
          }
        >
          {closings.map((c) => (
            <tr key={c.id}>
              <RowHead>{dateLabel(c.closedThrough)}</RowHead>
              <MoneyCell minor={c.totalMinor} currency={currency} strong />
              <Td>{c.staffName ?? "—"}</Td>
              <Td>
                {dateLabel(salonDateOf(c.createdAt, timezone))}, {formatSalonTime(c.createdAt, timezone)}
              </Td>
            </tr>
          ))}
        </ReportTable>
      )}
    </div>
  );
}
