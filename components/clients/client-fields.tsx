"use client";

import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/components/ui/use-action-form";
import { NotesField } from "./notes-field";

export type ClientFieldValues = { firstName: string; lastName: string; phone: string; email: string; notes: string };

/** The fields of a client (add and edit share them). */
export function ClientFields({
  values,
  onChange,
  errors,
}: {
  values: ClientFieldValues;
  onChange: (values: ClientFieldValues) => void;
  errors: FieldErrors;
}) {
  const set = (key: keyof ClientFieldValues) => (e: { target: { value: string } }) => onChange({ ...values, [key]: e.target.value });
  return (
    // A container query: side by side only where the form itself is wide enough (not in a side card).
    <div className="@container space-y-4">
      <div className="grid grid-cols-2 gap-4">
        <TextField label="First name" autoComplete="off" value={values.firstName} onChange={set("firstName")} error={errors.firstName} />
        <TextField label="Last name" autoComplete="off" value={values.lastName} onChange={set("lastName")} error={errors.lastName} />
      </div>
      <div className="grid gap-4 @md:grid-cols-2">
        <TextField label="Phone" type="tel" autoComplete="off" value={values.phone} onChange={set("phone")} error={errors.phone} />
        <TextField label="Email" type="email" autoComplete="off" value={values.email} onChange={set("email")} error={errors.email} />
      </div>
      <NotesField value={values.notes} onChange={(notes) => onChange({ ...values, notes })} error={errors.notes} hint="Allergies, preferences, anything the team should know." />
    </div>
  );
}
