"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { addClientAction } from "@/lib/actions/clients";
import { clientDetailsSchema } from "@/lib/clients/schemas";
import { useActionForm } from "@/components/ui/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ClientFields, type ClientFieldValues } from "./client-fields";

const EMPTY: ClientFieldValues = { firstName: "", lastName: "", phone: "", email: "", notes: "" };

/** "Add client": saves and opens the new client's card. */
export function AddClientForm() {
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const { errors, pending, submit } = useActionForm(clientDetailsSchema, addClientAction, (data) => router.push(`/clients/${data.id}?added=1`));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(values);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add client" className="space-y-4">
      <ClientFields values={values} onChange={setValues} errors={errors} />
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add client"}
        </Button>
      </div>
    </form>
  );
}
