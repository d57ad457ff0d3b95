"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  /** The server's warning: outside the stylist's hours, or already past. */
  warning: string;
  /** "Book anyway" for a new booking, "Save anyway" for a change. */
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** "Change time": back to the form, nothing saved. */
  onDismiss: () => void;
};

/**
 * A warning the desk may override: announced at once, with the explicit choice to book anyway
 * (recorded on the appointment) or to change the time. It takes focus so the keyboard is on it.
 */
export function BookAnyway({ warning, confirmLabel, pending, onConfirm, onDismiss }: Props) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  return (
    <div
      ref={panel}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 px-3.5 py-3 text-sm text-amber-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <p id={titleId} className="flex items-center gap-2 font-semibold">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 text-amber-600" fill="currentColor">
          <path d="M8.3 2.9a2 2 0 013.4 0l6.5 11.3A2 2 0 0116.5 17h-13a2 2 0 01-1.7-2.8L8.3 2.9zM10 7a.9.9 0 00-.9.9v3.6a.9.9 0 001.8 0V7.9A.9.9 0 0010 7zm0 8a1 1 0 100-2 1 1 0 000 2z" />
        </svg>
        Check the time
      </p>
      <p>{warning}</p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={() => !pending && onConfirm()} aria-disabled={pending || undefined}>
          {pending ? "Saving…" : confirmLabel}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => !pending && onDismiss()} aria-disabled={pending || undefined}>
          Change time
        </Button>
      </div>
    </div>
  );
}
