import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/**
 * The drawer's bottom bar: the latest failure (role="alert"), or a question in its place ("Book
 * anyway?"), or success (a status region that is always there, so screen readers announce what
 * appears in it) right above the buttons.
 */
export function DrawerFooter({ error, message, ask, children }: { error?: string | null; message?: string | null; ask?: ReactNode; children?: ReactNode }) {
  const success = !error && message ? message : null;
  const status = (
    <div role="status" className={success ? "rounded-md border border-green-200 bg-green-50 px-3.5 py-3 text-sm text-green-800" : "sr-only"}>
      {success}
    </div>
  );
  // Nothing to show (a read-only appointment): no empty bar, only the live region.
  if (!error && !ask && !success && !children) return status;
  return (
    <footer className="shrink-0 space-y-3 border-t border-line bg-surface px-5 py-4">
      {ask ?? (error && <Alert tone="error">{error}</Alert>)}
      {status}
      {children && <div className="flex flex-wrap items-center justify-end gap-2">{children}</div>}
    </footer>
  );
}
