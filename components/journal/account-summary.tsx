import { MoneyCell, ReportTable, RowHead, Td, Th } from "@/components/reports/report-table";
import { ACCOUNTS, type AccountCodes } from "@/lib/journal/accounts";
import type { Journal } from "@/lib/journal/journal";
import { periodLabel } from "@/lib/reports/period";

/** Debits and credits per account over the period: the two totals are always equal. */
export function AccountSummary({ journal, codes, currency }: { journal: Journal; codes: AccountCodes; currency: string }) {
  const debits = journal.accounts.reduce((a, t) => a + t.debitMinor, 0);
  const credits = journal.accounts.reduce((a, t) => a + t.creditMinor, 0);
  if (journal.accounts.length === 0) return <p className="px-5 py-8 text-center text-sm text-ink-muted">Nothing happened in this period.</p>;
  return (
    <ReportTable
      caption={`Debits and credits per account, ${periodLabel(journal.period)}`}
      head={
        <tr>
          <Th>Account</Th>
          <Th>Code</Th>
          <Th numeric>Debit</Th>
          <Th numeric>Credit</Th>
          <Th numeric>Net</Th>
        </tr>
      }
      foot={
        <tr>
          <RowHead>Total</RowHead>
          <Td>{null}</Td>
          <MoneyCell minor={debits} currency={currency} strong />
          <MoneyCell minor={credits} currency={currency} strong />
          <MoneyCell minor={debits - credits} currency={currency} strong />
        </tr>
      }
    >
      {journal.accounts.map((t) => (
        <tr key={t.account} className="hover:bg-slate-50/70">
          <RowHead wrap>{ACCOUNTS[t.account].name}</RowHead>
          <Td className="tabular-nums">{codes[t.account]}</Td>
          <MoneyCell minor={t.debitMinor} currency={currency} />
          <MoneyCell minor={t.creditMinor} currency={currency} />
          <MoneyCell minor={t.debitMinor - t.creditMinor} currency={currency} />
        </tr>
      ))}
    </ReportTable>
  );
}
