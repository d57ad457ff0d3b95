"use client";

import { PriceInput } from "@/components/services/price-input";
import { cx } from "@/components/ui/cx";
import { savingOf, templateListValue } from "@/lib/course-templates/template-text";
import { formatMoney, parseMoney } from "@/lib/money";
import type { LineState } from "./line-editor";
import type { ServiceChoice } from "@/lib/course-templates/service-choices";

type Props = {
  currency: string;
  unit: "SESSIONS" | "MINUTES";
  price: string;
  lines: LineState[];
  services: ServiceChoice[];
  error?: string;
  onChange: (price: string) => void;
};

/** The price, typed in pounds, beside a live preview: the full value at list prices and the saving. */
export function PriceField({ currency, unit, price, lines, services, error, onChange }: Props) {
  const listValue = templateListValue(
    unit,
    lines.map((l) => {
      const quantity = Number(l.quantity);
      return { quantity: Number.isInteger(quantity) ? quantity : 0, service: services.find((s) => String(s.id) === l.serviceId) ?? null };
    }),
  );
  const priceMinor = parseMoney(price);
  const saving = priceMinor === null ? null : savingOf(listValue, priceMinor);

  let savingText = "—";
  if (priceMinor !== null && listValue > 0) {
    savingText = saving
      ? `${formatMoney(saving.amountMinor, currency)} (${saving.percent}%)`
      : priceMinor === listValue
        ? "None: the price is the list value"
        : `None: ${formatMoney(priceMinor - listValue, currency)} above list value`;
  }

  return (
    <div className="grid max-w-3xl gap-4 sm:grid-cols-[14rem_minmax(0,1fr)] sm:items-start">
      <PriceInput label="Price" currency={currency} value={price} onChange={onChange} error={error} hint="Typed like 300 or 1,250.00." />
      <section aria-label="Value preview" className="rounded-md border border-line bg-canvas px-4 py-3 sm:mt-6">
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm" aria-live="polite">
          <dt className="text-ink-muted">Full value at list prices</dt>
          <dd className="text-right font-medium text-ink tabular-nums">{listValue > 0 ? formatMoney(listValue, currency) : "—"}</dd>
          <dt className="text-ink-muted">Price</dt>
          <dd className="text-right font-medium text-ink tabular-nums">{priceMinor === null ? "—" : formatMoney(priceMinor, currency)}</dd>
          <dt className="text-ink-muted">Client saves</dt>
          <dd className={cx("text-right font-medium tabular-nums", saving ? "text-green-700" : "text-ink-muted")}>{savingText}</dd>
        </dl>
      </section>
    </div>
  );
}
