"use client";

import { useActionState, useState } from "react";
import { cancelMyAppointmentAction, type CancelMineState } from "@/lib/actions/client-portal";
import type { CancelNote } from "@/lib/client-portal/cancel-note";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Cancel, then a confirm step that states the salon's policy for this appointment (the session
 * comes back, is forfeited, or there is no charge) before anything happens.
 */
export function CancelVisit({ appointmentId, what, note }: { appointmentId: number; what: string; note: CancelNote }) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState<CancelMineState, FormData>(cancelMyAppointmentAction, {});
  if (!asking) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setAsking(true)} className="self-start">
        Cancel<span className="sr-only"> {what}</span>
      </Button>
    );
  }
  return (
    <form action={formAction} role="group" aria-label={`Cancel ${what}?`} className="col-span-2 space-y-3 rounded-md border border-line bg-canvas p-3 sm:p-4">
      <input type="hidden" name="appointmentId" value={appointmentId} />
      {note.forfeits && <input type="hidden" name="forfeitAccepted" value="on" />}
      <Alert tone={note.forfeits ? "warning" : "info"}>{note.text}</Alert>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" size="sm" disabled={pending}>
          {pending ? "Cancelling…" : "Yes, cancel it"}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setAsking(false)} disabled={pending}>
          Keep it
        </Button>
      </div>
    </form>
  );
}
