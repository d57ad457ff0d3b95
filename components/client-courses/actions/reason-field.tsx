"use client";

import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { controlClasses, describedBy, Field } from "@/components/ui/field";

/** "Reason": required for every manager change; it is recorded with who and when. */
export function ReasonField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const id = useId();
  const hint = "Required. Saved in the course's history with your name and the time.";
  return (
    <Field id={id} label="Reason" hint={hint} error={error}>
      <textarea
        id={id}
        name="reason"
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
