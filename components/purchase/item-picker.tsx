"use client";

import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import type { SellableItem } from "@/lib/course-templates/sellable";
import { formatMoney } from "@/lib/money";

type Props = {
  legend: string;
  items: SellableItem[];
  value: number | null;
  onChange: (id: number) => void;
  currency: string;
  error?: string;
  emptyText: string;
};

/** The items of one category as radio cards: name, what it contains, price, saving and expiry. */
export function ItemPicker({ legend, items, value, onChange, currency, error, emptyText }: Props) {
  const id = useId();
  if (items.length === 0) return <p className="rounded-md border border-dashed border-line-strong px-4 py-6 text-center text-sm text-ink-muted">{emptyText}</p>;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="sr-only">{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="mb-2 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {items.map((item) => {
          const optionId = `${id}-${item.id}`;
          const checked = value === item.id;
          return (
            <label
              key={item.id}
              htmlFor={optionId}
              className={cx(
                "flex cursor-pointer gap-3 rounded-lg border bg-surface p-3.5 shadow-xs transition-colors",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                checked ? "border-brand-600 bg-brand-50/70 ring-1 ring-brand-600" : "border-line hover:border-slate-400",
              )}
            >
              <input
                id={optionId}
                type="radio"
                name="item"
                value={item.id}
                checked={checked}
                onChange={() => onChange(item.id)}
                aria-labelledby={`${optionId}-name`}
                aria-describedby={`${optionId}-details`}
                className="mt-0.5 size-4 shrink-0 accent-brand-700 focus-visible:outline-none"
              />
              <span className="min-w-0 flex-1">
                <span id={`${optionId}-name`} className="font-medium text-ink">
                  {item.name}
                </span>
                <span id={`${optionId}-details`} className="mt-0.5 block text-sm text-ink-muted">
                  <span className="block">{item.summary}</span>
                  <span className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="mr-1 font-semibold text-ink tabular-nums">{formatMoney(item.priceMinor, currency)}</span>
                    {item.savingPercent !== null && (
                      <Badge tone="success">
                        Save {item.savingPercent}%<span className="sr-only"> on {formatMoney(item.listValueMinor, currency)}</span>
                      </Badge>
                    )}
                    <span className="text-xs">{item.expiry}</span>
                  </span>
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
