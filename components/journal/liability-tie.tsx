import { ACCOUNTS, type AccountCodes } from "@/lib/journal/accounts";
import type { Journal } from "@/lib/journal/journal";
import { dateLabel } from "@/lib/reports/format";
import { formatMoney } from "@/lib/money";

/** How the course liability account ties to the Course liability report over the period. */
export function LiabilityTie({ journal, codes, currency }: { journal: Journal; codes: AccountCodes; currency: string }) {
  const d = journal.deferred;
  const money = (minor: number) => formatMoney(minor, currency);
  const vatInside = d.closingGross - d.closingNet;
  return (
    <div className="border-t border-line px-5 py-3 text-sm text-ink-muted">
      <p>
        <span className="font-medium text-ink">
          {ACCOUNTS.deferredRevenue.name} ({codes.deferredRevenue})
        </span>{" "}
        went from {money(d.openingNet)} at the start of {dateLabel(journal.period.from)} to {money(d.closingNet)} at the end of {dateLabel(journal.period.to)}.
      </p>
      <p className="mt-1">
        {d.openingGross === d.openingNet && vatInside === 0
          ? "The Course liability report shows the same opening and closing: the account moves exactly as the report."
          : `The Course liability report (VAT included) shows ${money(d.openingGross)} and ${money(d.closingGross)}: the difference, ${money(vatInside)} at the close, is the VAT already accounted for on the sale day of courses not yet used.`}
      </p>
    </div>
  );
}
