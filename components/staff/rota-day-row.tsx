"use client";

import { useId } from "react";
import type { DayHours } from "@/lib/settings/salon-settings";
import { formatMinutes } from "@/lib/time";
import type { HoursState } from "@/lib/staff/rota-times";
import { HoursSelects } from "./hours-selects";

export const ROTA_ROW = "grid grid-cols-[8.5rem_6.5rem_repeat(4,minmax(6.5rem,8rem))] items-start gap-x-3 px-5";

type Props = {
  name: string;
  opening: DayHours;
  day: HoursState;
  /** This weekday's messages: "working", "startMin", … */
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<HoursState>) => void;
};

/** One weekday of a rota: working or not, and when, inside the salon's hours (shown under the day). */
export function RotaDayRow({ name, opening, day, errors, onChange }: Props) {
  const id = useId();
  const closed = opening === null;
  return (
    <div role="group" aria-label={name} className={`${ROTA_ROW} py-2.5`}>
      <div className="pt-2">
        <p className="text-sm font-medium text-ink">{name}</p>
        <p className="text-xs text-ink-subtle">{closed ? "Salon closed" : `Open ${formatMinutes(opening.opensAtMin)}–${formatMinutes(opening.closesAtMin)}`}</p>
      </div>
      <div>
        <label className="flex h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={day.working}
            disabled={closed && !day.working}
            onChange={(e) => onChange({ working: e.target.checked })}
            aria-invalid={errors.working ? true : undefined}
            aria-describedby={errors.working ? `${id}-working` : undefined}
            className="size-4 accent-brand-700 disabled:cursor-not-allowed"
          />
          <span className={day.working ? "text-ink" : "text-ink-muted"}>Working</span>
        </label>
        {errors.working && (
          <p id={`${id}-working`} className="text-xs font-medium text-red-700">
            {errors.working}
          </p>
        )}
      </div>
      {day.working ? (
        <HoursSelects hours={day} opening={opening} errors={errors} onChange={onChange} hideLabels />
      ) : (
        <p className="col-span-4 pt-2.5 text-sm text-ink-subtle">{closed ? "The salon is closed: nobody works." : "Day off."}</p>
      )}
    </div>
  );
}
