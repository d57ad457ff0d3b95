"use client";

import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { useAction } from "./use-action";
import { cx } from "./cx";

export type RowMessage = { ok: boolean; text: string };

/** A table row's toggle on top of useAction: `done` words a success; a failure is the action's own message. */
export function useRowAction() {
  const { run, pending, error } = useAction();
  const [done, setDone] = useState<string | null>(null);

  async function toggle<T>(action: () => Promise<ActionResult<T>>, words: (data: T) => string) {
    setDone(null);
    const result = await run("run", action);
    if (result?.ok) setDone(words(result.data));
  }

  const message: RowMessage | null = error ? { ok: false, text: error } : done ? { ok: true, text: done } : null;
  return { pending, message, run: toggle };
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
