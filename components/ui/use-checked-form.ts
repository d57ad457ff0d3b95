"use client";

import { useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { issuesByPath } from "@/lib/course-templates/template-input";
import { useAction } from "./use-action";

type Options<S, V, T> = {
  initial: () => S;
  /** What the schema checks and the action is sent. */
  values: (state: S) => V;
  schema: z.ZodType;
  save: (values: V) => Promise<ActionResult<T>>;
  onSaved: (data: T) => void;
  /** The fields that show a refusal beside themselves, so it is not repeated above the form. */
  placed?: string[];
  /** Fields whose problem shows at once, not only after the first save attempt. */
  showAtOnce?: (state: S) => string[];
  /** The form stays on the page after a save, so its checks wait for the next save. */
  staysOpen?: boolean;
};

/**
 * An add/edit form on top of useAction, checked by the same zod schema as the server as the manager
 * types (after the first save attempt); the server answers with the rules that need the database. `shown` holds each field's
 * message, `formError` a refusal no field shows; a failed save focuses the first invalid field.
 */
export function useCheckedForm<S extends object, V, T>(options: Options<S, V, T>) {
  const { initial, values: toValues, schema, save, onSaved, placed, showAtOnce, staysOpen } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const { run, pending, failure, clear } = useAction();
  const server: { error?: string; fieldErrors?: Record<string, string[]> } = failure ?? {};

  const values = toValues(state);
  const parsed = schema.safeParse(values);
  const issues = parsed.success ? {} : issuesByPath(parsed.error.issues);
  const shown: Record<string, string | undefined> = submitted ? { ...issues } : {};
  for (const key of showAtOnce?.(state) ?? []) shown[key] = issues[key];
  for (const [key, messages] of Object.entries(server.fieldErrors ?? {})) shown[key] ??= messages[0];
  const refused = Object.keys(server.fieldErrors ?? {});
  const refusalPlaced = refused.length > 0 && refused.every((key) => placed?.includes(key));
  const problemCount = submitted ? Object.keys(issues).length : 0;
  const formError = problemCount === 0 && !refusalPlaced ? server.error : undefined;

  function update(patch: Partial<S>) {
    clear();
    setState((s) => ({ ...s, ...patch }));
  }

  function focusFirstInvalid() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success) return focusFirstInvalid();
    const result = await run("run", () => save(values));
    if (!result) return;
    if (!result.ok) return focusFirstInvalid();
    if (staysOpen) setSubmitted(false);
    onSaved(result.data);
  }

  return { formRef, state, update, pending, shown, problemCount, formError, onSubmit };
}
