"use client";

import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { CALENDAR_COLOURS, colourName, isPaletteColour } from "@/lib/staff/palette";

type Props = { value: string; onChange: (value: string) => void; error?: string; /** A colour set before the palette, kept as a choice. */ current?: string };

/** The calendar colour as radio buttons: each swatch is named ("Violet"), and the chosen one is ticked. */
export function ColourPicker({ value, onChange, error, current }: Props) {
  const id = useId();
  const choices: { value: string; name: string }[] = [...CALENDAR_COLOURS];
  if (current && !isPaletteColour(current)) choices.push({ value: current.toLowerCase(), name: colourName(current) });
  return (
    <fieldset aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className="mb-1.5 text-sm font-medium text-ink">Calendar colour</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((c) => {
          const checked = value.toLowerCase() === c.value;
          return (
            <label key={c.value} className="group relative cursor-pointer" title={c.name}>
              <input
                type="radio"
                name={`${id}-colour`}
                value={c.value}
                checked={checked}
                onChange={() => onChange(c.value)}
                aria-label={c.name}
                className="peer absolute inset-0 z-10 m-0 size-full cursor-pointer appearance-none rounded-full opacity-0"
              />
              <span
                aria-hidden="true"
                style={{ backgroundColor: c.value }}
                className={cx(
                  "flex size-9 items-center justify-center rounded-full ring-offset-2 transition-shadow",
                  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-4 peer-focus-visible:outline-brand-600",
                  checked ? "ring-2 ring-ink" : "group-hover:ring-2 group-hover:ring-line-strong",
                )}
              >
                {checked && (
                  <svg viewBox="0 0 20 20" fill="none" className="size-4 text-white">
                    <path d="M4.5 10.5l3.5 3.5 7.5-8" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                )}
              </span>
            </label>
          );
        })}
      </div>
      <p id={`${id}-hint`} className="mt-1.5 text-xs text-ink-muted">
        Their column and appointments in the calendar. Chosen: {colourName(value)}.
      </p>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
