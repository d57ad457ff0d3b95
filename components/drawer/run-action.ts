"use client";

import { useCallback, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

const UNREACHABLE = "The salon server could not be reached. Check the connection and try again.";

/** Calls a server action; a dropped connection becomes an ordinary failure, never a raw error. */
export async function callAction<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, error: UNREACHABLE, code: "UNREACHABLE" };
  }
}

/**
 * One thing at a time in the drawer: `run("save", …)` marks "save" pending until it settles and
 * ignores any other run meanwhile, so a double click never sends twice (the ref guards the moment
 * before React re-renders the button as disabled).
 */
export function useBusy<Name extends string>() {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState<Name | null>(null);
  const run = useCallback(async (name: Name, work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(name);
    try {
      await work();
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  }, []);
  return { busy, run };
}
