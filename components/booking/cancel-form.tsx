"use client";

import { useActionState } from "react";
import { cancelOnlineAction, type CancelFormState } from "@/lib/actions/online-booking";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The cancel link's one button; once done, the page says so (a second press changes nothing). */
export function CancelForm({ token, note }: { token: string; note: string | null }) {
  const [state, formAction, pending] = useActionState<CancelFormState, FormData>(cancelOnlineAction, {});
  if (state.done) {
    return (
      <Alert tone="success" title="Your appointment is cancelled">
        Thank you for letting us know.
      </Alert>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {note && <Alert tone="warning">{note}</Alert>}
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Button type="submit" variant="danger" size="lg" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Cancelling…" : "Cancel my appointment"}
      </Button>
    </form>
  );
}
