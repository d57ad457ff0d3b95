"use client";

import { useState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { useAction } from "./use-action";

export type FieldErrors = Record<string, string | undefined> & { form?: string };

/**
 * A form on top of useAction: checks the input with the action's own zod schema, then calls the
 * action. Field errors go next to the fields, a refusal to the form; on success `onDone` gets the
 * action's data.
 */
export function useActionForm<S extends z.ZodType, T>(schema: S, action: (input: unknown) => Promise<ActionResult<T>>, onDone: (data: T) => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const { run, pending } = useAction();

  async function submit(input: z.input<S>) {
    if (pending) return;
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form");
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    const result = await run("run", () => action(input));
    if (!result) return;
    if (result.ok) return onDone(result.data);
    // A refusal about one field is shown at that field; anything else above the buttons.
    const fields: FieldErrors = {};
    for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) fields[key] = messages[0];
    if (Object.keys(fields).length === 0) fields.form = result.error;
    setErrors(fields);
  }

  /** Typing in a field clears its message (and the form's). */
  const clearError = (key: string) => setErrors((e) => (e[key] || e.form ? { ...e, [key]: undefined, form: undefined } : e));

  /** An onChange for a field that hands over its value: keeps the value and clears the field's message. */
  function edit<V>(key: string, set: (value: V) => void) {
    return (value: V) => {
      set(value);
      clearError(key);
    };
  }

  return { errors, setErrors, clearError, edit, pending, submit };
}
