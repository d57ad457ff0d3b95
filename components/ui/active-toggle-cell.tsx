"use client";

import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { cx } from "./cx";

export type RowMessage = { ok: boolean; text: string };

/** Runs a table row's server action and keeps what it ended with: `done` words a success, a failure is the action's own message. */
export function useRowAction() {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<RowMessage | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, done: (data: T) => string) {
    setMessage(null);
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: done(result.data) } : { ok: false, text: result.error });
    });
  }

  return { pending, message, run };
}

type Props = {
  name: string;
  active: boolean;
  pending: boolean;
  message: RowMessage | null;
  onToggle: () => void;
  /** How wide the message under the button may grow. */
  messageWidth: string;
  /** A success worth reading (a warning) stays visible; a plain confirmation is only announced. */
  worthReading?: boolean;
  /** Shown instead of the button, e.g. while asking first. */
  children?: ReactNode;
};

/** Deactivate or Reactivate in a table row (the row's name is read out with it), and the message the action ends with. */
export function ActiveToggleCell({ name, active, pending, message, onToggle, messageWidth, worthReading = false, children }: Props) {
  const visible = message && (!message.ok || worthReading);
  const tone = message?.ok ? "text-amber-800" : "text-red-700";
  return (
    <div className="flex flex-col items-end">
      {children || (
        <Button variant={active ? "ghost" : "secondary"} size="sm" onClick={onToggle} disabled={pending}>
          {active ? "Deactivate" : "Reactivate"}
          <span className="sr-only"> {name}</span>
        </Button>
      )}
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={visible ? cx("mt-1", messageWidth, "text-left text-xs font-medium whitespace-normal", tone) : "sr-only"}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
