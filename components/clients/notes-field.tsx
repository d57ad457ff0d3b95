"use client";

import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { controlClasses, describedBy, Field } from "@/components/ui/field";

/** A multi-line "Notes" box (allergies, preferences) with the kit's field look. */
export function NotesField({ value, onChange, error, hint }: { value: string; onChange: (value: string) => void; error?: string; hint?: string }) {
  const id = useId();
  return (
    <Field id={id} label="Notes" hint={hint} error={error}>
      <textarea
        id={id}
        name="notes"
        rows={4}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(controlClasses(Boolean(error)), "py-2")}
      />
    </Field>
  );
}
