"use client";

import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";

type Props = {
  detail: AppointmentDetail;
  /** Which question is open: cancelling or a no-show, null for neither. */
  asking: "cancel" | "noshow" | null;
  /** Another panel is open, or changes are unsaved: these buttons wait. */
  blocked: boolean;
  pending: "cancel" | "noshow" | null;
  onAsk: (what: "cancel" | "noshow") => void;
  onConfirm: (kind: "CANCEL" | "NO_SHOW") => void;
  onKeep: (what: "cancel" | "noshow") => void;
};

/** The foot of an open appointment: cancel or mark a no-show, each saying the salon's policy before the desk confirms. */
export function CancelSection({ detail, asking, blocked, pending, onAsk, onConfirm, onKeep }: Props) {
  const cancelMessage = detail.cancelPreview?.message || "The appointment will be cancelled and the time freed in the calendar.";
  const noShowMessage = detail.noShowPreview?.message || "The appointment will be marked as a no-show.";
  return (
    <div className="space-y-3 border-t border-line pt-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" className="text-red-700" onClick={() => !blocked && onAsk("cancel")} aria-disabled={blocked || undefined} data-opens="cancel">
          Cancel appointment
        </Button>
        {detail.noShowPreview && (
          <Button variant="secondary" className="text-red-700" onClick={() => !blocked && onAsk("noshow")} aria-disabled={blocked || undefined} data-opens="noshow">
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
          onConfirm={() => onConfirm("CANCEL")}
          onKeep={() => onKeep("cancel")}
        >
          {cancelMessage}
        </ConfirmPanel>
      )}
      {asking === "noshow" && (
        <ConfirmPanel
          title="Mark as a no-show?"
          confirmLabel="Confirm no-show"
          pendingLabel="Marking no-show…"
          keepLabel="Keep appointment"
          pending={pending === "noshow"}
          onConfirm={() => onConfirm("NO_SHOW")}
          onKeep={() => onKeep("noshow")}
        >
          {noShowMessage}
        </ConfirmPanel>
      )}
    </div>
  );
}
