import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { SeriesStart } from "@/lib/appointments/series-start";
import { MAX_WEEKS_APART } from "@/lib/appointments/series-dates";
import { formatMinutes, isPlausibleDate, weekdayOf } from "@/lib/time";
import { startTimes } from "./when-fields";

/** The pattern of a series as the desk sets it: "every" weeks, from a day and time, with whom, how many. */
export type SeriesPattern = { everyWeeks: number; date: string; startMin: number; staffId: number | null; count: number };

type Props = {
  start: SeriesStart;
  pattern: SeriesPattern;
  onChange: (patch: Partial<SeriesPattern>) => void;
  onShow: () => void;
  busy: boolean;
  errors?: Record<string, string[]>;
};

/** The quarter-hour start times of a day (the drawer's own time choices), bounded by that day's opening hours. */
export function timesFor(start: SeriesStart, date: string, current: number): { value: number; label: string }[] {
  const hours = isPlausibleDate(date) ? start.opening[weekdayOf(date)] : null;
  return startTimes(hours, current).map((m) => ({ value: m, label: formatMinutes(m) }));
}

export function SeriesPlanFields({ start, pattern, onChange, onShow, busy, errors = {} }: Props) {
  return (
    <div className="grid grid-cols-2 gap-x-3 gap-y-3.5">
      <Select
        label="Every"
        value={pattern.everyWeeks}
        onChange={(e) => onChange({ everyWeeks: Number(e.target.value) })}
        options={Array.from({ length: MAX_WEEKS_APART }, (_, i) => ({ value: i + 1, label: i === 0 ? "1 week" : `${i + 1} weeks` }))}
        error={errors.everyWeeks}
      />
      <Select
        label="How many"
        value={pattern.count}
        onChange={(e) => onChange({ count: Number(e.target.value) })}
        options={Array.from({ length: start.free }, (_, i) => ({ value: i + 1, label: i === 0 ? "1 session" : `${i + 1} sessions` }))}
        hint={`${start.free} free on the course`}
        error={errors.count}
      />
      <TextField
        label="Starting"
        type="date"
        value={pattern.date}
        onChange={(e) => isPlausibleDate(e.target.value) && onChange({ date: e.target.value })}
        error={errors.date}
        required
      />
      <Select label="At" value={pattern.startMin} onChange={(e) => onChange({ startMin: Number(e.target.value) })} options={timesFor(start, pattern.date, pattern.startMin)} error={errors.startMin} />
      <Select
        label="Stylist"
        className="col-span-2"
        value={pattern.staffId ?? "any"}
        onChange={(e) => onChange({ staffId: e.target.value === "any" ? null : Number(e.target.value) })}
        error={errors.staffId}
      >
        {start.staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        <option value="any">Anyone who does {start.serviceName}</option>
      </Select>
      <div className="col-span-2">
        <Button variant="secondary" className="w-full" onClick={() => !busy && onShow()} aria-disabled={busy || undefined}>
          {busy ? "Finding dates…" : "Show dates"}
        </Button>
      </div>
    </div>
  );
}
