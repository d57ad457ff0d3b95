import { formatMoney } from "@/lib/money";
import { rateLabel, type VatRow } from "@/lib/till/vat";

type Props = { rows: (VatRow & { netMinor: number })[]; vatNumber: string; currency: string };

/** The receipt's VAT summary: net, VAT and gross per rate (prices include VAT). */
export function VatTable({ rows, vatNumber, currency }: Props) {
  const money = (minor: number) => formatMoney(minor, currency);
  return (
    <section aria-labelledby="vat-heading" className="border-t border-dashed border-line-strong px-6 py-4 text-sm">
      <h2 id="vat-heading" className="mb-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">
        VAT included{vatNumber && <span className="ml-2 font-normal tracking-normal normal-case">VAT no. {vatNumber}</span>}
      </h2>
      <table className="w-full tabular-nums">
        <thead>
          <tr className="text-xs text-ink-muted">
            <th scope="col" className="py-1 text-left font-medium">
              Rate
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Net
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              VAT
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Gross
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.rateBp} className="text-ink">
              <th scope="row" className="py-0.5 text-left font-normal">
                {rateLabel(r.rateBp)}
              </th>
              <td className="py-0.5 text-right">{money(r.netMinor)}</td>
              <td className="py-0.5 text-right">{money(r.vatMinor)}</td>
              <td className="py-0.5 text-right">{money(r.grossMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
