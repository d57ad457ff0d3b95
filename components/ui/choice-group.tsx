"use client";

import { useId } from "react";
import { cx } from "@/components/ui/cx";

export type Choice<T extends string> = { value: T; label: string; hint?: string };

type ChoiceGroupProps<T extends string> = {
  legend: string;
  name: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  hint?: string;
  /** Options share the full width (a narrow side panel). */
  stretch?: boolean;
  className?: string;
};

/**
 * A radio group drawn as side-by-side options. Each radio is named by its label alone; the option's
 * hint is its description, so "Course" reads as "Course, One service".
 */
export function ChoiceGroup<T extends string>({ legend, name, value, choices, onChange, disabled, hint, stretch, className }: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className={cx("min-w-0", className)} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-ink">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const optionId = `${id}-${choice.value}`;
          return (
            <label
              key={choice.value}
              htmlFor={optionId}
              className={cx(
                "flex min-w-28 flex-1 cursor-pointer items-start gap-2.5 rounded-md border px-3 py-2 text-sm shadow-xs transition-colors",
                !stretch && "sm:flex-none",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                value === choice.value ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600" : "border-line-strong bg-surface hover:border-slate-400",
                disabled && "cursor-not-allowed opacity-55",
              )}
            >
              <input
                id={optionId}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={choice.hint ? `${optionId}-hint` : undefined}
                className="mt-0.5 size-4 shrink-0 accent-brand-700 focus-visible:outline-none"
              />
              <span className="min-w-0">
                <span id={`${optionId}-label`} className="block font-medium text-ink">
                  {choice.label}
                </span>
                {choice.hint && (
                  <span id={`${optionId}-hint`} className="block text-xs text-ink-muted">
                    {choice.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1.5 text-xs text-ink-muted">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
