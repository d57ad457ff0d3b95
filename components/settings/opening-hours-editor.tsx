"use client";

import { Select } from "@/components/ui/select";
import { formatDuration } from "@/lib/services/durations";
import { closingChoices, openingChoices, WEEK } from "@/lib/settings/hours";

export type DayState = { open: boolean; opensAtMin: string; closesAtMin: string };

const OPENS = openingChoices();
const CLOSES = closingChoices();
const ROW = "grid grid-cols-[7.5rem_6.5rem_9.5rem_9.5rem_minmax(0,1fr)] items-start gap-x-4 px-5";

type Props = {
  /** Indexed by weekday, 0 = Sunday. */
  days: DayState[];
  errors: Record<string, string | undefined>;
  onChange: (weekday: number, patch: Partial<DayState>) => void;
};

function lengthOf(day: DayState): string {
  const length = Number(day.closesAtMin) - Number(day.opensAtMin);
  return day.opensAtMin !== "" && day.closesAtMin !== "" && length > 0 ? `${formatDuration(length)} open` : "";
}

/** Seven rows, Monday first: open or closed, and when, in 15-minute steps. */
export function OpeningHoursEditor({ days, errors, onChange }: Props) {
  return (
    <div className="overflow-x-auto">
      <div className="min-w-[40rem]">
        <div aria-hidden="true" className={`${ROW} border-b border-line bg-canvas py-2.5 text-xs font-semibold tracking-wide text-ink-muted uppercase`}>
          <span>Day</span>
          <span />
          <span>Opens</span>
          <span>Closes</span>
          <span />
        </div>
        <div className="divide-y divide-line">
          {WEEK.map(({ weekday, name }) => {
            const day = days[weekday];
            return (
              <div key={weekday} role="group" aria-label={name} className={`${ROW} py-2.5`}>
                <p className="pt-2.5 text-sm font-medium text-ink">{name}</p>
                <label className="flex h-10 items-center gap-2 text-sm">
                  <input type="checkbox" checked={day.open} onChange={(e) => onChange(weekday, { open: e.target.checked })} className="size-4 accent-brand-700" />
                  <span className={day.open ? "text-ink" : "text-ink-muted"}>Open</span>
                </label>
                {day.open ? (
                  <>
                    <Select
                      label="Opens"
                      value={day.opensAtMin}
                      onChange={(e) => onChange(weekday, { opensAtMin: e.target.value })}
                      options={OPENS}
                      placeholder="Choose"
                      error={errors[`hours.${weekday}.opensAtMin`]}
                      className="[&>label]:sr-only"
                    />
                    <Select
                      label="Closes"
                      value={day.closesAtMin}
                      onChange={(e) => onChange(weekday, { closesAtMin: e.target.value })}
                      options={CLOSES}
                      placeholder="Choose"
                      error={errors[`hours.${weekday}.closesAtMin`]}
                      className="[&>label]:sr-only"
                    />
                    <p className="pt-2.5 text-xs text-ink-muted">{lengthOf(day)}</p>
                  </>
                ) : (
                  <p className="col-span-3 pt-2.5 text-sm text-ink-subtle">Closed: nothing can be booked.</p>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
