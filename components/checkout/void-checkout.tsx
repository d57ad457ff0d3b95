"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionDialog, DialogButtons } from "@/components/ui/action-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { voidCheckoutAction } from "@/lib/actions/checkout";
import { voidCheckoutSchema } from "@/lib/checkout/schemas";

/**
 * "Void this checkout" on a visit's receipt (managers): with a reason, its redemptions and charges are
 * reversed by records dated today, the appointments go back to Checked in, and the visit can be
 * checked out again. Nothing of the original day changes.
 */
export function VoidCheckout({ saleId, number }: { saleId: number; number: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { errors, edit, pending, submit, setErrors } = useActionForm(voidCheckoutSchema, voidCheckoutAction, () => {
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
    void submit({ saleId, reason });
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger="Void this checkout"
      triggerVariant="danger"
      title={`Void receipt ${number}?`}
      description="Its course sessions are booked again and its charges are reversed by a negative sale dated today; the appointments go back to Checked in, so the visit can be checked out again. This receipt stays, marked void."
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ReasonField value={reason} onChange={edit("reason", setReason)} error={errors.reason} />
        <DialogButtons error={errors.form} onCancel={() => onOpenChange(false)} pending={pending} danger submitLabel="Void checkout" />
      </form>
    </ActionDialog>
  );
}
