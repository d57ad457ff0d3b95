"use client";

import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { controlClasses, describedBy, Field } from "@/components/ui/field";

type Props = {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Another required reason ("Why refund more than the unused value?"); default: the change's reason. */
  label?: string;
  name?: string;
  hint?: string;
};

/** "Reason": required for every manager change; it is recorded with who and when. */
export function ReasonField({ value, onChange, error, label = "Reason", name = "reason", hint = "Required. Kept in the history with your name and the time." }: Props) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={2}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(controlClasses(Boolean(error)), "min-h-16 py-2")}
      />
    </Field>
  );
}
