"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Asked<I> = { key: string; input: I; warning: string };

/**
 * The server's "are you sure?" (NEEDS_CONFIRMATION: outside the stylist's hours, or already past),
 * kept with the exact input it was about: "Book anyway" resends that input, and the question goes
 * away as soon as the desk changes anything (a different time is a different question).
 */
export function useBookAnyway<I>() {
  const [asked, setAsked] = useState<Asked<I> | null>(null);
  return {
    /** Call with every answer to a save: remembers the question, or forgets it. */
    answered(input: I, result: ActionResult<unknown>) {
      setAsked(!result.ok && result.code === "NEEDS_CONFIRMATION" ? { key: JSON.stringify(input), input, warning: result.error } : null);
    },
    /** The open question, while the form still holds the input it was about. */
    about(input: I | null): Asked<I> | null {
      return asked && input !== null && asked.key === JSON.stringify(input) ? asked : null;
    },
    dismiss: () => setAsked(null),
  };
}
