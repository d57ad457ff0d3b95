import { cx } from "@/components/ui/cx";
import { ActionsTh, EmptyRow, RowHeader, Table, TableHead, Td, Th } from "@/components/ui/table";
import { describeHours } from "@/lib/staff/describe-hours";
import type { DayExceptionRow } from "@/lib/staff/staff-rota";
import { formatSalonDate } from "@/lib/time";
import { RemoveExceptionButton } from "./remove-exception-button";

/** The dates unlike their usual week: upcoming first (each removable), then the last few past ones. */
export function DayExceptionList({ staffId, upcoming, recent }: { staffId: number; upcoming: DayExceptionRow[]; recent: DayExceptionRow[] }) {
  const rows = [...upcoming.map((e) => ({ ...e, past: false })), ...recent.map((e) => ({ ...e, past: true }))];
  return (
    <Table caption="Days off and different hours" className="min-w-[36rem]">
      <TableHead>
        <Th>Date</Th>
        <Th>Hours</Th>
        <Th>Note</Th>
        <ActionsTh />
      </TableHead>
      <tbody className="divide-y divide-line">
        {upcoming.length === 0 && <EmptyRow colSpan={4}>No days off or different hours coming up.</EmptyRow>}
        {rows.map((e) => (
          <tr key={e.id} className={cx(e.past && "text-ink-muted")}>
            <RowHeader>
              <span className={e.past ? "text-ink-muted" : "text-ink"}>{formatSalonDate(e.date)}</span>
              {e.past && <span className="ml-2 text-xs font-normal">past</span>}
            </RowHeader>
            <Td className={cx(!e.past && "text-ink")}>{describeHours(e)}</Td>
            <Td>{e.note || <span className="text-ink-subtle">—</span>}</Td>
            <td className="px-3 py-2 text-right xl:px-4">
              {!e.past && <RemoveExceptionButton staffId={staffId} exceptionId={e.id} label={formatSalonDate(e.date)} />}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
