"use client";

import { useCallback, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** Said when the call itself failed (no network, the server restarted): nothing reached the database. */
export const UNREACHABLE = "The salon server could not be reached. Check the connection and try again.";

export type ActionFailure = { error: string; code?: string; fieldErrors?: Record<string, string[]> };

/** Calls a server action; a dropped connection becomes an ordinary failure, never a raw error. Reads use it as it is. */
export async function callAction<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, error: UNREACHABLE, code: "UNREACHABLE" };
  }
}

/**
 * The one way the UI calls a server action that changes something. `run(name, call)` marks `name` busy until the call
 * settles and ignores any other run meanwhile, so a double click never sends twice (the ref guards the
 * moment before React re-renders a button as disabled); a dropped connection becomes an ordinary
 * failure; the last failure (message, code, field errors) is kept for the form to show. Several
 * buttons of one panel share one hook, so only one of them runs at a time.
 */
export function useAction<Name extends string = "run">() {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState<Name | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = useCallback(async <T>(name: Name, call: () => Promise<ActionResult<T>>): Promise<ActionResult<T> | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(name);
    setFailure(null);
    try {
      const result = await callAction(call);
      if (!result.ok) setFailure({ error: result.error, code: result.code, fieldErrors: result.fieldErrors });
      return result;
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  }, []);

  const clear = useCallback(() => setFailure(null), []);
  return { run, busy, pending: busy !== null, failure, error: failure?.error ?? null, clear, fail: setFailure };
}
