"use client";

import { useId } from "react";
import { useRouter } from "next/navigation";
import { saveResourceAction } from "@/lib/actions/resources";
import { FormActions, FormProblems } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import { resourceSchema, type ResourceFormValues } from "@/lib/resources/resource-input";
import type { ResourceRow } from "@/lib/resources/list-resources";

type Props = { resource?: ResourceRow; kinds: string[] };

/** Add or rename a room or machine. The kind is free text, offering the kinds that exist. */
export function ResourceForm({ resource, kinds }: Props) {
  const router = useRouter();
  const listId = useId();
  const { formRef, state, update, pending, shown, problemCount, formError, onSubmit } = useCheckedForm({
    initial: () => ({ name: resource?.name ?? "", kind: resource?.kind ?? "" }),
    values: (s): ResourceFormValues => ({ resourceId: resource?.id, ...s }),
    schema: resourceSchema,
    save: saveResourceAction,
    onSaved: (data) => router.push(`/manager/rooms?saved=${data.id}`),
    placed: ["name", "kind"],
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={pending} aria-label={resource ? `Edit ${resource.name}` : "Add a room or machine"}>
      <FormProblems count={problemCount} formError={formError} subject="it" />
      <TextField label="Name" value={state.name} onChange={(e) => update({ name: e.target.value })} error={shown.name} hint="As the desk sees it on an appointment, e.g. “Treatment room 1”." autoComplete="off" maxLength={80} className="max-w-md" />
      <TextField
        label="Kind"
        list={listId}
        value={state.kind}
        onChange={(e) => update({ kind: e.target.value })}
        error={shown.kind}
        hint={
          resource && resource.upcoming > 0
            ? "What services ask for. It can't change while appointments are booked in it."
            : "What services ask for, e.g. “Treatment room” or “Laser”. Rooms of one kind stand in for each other."
        }
        autoComplete="off"
        maxLength={60}
        className="max-w-md"
      />
      <datalist id={listId}>
        {kinds.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <FormActions pending={pending} saveLabel={resource ? "Save changes" : "Add room or machine"} cancelHref="/manager/rooms" />
    </form>
  );
}
