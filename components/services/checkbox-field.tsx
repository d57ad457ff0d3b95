"use client";

import { useId, type ReactNode } from "react";

type Props = { label: string; hint: ReactNode; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean; error?: string };

/** A checkbox with its label in bold and a line saying what ticking it means. */
export function CheckboxField({ label, hint, checked, onChange, disabled, error }: Props) {
  const id = useId();
  return (
    <div>
      <label className="flex items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-labelledby={`${id}-label`}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 size-4 shrink-0 accent-brand-700 disabled:cursor-not-allowed"
        />
        <span>
          <span id={`${id}-label`} className="block font-medium text-ink">
            {label}
          </span>
          <span id={`${id}-hint`} className="block text-xs text-ink-muted">
            {hint}
          </span>
        </span>
      </label>
      {error && (
        <p id={`${id}-error`} className="mt-1 ml-6.5 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
