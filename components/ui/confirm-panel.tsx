"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

type Props = {
  title: string;
  /** What will happen (the salon's policy), said before the desk confirms. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  keepLabel: string;
  tone?: "danger" | "neutral";
  pending: boolean;
  disabled?: boolean;
  onConfirm: () => void;
  onKeep: () => void;
};

/**
 * An inline "are you sure" (drawer, checkout). It takes focus when it opens, so a screen reader reads
 * the question and the policy message; "Keep …" puts everything back as it was.
 */
export function ConfirmPanel({ title, children, confirmLabel, pendingLabel, keepLabel, tone = "danger", pending, disabled, onConfirm, onKeep }: Props) {
  const titleId = useId();
  const bodyId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.focus();
    panel.current?.scrollIntoView({ block: "nearest" });
  }, []);

  return (
    <div
      ref={panel}
      role="group"
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={cx(
        "space-y-3 rounded-lg border p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600",
        tone === "danger" ? "border-red-200 bg-red-50/60" : "border-line-strong bg-slate-50",
      )}
    >
      <h3 id={titleId} className="text-sm font-semibold text-ink">
        {title}
      </h3>
      <div id={bodyId} className="text-sm text-ink">
        {children}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant={tone === "danger" ? "danger" : "primary"}
          onClick={() => !pending && !disabled && onConfirm()}
          aria-disabled={pending || disabled || undefined}
        >
          {pending ? pendingLabel : confirmLabel}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => !pending && onKeep()} aria-disabled={pending || undefined}>
          {keepLabel}
        </Button>
      </div>
    </div>
  );
}
