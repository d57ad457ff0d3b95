"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveDayExceptionAction } from "@/lib/actions/staff";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormProblems, SaveButton } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import { dayExceptionSchema, type DayExceptionFormValues } from "@/lib/rota/rota-input";
import type { DayExceptionSaved } from "@/lib/rota/save-day-exception";
import type { DayHours } from "@/lib/settings/salon-settings";
import { formatMinutes, formatSalonDate, isPlausibleDate, weekdayOf } from "@/lib/time";
import { OutsideNote } from "./outside-note";
import { HoursSelects } from "./hours-selects";

type Kind = "OFF" | "HOURS";
type FormState = { date: string; kind: Kind; startMin: string; endMin: string; breakStartMin: string; breakEndMin: string; note: string };

const EMPTY: FormState = { date: "", kind: "OFF", startMin: "", endMin: "", breakStartMin: "", breakEndMin: "", note: "" };
const PLACED = ["date", "kind", "startMin", "endMin", "breakStartMin", "breakEndMin", "note"];

type Props = {
  staffId: number;
  opening: DayHours[];
  today: string;
  /** Dates from today on that already differ, described: adding one of them replaces it. */
  existing: { date: string; text: string }[];
};

/** Add a day off or different hours on one date. The same date again replaces what it had (and says so). */
export function DayExceptionForm({ staffId, opening, today, existing }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState<DayExceptionSaved | null>(null);
  const form = useCheckedForm({
    initial: () => EMPTY,
    values: (s): DayExceptionFormValues => ({ staffId, ...s }),
    schema: dayExceptionSchema,
    save: saveDayExceptionAction,
    placed: PLACED,
    staysOpen: true,
    onSaved: (data) => {
      setSaved(data);
      form.update(EMPTY);
      router.refresh();
    },
  });
  const { formRef, state, pending, shown, problemCount, formError, onSubmit } = form;

  function update(patch: Partial<FormState>) {
    setSaved(null);
    form.update(patch);
  }

  const dayHours = isPlausibleDate(state.date) ? opening[weekdayOf(state.date)] : null;
  const already = existing.find((e) => e.date === state.date);
  const dateHint = !isPlausibleDate(state.date)
    ? "Today or later."
    : dayHours === null
      ? "The salon is closed that day."
      : `The salon is open ${formatMinutes(dayHours.opensAtMin)}–${formatMinutes(dayHours.closesAtMin)} that day.${already ? ` It already has: ${already.text}. Adding replaces it.` : ""}`;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Add a date" className="space-y-5">
      <FormProblems count={problemCount} formError={formError} subject="the date" />
      <div className="flex flex-wrap items-start gap-x-6 gap-y-5">
        <TextField label="Date" type="date" min={today} value={state.date} onChange={(e) => update({ date: e.target.value })} error={shown.date} hint={dateHint} className="w-64" />
        <ChoiceGroup
          legend="That day"
          name="exception-kind"
          value={state.kind}
          onChange={(kind) => update({ kind })}
          choices={[
            { value: "OFF", label: "Day off", hint: "Holiday, sick, training" },
            { value: "HOURS", label: "Different hours", hint: "Working, but not the usual times" },
          ]}
        />
      </div>
      {state.kind === "HOURS" && (
        <div className="grid max-w-2xl grid-cols-2 gap-x-4 gap-y-4 sm:grid-cols-4">
          <HoursSelects hours={{ working: true, ...state }} opening={dayHours} errors={shown} onChange={update} />
        </div>
      )}
      <TextField label="Note (optional)" value={state.note} onChange={(e) => update({ note: e.target.value })} error={shown.note} hint="Shown on the calendar, e.g. “Holiday” or “Dentist”." maxLength={60} autoComplete="off" className="max-w-sm" />
      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
        <SaveButton pending={pending}>Add date</SaveButton>
        {saved && (
          <p role="status" className="text-sm">
            <span className="font-medium text-green-800">
              {saved.replaced ? `Replaced ${formatSalonDate(saved.date)} (it was ${saved.replaced}).` : `Added ${formatSalonDate(saved.date)} for ${saved.name}.`}
            </span>
            <OutsideNote outside={saved.outside} />
          </p>
        )}
      </div>
    </form>
  );
}
