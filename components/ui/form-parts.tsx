import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button, buttonClasses } from "./button";

/** Above the fields: how many need fixing (after a save attempt), or the refusal that no field shows. */
export function FormProblems({ count, formError, subject }: { count: number; formError?: string; subject: string }) {
  return (
    <>
      {count > 0 && (
        <Alert tone="error">
          {count === 1 ? "One thing needs fixing" : `${count} things need fixing`} before {subject} can be saved.
        </Alert>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
    </>
  );
}

export function SaveButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <Button type="submit" disabled={pending}>
      {pending ? "Saving…" : children}
    </Button>
  );
}

/** The row under an add/edit form: save, or back to the list. */
export function FormActions({ pending, saveLabel, cancelHref }: { pending: boolean; saveLabel: ReactNode; cancelHref: string }) {
  return (
    <div className="flex items-center gap-3 border-t border-line pt-5">
      <SaveButton pending={pending}>{saveLabel}</SaveButton>
      <Link href={cancelHref} className={buttonClasses({ variant: "ghost" })}>
        Cancel
      </Link>
    </div>
  );
}
