"use client";

import { useId, useState } from "react";
import { ChoiceGroup, type Choice } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { TextField } from "@/components/ui/text-field";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";
import type { CancelCause } from "@/lib/appointments/cancellation-policy";

export type CancelRequest = { kind: "CANCEL" | "NO_SHOW"; cause: CancelCause; note: string };

type Props = {
  detail: AppointmentDetail;
  /** Which question is open: cancelling or a no-show, null for neither. */
  asking: "cancel" | "noshow" | null;
  /** Another panel is open, or changes are unsaved: these buttons wait. */
  blocked: boolean;
  pending: "cancel" | "noshow" | null;
  onAsk: (what: "cancel" | "noshow") => void;
  onConfirm: (request: CancelRequest) => void;
  onKeep: (what: "cancel" | "noshow") => void;
};

const CAUSES: Choice<CancelCause>[] = [
  { value: "CLIENT", label: "The client" },
  { value: "SALON", label: "The salon", hint: "Stylist ill, double booking, closure" },
];

/**
 * The foot of an open appointment: cancel (asking who cancelled: the client by default, or the
 * salon, which never forfeits) or mark a no-show, each with an optional note and the salon's policy
 * said before the desk confirms.
 */
export function CancelSection({ detail, asking, blocked, pending, onAsk, onConfirm, onKeep }: Props) {
  const noteId = useId();
  const [cause, setCause] = useState<CancelCause>("CLIENT");
  const [note, setNote] = useState("");
  const preview = cause === "SALON" ? detail.salonCancelPreview : detail.cancelPreview;
  const cancelMessage = preview?.message || "The appointment will be cancelled and the time freed in the calendar.";
  const noShowMessage = detail.noShowPreview?.message || "The appointment will be marked as a no-show.";
  const ask = (what: "cancel" | "noshow") => {
    setCause("CLIENT");
    setNote("");
    onAsk(what);
  };
  const noteField = <TextField id={noteId} label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} autoComplete="off" />;
  return (
    <div className="space-y-3 border-t border-line pt-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" className="text-red-700" onClick={() => !blocked && ask("cancel")} aria-disabled={blocked || undefined} data-opens="cancel">
          Cancel appointment
        </Button>
        {detail.noShowPreview && (
          <Button variant="secondary" className="text-red-700" onClick={() => !blocked && ask("noshow")} aria-disabled={blocked || undefined} data-opens="noshow">
            No-show
          </Button>
        )}
      </div>
      {asking === "cancel" && (
        <ConfirmPanel
          title="Cancel this appointment?"
          confirmLabel="Confirm cancellation"
          pendingLabel="Cancelling…"
          keepLabel="Keep appointment"
          pending={pending === "cancel"}
          onConfirm={() => onConfirm({ kind: "CANCEL", cause, note })}
          onKeep={() => onKeep("cancel")}
        >
          <div className="space-y-3">
            <ChoiceGroup legend="Who cancelled?" name={`cause-${detail.id}`} value={cause} onChange={setCause} choices={CAUSES} stretch />
            <p>{cancelMessage}</p>
            {noteField}
          </div>
        </ConfirmPanel>
      )}
      {asking === "noshow" && (
        <ConfirmPanel
          title="Mark as a no-show?"
          confirmLabel="Confirm no-show"
          pendingLabel="Marking no-show…"
          keepLabel="Keep appointment"
          pending={pending === "noshow"}
          onConfirm={() => onConfirm({ kind: "NO_SHOW", cause: "CLIENT", note })}
          onKeep={() => onKeep("noshow")}
        >
          <div className="space-y-3">
            <p>{noShowMessage}</p>
            {noteField}
          </div>
        </ConfirmPanel>
      )}
    </div>
  );
}
