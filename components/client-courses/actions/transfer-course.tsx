"use client";

import Link from "next/link";
import { useState, type FormEvent, type ReactNode } from "react";
import { transferCourseAction } from "@/lib/actions/client-courses";
import { transferCourseSchema } from "@/lib/courses/schemas";
import { ClientCombobox } from "@/components/clients/client-combobox";
import type { ClientHit } from "@/lib/clients/search-clients";
import { ActionDialog, DialogButtons } from "@/components/ui/action-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  clientCourseId: number;
  courseName: string;
  fromClientId: number;
  /** "5 × Laser underarm": the free units that will move. */
  moving: string[];
  bookedNote: string | null;
  onDone: (message: ReactNode) => void;
};

/** "Transfer": what is left (the free units) becomes a new course of another client. */
export function TransferCourse({ clientCourseId, courseName, fromClientId, moving, bookedNote, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [client, setClient] = useState<ClientHit | null>(null);
  const [reason, setReason] = useState("");
  const { errors, setErrors, edit, pending, submit } = useActionForm(transferCourseSchema, transferCourseAction, (data) => {
    setOpen(false);
    onDone(
      <>
        {data.message}{" "}
        <Link href={`/manager/client-courses/${data.newCourseId}`} className="font-medium underline underline-offset-2">
          Open the new course
        </Link>
      </>,
    );
  });

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setClient(null);
      setReason("");
      setErrors({});
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (client?.id === fromClientId) {
      setErrors({ toClientId: "Choose a different client to transfer to." });
      return;
    }
    submit({ clientCourseId, toClientId: client?.id ?? "", reason });
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger="Transfer"
      title={`Transfer ${courseName}`}
      description={
        <>
          Moves {moving.length > 0 ? moving.join(", ") : "nothing (nothing is free)"} to another client as a new course with the same expiry.
          {bookedNote && ` ${bookedNote}`}
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <ClientCombobox label="Transfer to" value={client} onChange={edit("toClientId", setClient)} error={errors.toClientId} />
        <ReasonField value={reason} onChange={edit("reason", setReason)} error={errors.reason} />
        <DialogButtons error={errors.form} onCancel={() => onOpenChange(false)} pending={pending} submitLabel="Transfer" />
      </form>
    </ActionDialog>
  );
}
