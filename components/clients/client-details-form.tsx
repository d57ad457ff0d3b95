"use client";

import { useState, type FormEvent } from "react";
import { updateClientAction } from "@/lib/actions/clients";
import { updateClientSchema } from "@/lib/clients/schemas";
import { useActionForm } from "@/components/ui/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { displayPhone } from "@/lib/clients/display";
import { ClientFields, type ClientFieldValues } from "./client-fields";

type Props = { client: { id: number; firstName: string; lastName: string; email: string | null; phone: string | null; notes: string } };

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
  const [saved, setSaved] = useState<string | null>(null);
  const { errors, pending, submit } = useActionForm(updateClientSchema, updateClientAction, (data) => setSaved(`Saved ${data.name}’s details.`));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    submit({ clientId: client.id, ...values });
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
