"use client";

import { useState, type FormEvent } from "react";
import { extendExpiryAction } from "@/lib/actions/client-courses";
import { extendExpirySchema } from "@/lib/courses/schemas";
import { TextField } from "@/components/ui/text-field";
import { addDaysToDate, type SalonDate } from "@/lib/time";
import { ActionDialog, DialogButtons } from "@/components/ui/action-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { clientCourseId: number; courseName: string; expiry: { date: SalonDate | null; text: string }; today: SalonDate; onDone: (message: string) => void };

/** "Extend expiry": a later last day, with the reason. */
export function ExtendExpiry({ clientCourseId, courseName, expiry, today, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [expiresOn, setExpiresOn] = useState("");
  const [reason, setReason] = useState("");
  const earliest = addDaysToDate(expiry.date && expiry.date > today ? expiry.date : today, 1);
  const { errors, setErrors, clearError, edit, pending, submit } = useActionForm(extendExpirySchema, extendExpiryAction, (data) => {
    setOpen(false);
    onDone(data.message);
  });

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setExpiresOn("");
      setReason("");
      setErrors({});
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit({ clientCourseId, expiresOn, reason });
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger="Extend expiry"
      title={`Extend ${courseName}`}
      description={expiry.date ? `It expires on ${expiry.text}.` : `${expiry.text}. Setting a date fixes the last day it can be used.`}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <TextField
          label="New expiry"
          type="date"
          min={earliest}
          value={expiresOn}
          onChange={(e) => {
            setExpiresOn(e.target.value);
            clearError("expiresOn");
          }}
          hint="The last day the course can be used."
          error={errors.expiresOn}
          inputClassName="w-48"
        />
        <ReasonField value={reason} onChange={edit("reason", setReason)} error={errors.reason} />
        <DialogButtons error={errors.form} onCancel={() => onOpenChange(false)} pending={pending} submitLabel="Extend expiry" />
      </form>
    </ActionDialog>
  );
}
