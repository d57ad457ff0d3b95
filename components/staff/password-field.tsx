"use client";

import { useId, useState } from "react";
import { controlClasses, describedBy, Field } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";

type Props = { label: string; hint: string; value: string; error?: string; onChange: (value: string) => void };

/** A new password, hidden by default, with a Show button so a manager can check what they typed. */
export function PasswordField({ label, hint, value, error, onChange }: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <Field id={id} label={label} hint={hint} error={error} className="max-w-sm">
      <div className="relative">
        <input
          id={id}
          type={visible ? "text" : "password"}
          autoComplete="new-password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={cx(controlClasses(Boolean(error)), "h-10 pr-16")}
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          className="absolute inset-y-1 right-1 rounded px-2 text-xs font-medium text-ink-muted hover:bg-slate-100 hover:text-ink"
        >
          {visible ? "Hide" : "Show"}
          <span className="sr-only"> password</span>
        </button>
      </div>
    </Field>
  );
}
