"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";
import { formatDuration, MAX_DURATION_MINUTES } from "@/lib/services/durations";
import { OWN_LENGTH_STEP } from "@/lib/staff/staff-input";
import type { SkillCategory } from "@/lib/staff/staff-skills";

/** Ticked services by id, each with its own length in minutes as text ("" = the service's length). */
export type TickedServices = Record<number, string>;

const LENGTHS = Array.from({ length: MAX_DURATION_MINUTES / OWN_LENGTH_STEP }, (_, i) => (i + 1) * OWN_LENGTH_STEP);

type Props = { categories: SkillCategory[]; value: TickedServices; onChange: (next: TickedServices) => void; error?: string };

/** "Services they do": every active service by category, ticked or not, with an optional own length for each ticked one. */
export function ServicesTheyDo({ categories, value, onChange, error }: Props) {
  const id = useId();
  const total = categories.reduce((n, c) => n + c.services.length, 0);
  const ticked = Object.keys(value).length;

  function tick(serviceId: number, on: boolean) {
    const next = { ...value };
    if (on) next[serviceId] = next[serviceId] ?? "";
    else delete next[serviceId];
    onChange(next);
  }

  function tickAll(category: SkillCategory, on: boolean) {
    const next = { ...value };
    for (const s of category.services) {
      if (on) next[s.id] = next[s.id] ?? "";
      else delete next[s.id];
    }
    onChange(next);
  }

  return (
    <fieldset aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} className="space-y-3">
      <legend className="text-sm font-medium text-ink">Services they do</legend>
      <p id={`${id}-hint`} className="-mt-1 text-xs text-ink-muted">
        Only these can be booked with them, at the desk and online. “Their length” is how long they take when it differs from the menu (a senior colours faster); blank uses the service&apos;s length. {ticked} of {total} ticked.
      </p>
      {ticked === 0 && total > 0 && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          No services ticked yet: nothing can be booked with them until you tick the services they do.
        </p>
      )}
      {total === 0 && <p className="text-sm text-ink-muted">No services on the menu yet: add them under Manager → Services first.</p>}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        {categories.map((category) => {
          const all = category.services.every((s) => value[s.id] !== undefined);
          return (
            <fieldset key={category.name} className="rounded-md border border-line">
              <legend className="sr-only">{category.name}</legend>
              <div className="flex items-center justify-between gap-2 border-b border-line bg-canvas px-3 py-1.5">
                <span aria-hidden="true" className="text-sm font-semibold text-ink">
                  {category.name}
                </span>
                <Button variant="ghost" size="sm" onClick={() => tickAll(category, !all)}>
                  {all ? "Untick all" : "Tick all"}
                  <span className="sr-only"> in {category.name}</span>
                </Button>
              </div>
              <ul className="divide-y divide-line">
                {category.services.map((s) => (
                  <ServiceRow key={s.id} service={s} length={value[s.id]} onTick={(on) => tick(s.id, on)} onLength={(v) => onChange({ ...value, [s.id]: v })} />
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}

type RowProps = { service: SkillCategory["services"][number]; length: string | undefined; onTick: (on: boolean) => void; onLength: (v: string) => void };

function ServiceRow({ service, length, onTick, onLength }: RowProps) {
  const on = length !== undefined;
  return (
    <li className="flex min-h-12 items-center gap-3 px-3 py-1.5">
      <label className="flex min-w-0 flex-1 items-center gap-2.5 text-sm">
        <input type="checkbox" checked={on} onChange={(e) => onTick(e.target.checked)} className="size-4 shrink-0 accent-brand-700" />
        <span className={cx("min-w-0", on ? "text-ink" : "text-ink-muted")}>
          {service.name}
          <span className="ml-1.5 text-xs text-ink-subtle">{formatDuration(service.durationMinutes)}</span>
        </span>
      </label>
      {on && (
        <div className="w-40 shrink-0">
          <select aria-label={`Their length for ${service.name}`} value={length} onChange={(e) => onLength(e.target.value)} className={cx(controlClasses(false), "h-9 pr-7 text-xs")}>
            <option value="">Usual ({formatDuration(service.durationMinutes)})</option>
            {LENGTHS.map((m) => (
              <option key={m} value={m}>
                {formatDuration(m)}
              </option>
            ))}
          </select>
        </div>
      )}
    </li>
  );
}
