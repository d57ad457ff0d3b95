"use client";

import { useState, type FormEvent } from "react";
import { updateClientAction } from "@/lib/actions/clients";
import { updateClientSchema } from "@/lib/clients/schemas";
import { useActionForm } from "@/components/ui/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { displayPhone } from "@/lib/clients/display";
import { ClientFields, type ClientFieldValues } from "./client-fields";

type Props = {
  client: { id: number; firstName: string; lastName: string; email: string | null; phone: string | null; notes: string; alert: string; patchTestOn: string | null };
};

/** Contact details and notes on the client card, editable in place. */
export function ClientDetailsForm({ client }: Props) {
  const initial: ClientFieldValues = {
    firstName: client.firstName,
    lastName: client.lastName,
    phone: client.phone ? displayPhone(client.phone) : "",
    email: client.email ?? "",
    notes: client.notes,
  };
  const [values, setValues] = useState(initial);
  const [alert, setAlert] = useState(client.alert);
  const [patchTestOn, setPatchTestOn] = useState(client.patchTestOn ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const { errors, pending, submit } = useActionForm(updateClientSchema, updateClientAction, (data) => setSaved(`Saved ${data.name}’s details.`));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    submit({ clientId: client.id, ...values, alert, patchTestOn });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Client details" className="space-y-4">
      <ClientFields
        values={values}
        onChange={(next) => {
          setValues(next);
          setSaved(null);
        }}
        errors={errors}
      />
      <div className="space-y-4 rounded-md border border-amber-200 bg-amber-50/60 p-3">
        <TextField
          label="Alert"
          value={alert}
          maxLength={200}
          placeholder="e.g. Allergic to latex · prefers no small talk"
          hint="Shown on their appointments, in the drawer, at check-in and at checkout."
          onChange={(e) => {
            setAlert(e.target.value);
            setSaved(null);
          }}
          error={errors.alert}
        />
        <TextField
          label="Last patch test"
          type="date"
          value={patchTestOn}
          hint="Services that need one warn the desk when it is missing or too old."
          onChange={(e) => {
            setPatchTestOn(e.target.value);
            setSaved(null);
          }}
          error={errors.patchTestOn}
          className="max-w-[12rem]"
        />
      </div>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {saved && <Alert tone="success">{saved}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save details"}
        </Button>
      </div>
    </form>
  );
}
