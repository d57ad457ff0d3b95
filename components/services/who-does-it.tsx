"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { ServiceFormChoices } from "@/lib/services/service-menu";

type Props = { staff: ServiceFormChoices["staff"]; value: number[]; onChange: (next: number[]) => void; error?: string };

/** "Who does it": a checkbox per staff member taking appointments; only they can be booked for the service. */
export function WhoDoesIt({ staff, value, onChange, error }: Props) {
  const id = useId();
  const ticked = new Set(value);
  const all = staff.length > 0 && staff.every((s) => ticked.has(s.id));
  return (
    <fieldset aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <div className="flex items-center justify-between gap-3">
        <legend className="text-sm font-medium text-ink">Who does it</legend>
        {staff.length > 1 && (
          <Button variant="ghost" size="sm" onClick={() => onChange(all ? [] : staff.map((s) => s.id))}>
            {all ? "Untick everyone" : "Tick everyone"}
          </Button>
        )}
      </div>
      <p id={`${id}-hint`} className="mb-2 text-xs text-ink-muted">
        Only they can be booked for it, at the desk and online. Their own length for it is set on each staff member&apos;s page.
      </p>
      {staff.length === 0 && <p className="text-sm text-ink-muted">Nobody takes appointments yet: add staff under Manager → Staff.</p>}
      {staff.length > 0 && value.length === 0 && (
        <p role="status" className="mb-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Nobody ticked: it can&apos;t be booked with anyone.
        </p>
      )}
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {staff.map((s) => (
          <label key={s.id} className="flex h-9 items-center gap-2.5 text-sm">
            <input
              type="checkbox"
              checked={ticked.has(s.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, s.id] : value.filter((x) => x !== s.id))}
              className="size-4 shrink-0 accent-brand-700"
            />
            <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: s.color }} />
            <span className="text-ink">{s.name}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
