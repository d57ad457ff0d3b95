import { cx } from "@/components/ui/cx";
import { ACCOUNTS, type AccountCodes } from "@/lib/journal/accounts";
import { creditOf, debitOf, type Journal } from "@/lib/journal/journal";
import { ENTRY_TITLES } from "@/lib/journal/postings";
import { dayLabel } from "@/lib/reports/format";
import { periodLabel } from "@/lib/reports/period";
import { formatMoney } from "@/lib/money";

const th = "px-3 py-2.5 whitespace-nowrap first:pl-5 last:pr-5";
const money = "px-3 py-1.5 text-right whitespace-nowrap tabular-nums last:pr-5";

/** Each entry as its lines: the day and what happened on its first line, debits before credits. */
export function JournalEntries({ journal, codes, currency }: { journal: Journal; codes: AccountCodes; currency: string }) {
  if (journal.entries.length === 0) return <p className="px-5 py-8 text-center text-sm text-ink-muted">No entries in this period.</p>;
  const cash = (minor: number) => (minor === 0 ? "" : formatMoney(minor, currency));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Journal entries, {periodLabel(journal.period)}</caption>
        <thead className="border-b border-line bg-slate-50 text-xs font-semibold text-ink-muted">
          <tr>
            <th scope="col" className={cx(th, "text-left")}>
              Entry
            </th>
            <th scope="col" className={cx(th, "text-left")}>
              Account
            </th>
            <th scope="col" className={cx(th, "text-left")}>
              Description
            </th>
            <th scope="col" className={cx(th, "text-right")}>
              Debit
            </th>
            <th scope="col" className={cx(th, "text-right")}>
              Credit
            </th>
          </tr>
        </thead>
        {journal.entries.map((entry) => (
          <tbody key={entry.id} className="border-b border-line">
            {entry.lines.map((line, i) => (
              <tr key={`${line.account}-${line.description}`} className="align-top hover:bg-slate-50/70">
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={entry.lines.length} className="px-3 py-1.5 pl-5 text-left font-medium whitespace-nowrap text-ink">
                    {dayLabel(entry.day)}
                    <span className="block text-xs font-normal text-ink-muted">{ENTRY_TITLES[entry.kind]}</span>
                  </th>
                )}
                <td className={cx("px-3 py-1.5", debitOf(line) === 0 && "pl-8")}>
                  <span className="tabular-nums text-ink-muted">{codes[line.account]}</span> {ACCOUNTS[line.account].name}
                </td>
                <td className="px-3 py-1.5 text-ink-muted">{line.description}</td>
                <td className={money}>{cash(debitOf(line))}</td>
                <td className={money}>{cash(creditOf(line))}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
