/** What every server action returns: expected failures are data, shown beside the form. */
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; code?: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

export function fail(error: string, fieldErrors?: Record<string, string[]>, code?: string): ActionResult<never> {
  return { ok: false, error, fieldErrors, code };
}
