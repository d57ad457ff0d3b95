import type { ReactNode } from "react";
import { cx } from "./cx";

/** The input look shared by TextField and Select. */
export function controlClasses(invalid: boolean) {
  return cx(
    "block w-full rounded-md border bg-surface px-3 text-sm text-ink shadow-xs transition-colors",
    "placeholder:text-ink-subtle disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-ink-subtle",
    "focus:outline-2 focus:-outline-offset-1",
    invalid ? "border-red-500 focus:outline-red-600" : "border-line-strong hover:border-slate-400 focus:outline-brand-600",
  );
}

export function firstError(error: string | string[] | undefined): string | undefined {
  return Array.isArray(error) ? error[0] : error;
}

/** The ids that `aria-describedby` should point at. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

type FieldProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean; className?: string; children: ReactNode };

/** Label above, control, then the hint and the error (wired to the control by id). */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  return (
    <div className={cx("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
