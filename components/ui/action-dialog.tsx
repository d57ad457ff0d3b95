"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens it; its accessible name can carry more than its text. */
  trigger: ReactNode;
  triggerLabel?: string;
  triggerVariant?: ButtonVariant;
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

/**
 * A manager action in a native modal <dialog>: the browser keeps focus inside and Escape closes it.
 * The form inside decides when it is done (onOpenChange(false)).
 */
export function ActionDialog({ open, onOpenChange, trigger, triggerLabel, triggerVariant = "secondary", title, description, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <>
      <Button variant={triggerVariant} size="sm" aria-label={triggerLabel} onClick={() => onOpenChange(true)}>
        {trigger}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-description` : undefined}
        onClose={() => onOpenChange(false)}
        className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-slate-900/40"
      >
        {open && (
          <div className="max-h-[calc(100dvh-4rem)] overflow-y-auto">
            <header className="border-b border-line px-5 py-4">
              <h2 id={`${id}-title`} className="text-base font-semibold text-ink">
                {title}
              </h2>
              {description && (
                <div id={`${id}-description`} className="mt-1 text-sm text-ink-muted">
                  {description}
                </div>
              )}
            </header>
            <div className="px-5 py-4">{children}</div>
          </div>
        )}
      </dialog>
    </>
  );
}

type ButtonsProps = { error?: string; onCancel: () => void; pending: boolean; submitLabel: string; danger?: boolean };

/** The dialog's footer: the form's refusal (if any) above it, cancel on the left of the main button. */
export function DialogButtons({ error, onCancel, pending, submitLabel, danger }: ButtonsProps) {
  return (
    <>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="mt-5 flex justify-end gap-2 border-t border-line pt-4">
        <Button variant="ghost" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </>
  );
}
