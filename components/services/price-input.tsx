"use client";

import { useId } from "react";
import { controlClasses, describedBy, Field } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";

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

/** An amount typed in the salon's currency, with its symbol drawn inside the box. Used by the service and course forms. */
export function PriceInput({ label, currency, value, hint, error, onChange, className, boxClassName }: Props) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
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
          aria-describedby={describedBy(id, hint, error)}
          className={cx(controlClasses(Boolean(error)), "h-10 pl-7 tabular-nums")}
        />
      </div>
    </Field>
  );
}
