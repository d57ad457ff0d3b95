"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { cx } from "@/components/ui/cx";

export type Toast = {
  id: number;
  tone: "success" | "error";
  message: string;
  /** An optional follow-up such as "Undo". */
  action?: { label: string; run: () => void };
};

const AUTO_DISMISS_MS = 6000;

/** Toast state for the board: success goes to a polite status region, errors to an alert region. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: Omit<Toast, "id">) => {
    const id = nextId.current++;
    // One message at a time per tone: a newer one replaces the older, the board never fills with them.
    setToasts((list) => [...list.filter((t) => t.tone !== toast.tone), { ...toast, id }]);
    return id;
  }, []);
  return { toasts, show, dismiss };
}

/**
 * The two live regions exist from the first render (an empty region that later fills is what screen
 * readers announce reliably); each message dismisses itself after 6 s unless hovered or focused.
 */
export function Toaster({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div className="pointer-events-none fixed right-6 bottom-6 z-50 flex w-[min(26rem,calc(100vw-3rem))] flex-col items-stretch gap-2">
      <div role="alert" className="flex flex-col gap-2">
        {toasts
          .filter((t) => t.tone === "error")
          .map((t) => (
            <ToastCard key={t.id} toast={t} onDismiss={onDismiss} />
          ))}
      </div>
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {toasts
          .filter((t) => t.tone === "success")
          .map((t) => (
            <ToastCard key={t.id} toast={t} onDismiss={onDismiss} />
          ))}
      </div>
    </div>
  );
}

function ToastCard({ toast, onDismiss: dismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  // A message closed from the keyboard hands focus back to the grid rather than dropping it.
  const onDismiss = useCallback(
    (id: number) => {
      const hadFocus = card.current?.contains(document.activeElement);
      dismiss(id);
      if (hadFocus) requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-nav][tabindex="0"]')?.focus());
    },
    [dismiss],
  );
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [paused, toast.id, onDismiss]);

  const error = toast.tone === "error";
  return (
    <div
      ref={card}
      className={cx(
        "pointer-events-auto flex items-start gap-3 rounded-lg border bg-surface px-4 py-3 text-sm shadow-lg ring-1 ring-black/5",
        error ? "border-red-200" : "border-line",
      )}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span aria-hidden="true" className={cx("mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-white", error ? "bg-red-600" : "bg-brand-700")}>
        {error ? (
          <svg viewBox="0 0 16 16" className="size-3" fill="currentColor">
            <path d="M7 3.5h2v6H7zM7 11h2v2H7z" />
          </svg>
        ) : (
          <svg viewBox="0 0 16 16" className="size-3" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
            <path d="m3.5 8.5 3 3 6-7" />
          </svg>
        )}
      </span>
      <p className={cx("min-w-0 flex-1 leading-5", error ? "text-red-800" : "text-ink")}>{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="-my-0.5 shrink-0 rounded-md px-2 py-0.5 font-medium text-brand-800 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        aria-label="Dismiss message"
        className="-my-0.5 -mr-1.5 flex size-6 shrink-0 items-center justify-center rounded-md text-ink-subtle hover:bg-slate-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand-600"
        onClick={() => onDismiss(toast.id)}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="m4 4 8 8M12 4l-8 8" />
        </svg>
      </button>
    </div>
  );
}
