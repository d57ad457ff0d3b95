import { useId } from "react";

/** A setting shown but not editable here, with the reason in plain words. */
export function FixedSetting({ label, value, why }: { label: string; value: string; why: string }) {
  const id = useId();
  return (
    <div className="space-y-1.5">
      <p id={`${id}-label`} className="text-sm font-medium text-ink">
        {label}
      </p>
      <p aria-labelledby={`${id}-label`} aria-describedby={`${id}-why`} className="flex h-10 items-center rounded-md border border-line bg-canvas px-3 text-sm text-ink">
        {value}
      </p>
      <p id={`${id}-why`} className="text-xs text-ink-muted">
        {why}
      </p>
    </div>
  );
}
