"use client";

import { Select } from "@/components/ui/select";
import type { DayHours } from "@/lib/settings/salon-settings";
import { timeChoices, type HoursState } from "@/lib/staff/rota-times";

type Props = {
  hours: HoursState;
  /** The salon's hours that day bound the choices; null (closed, or no date yet): the whole day. */
  opening: DayHours;
  errors: { startMin?: string; endMin?: string; breakStartMin?: string; breakEndMin?: string };
  onChange: (patch: Partial<HoursState>) => void;
  /** Labels only for screen readers (the week table has column headings). */
  hideLabels?: boolean;
};

/** Start, end and an optional break, in 15-minute steps inside the salon's opening hours. */
export function HoursSelects({ hours, opening, errors, onChange, hideLabels }: Props) {
  const from = opening?.opensAtMin ?? 0;
  const to = opening?.closesAtMin ?? 24 * 60;
  const label = hideLabels ? "[&>label]:sr-only" : undefined;
  return (
    <>
      <Select label="Start" value={hours.startMin} onChange={(e) => onChange({ startMin: e.target.value })} options={timeChoices(from, to - 15, hours.startMin)} placeholder="Choose" error={errors.startMin} className={label} />
      <Select label="End" value={hours.endMin} onChange={(e) => onChange({ endMin: e.target.value })} options={timeChoices(from + 15, to, hours.endMin)} placeholder="Choose" error={errors.endMin} className={label} />
      <Select
        label="Break from"
        value={hours.breakStartMin}
        onChange={(e) => onChange({ breakStartMin: e.target.value })}
        options={timeChoices(from + 15, to - 30, hours.breakStartMin)}
        placeholder="No break"
        error={errors.breakStartMin}
        className={label}
      />
      <Select
        label="Break until"
        value={hours.breakEndMin}
        onChange={(e) => onChange({ breakEndMin: e.target.value })}
        options={timeChoices(from + 30, to - 15, hours.breakEndMin)}
        placeholder="No break"
        error={errors.breakEndMin}
        className={label}
      />
    </>
  );
}
