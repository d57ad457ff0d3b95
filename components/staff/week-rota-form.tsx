"use client";

import { saveRotaAction } from "@/lib/actions/staff";
import { FormProblems, SaveButton } from "@/components/ui/form-parts";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import { weekRotaSchema, type WeekRotaFormValues } from "@/lib/rota/rota-input";
import type { RotaSaved } from "@/lib/rota/save-rota";
import type { HoursRow } from "@/lib/rota/working-hours";
import type { DayHours } from "@/lib/settings/salon-settings";
import { WEEK } from "@/lib/settings/hours";
import { hoursState, salonWeek, type HoursState } from "@/lib/staff/rota-times";
import { ROTA_ROW, RotaDayRow } from "./rota-day-row";

type Props = {
  staffId: number;
  opening: DayHours[];
  /** Their saved week, or null: the salon's opening hours are the starting point. */
  week: HoursRow[] | null;
  onSaved: (saved: RotaSaved) => void;
  /** Typing again takes back the last "saved" line. */
  onEdit: () => void;
  /** Under the table, beside Save: the last save's message, or a hint. */
  footer: React.ReactNode;
};

const FIELDS = ["working", "startMin", "endMin", "breakStartMin", "breakEndMin"];
const PLACED = WEEK.flatMap(({ weekday }) => FIELDS.map((f) => `days.${weekday}.${f}`));

/** Their usual week, Monday first: seven rows saved together. */
export function WeekRotaForm({ staffId, opening, week, onSaved, onEdit, footer }: Props) {
  const form = useCheckedForm({
    initial: () => ({ days: week ? week.map((row, weekday) => hoursState(row, opening[weekday])) : salonWeek(opening) }),
    values: (s): WeekRotaFormValues => ({ staffId, days: s.days }),
    schema: weekRotaSchema,
    save: saveRotaAction,
    onSaved,
    placed: PLACED,
    staysOpen: true,
  });
  const { formRef, state, pending, shown, problemCount, formError, onSubmit } = form;

  function updateDay(weekday: number, patch: Partial<HoursState>) {
    onEdit();
    form.update({ days: state.days.map((d, i) => (i === weekday ? { ...d, ...patch } : d)) });
  }

  const errorsOf = (weekday: number) => Object.fromEntries(FIELDS.map((f) => [f, shown[`days.${weekday}.${f}`]]));

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Usual week">
      {(problemCount > 0 || formError) && (
        <div className="px-5 pt-4">
          <FormProblems count={problemCount} formError={formError} subject="their week" />
        </div>
      )}
      <div className="overflow-x-auto">
        <div className="min-w-[46rem]">
          <div aria-hidden="true" className={`${ROTA_ROW} border-b border-line bg-canvas py-2.5 text-xs font-semibold tracking-wide text-ink-muted uppercase`}>
            <span>Day</span>
            <span />
            <span>Start</span>
            <span>End</span>
            <span>Break from</span>
            <span>Break until</span>
          </div>
          <div className="divide-y divide-line">
            {WEEK.map(({ weekday, name }) => (
              <RotaDayRow key={weekday} name={name} opening={opening[weekday]} day={state.days[weekday]} errors={errorsOf(weekday)} onChange={(patch) => updateDay(weekday, patch)} />
            ))}
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4 border-t border-line px-5 py-4">
        <SaveButton pending={pending}>Save week</SaveButton>
        {footer}
      </div>
    </form>
  );
}
