"use client";

import { useState, type FormEvent } from "react";
import { adjustRemainingAction } from "@/lib/actions/client-courses";
import { adjustRemainingSchema } from "@/lib/courses/schemas";
import { TextField } from "@/components/ui/text-field";
import { ActionDialog, DialogButtons } from "@/components/ui/action-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  line: { id: number; serviceName: string; total: number; redeemed: number; booked: number };
  unit: "SESSIONS" | "MINUTES";
  onDone: (message: string) => void;
};

/** "Edit remaining" for one line: what is left (not yet redeemed), never below what is booked. */
export function AdjustRemaining({ line, unit, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const left = line.total - line.redeemed;
  const [remaining, setRemaining] = useState(String(left));
  const [reason, setReason] = useState("");
  const words = unit === "SESSIONS" ? "sessions" : "minutes";
  const { errors, setErrors, clearError, edit, pending, submit } = useActionForm(adjustRemainingSchema, adjustRemainingAction, (data) => {
    setOpen(false);
    onDone(`${line.serviceName}: ${data.message}`);
  });

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setRemaining(String(left));
      setReason("");
      setErrors({});
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (remaining.trim() !== "" && Number(remaining) < line.booked) {
      setErrors({ remaining: `${line.booked} ${words} are booked; remaining cannot be less than that.` });
      return;
    }
    submit({ clientCourseLineId: line.id, remaining, reason });
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger="Edit remaining"
      triggerLabel={`Edit remaining ${line.serviceName}`}
      title={`Edit remaining ${line.serviceName}`}
      description={`${left} of ${line.total} ${words} left: ${line.redeemed} redeemed, ${line.booked} booked.`}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <TextField
          label={`Remaining ${words}`}
          type="number"
          inputMode="numeric"
          min={line.booked}
          step={1}
          value={remaining}
          onChange={(e) => {
            setRemaining(e.target.value);
            clearError("remaining");
          }}
          hint={line.booked > 0 ? `At least ${line.booked}: that many are booked in the calendar.` : "Not counting what was already redeemed."}
          error={errors.remaining}
          inputClassName="w-32"
        />
        <ReasonField value={reason} onChange={edit("reason", setReason)} error={errors.reason} />
        <DialogButtons error={errors.form} onCancel={() => onOpenChange(false)} pending={pending} submitLabel="Save remaining" />
      </form>
    </ActionDialog>
  );
}
