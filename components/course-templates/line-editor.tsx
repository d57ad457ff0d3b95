"use client";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { lineListValue } from "@/lib/courses/sell-course";
import { formatMoney } from "@/lib/money";
import type { ServiceChoice } from "@/lib/course-templates/service-choices";

export type LineState = { key: number; serviceId: string; quantity: string };

type LineEditorProps = {
  index: number;
  line: LineState;
  unit: "SESSIONS" | "MINUTES";
  services: ServiceChoice[];
  currency: string;
  canRemove: boolean;
  errors: { serviceId?: string; quantity?: string };
  onChange: (patch: Partial<LineState>) => void;
  onRemove: () => void;
};

function groupByCategory(services: ServiceChoice[]): [string, ServiceChoice[]][] {
  const groups = new Map<string, ServiceChoice[]>();
  for (const s of services) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  return [...groups.entries()];
}

/** One line of a course: a service and how many sessions (or minutes) of it, with its list value. */
export function LineEditor({ index, line, unit, services, currency, canRemove, errors, onChange, onRemove }: LineEditorProps) {
  const service = services.find((s) => String(s.id) === line.serviceId);
  const quantity = Number(line.quantity);
  const value = service && Number.isInteger(quantity) && quantity > 0 ? lineListValue(unit, quantity, service) : null;
  const unitPrice =
    service && (unit === "SESSIONS" ? `${formatMoney(service.priceMinor, currency)} a session` : `${formatMoney(service.priceMinor, currency)} per ${service.durationMinutes} min`);

  return (
    <div role="group" aria-label={`Line ${index + 1}`} className="grid grid-cols-[minmax(0,1fr)_7.5rem] items-start gap-3 rounded-md border border-line bg-canvas/60 p-3 sm:grid-cols-[minmax(0,1fr)_7.5rem_9rem_auto]">
      <Select
        label="Service"
        value={line.serviceId}
        onChange={(e) => onChange({ serviceId: e.target.value })}
        placeholder="Choose a service"
        error={errors.serviceId}
      >
        {groupByCategory(services).map(([category, options]) => (
          <optgroup key={category} label={category}>
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} · {s.durationMinutes} min · {formatMoney(s.priceMinor, currency)}
                {s.active ? "" : " (no longer on the menu)"}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <TextField
        label={unit === "SESSIONS" ? "Sessions" : "Minutes"}
        inputMode="numeric"
        autoComplete="off"
        value={line.quantity}
        onChange={(e) => onChange({ quantity: e.target.value })}
        error={errors.quantity}
      />
      <div className="col-span-2 text-sm sm:col-span-1 sm:pt-7">
        <p className="font-medium text-ink tabular-nums">{value === null ? "—" : formatMoney(value, currency)}</p>
        <p className="text-xs text-ink-muted">{unitPrice ?? "List value"}</p>
      </div>
      {canRemove && (
        <div className="col-span-2 sm:col-span-1 sm:pt-7">
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove line ${index + 1}`}>
            Remove
          </Button>
        </div>
      )}
    </div>
  );
}
