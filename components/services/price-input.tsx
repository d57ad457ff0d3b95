"use client";

import { useId } from "react";
import { controlClasses, Field } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";
import { formatMoney, parseMoneyInput } from "@/lib/money";

export function currencySymbol(currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).formatToParts(0).find((p) => p.type === "currency")?.value ?? currency;
}

type Props = {
  label: string;
  currency: string;
  value: string;
  hint?: string;
  error?: string;
  onChange: (value: string) => void;
  /** Classes for the wrapper; `boxClassName` for the box (its width). */
  className?: string;
  boxClassName?: string;
};

/**
 * An amount typed in the salon's currency, with its symbol drawn inside the box and, under it, live,
 * the amount it was read as ("= £1,499.99") or why it can't be read ("Use a point for pence: 149.99").
 * Every money box in the app is this one, read by lib/money.ts parseMoneyInput like the server reads it.
 */
export function PriceInput({ label, currency, value, hint, error, onChange, className, boxClassName }: Props) {
  const id = useId();
  const read = value.trim() === "" ? null : parseMoneyInput(value);
  // A refusal the form already shows as the field's error is not said twice.
  const readText = !read ? null : read.ok ? `= ${formatMoney(read.minor, currency)}` : error ? null : read.error;
  const describedBy = [readText && `${id}-read`, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <div>
        <div className={cx("relative", boxClassName)}>
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-ink-muted">
            {currencySymbol(currency)}
          </span>
          <input
            id={id}
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            placeholder="0.00"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className={cx(controlClasses(Boolean(error)), "h-10 pl-7 tabular-nums")}
          />
        </div>
        <div aria-live="polite">
          {readText && (
            <p id={`${id}-read`} className={cx("mt-1.5 text-xs font-medium tabular-nums", read?.ok ? "text-ink" : "text-amber-800")}>
              {readText}
            </p>
          )}
        </div>
      </div>
    </Field>
  );
}
