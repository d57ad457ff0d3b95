"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionDialog, DialogButtons } from "@/components/ui/action-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { waiveForfeitAction } from "@/lib/actions/client-courses";
import { waiveForfeitSchema } from "@/lib/courses/schemas";

/**
 * "Waive" on a forfeited session in a course's history (managers): with a reason, the session comes
 * back to the course as free; the forfeit stays in the history beside "waived by … because …".
 */
export function WaiveForfeit({ redemptionId, what }: { redemptionId: number; what: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { errors, edit, pending, submit, setErrors } = useActionForm(waiveForfeitSchema, waiveForfeitAction, () => {
    setOpen(false);
    router.refresh();
  });

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setReason("");
      setErrors({});
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit({ redemptionId, reason });
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger="Waive"
      triggerLabel={`Waive the forfeit: ${what}`}
      title="Waive this forfeit?"
      description={`${what}. The session comes back to the course as free; the forfeit stays in the history with your reason.`}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ReasonField value={reason} onChange={edit("reason", setReason)} error={errors.reason} />
        <DialogButtons error={errors.form} onCancel={() => onOpenChange(false)} pending={pending} submitLabel="Waive forfeit" />
      </form>
    </ActionDialog>
  );
}
