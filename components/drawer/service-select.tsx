import type { ReactNode } from "react";
import { Select } from "@/components/ui/select";
import type { ServiceOption } from "@/lib/services/list-services";
import { formatMoney } from "@/lib/money";

type Props = {
  services: ServiceOption[];
  value: string;
  onChange: (serviceId: string) => void;
  /** The appointment's own service when it is no longer on the menu, so the select can still show it. */
  extra?: { id: number; name: string } | null;
  hint?: ReactNode;
  error?: string | string[];
  disabled?: boolean;
  /** Where focus goes when the drawer opens on this form. */
  autofocus?: boolean;
};

function groups(services: ServiceOption[]): [string, ServiceOption[]][] {
  const byCategory = new Map<string, ServiceOption[]>();
  for (const s of services) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  return [...byCategory.entries()];
}

/** "Service": the menu grouped by category, each with its duration and price. */
export function ServiceSelect({ services, value, onChange, extra, hint, error, disabled, autofocus }: Props) {
  const missing = extra && !services.some((s) => s.id === extra.id) ? extra : null;
  return (
    <Select label="Service" value={value} onChange={(e) => onChange(e.target.value)} placeholder="Choose a service" hint={hint} error={error} disabled={disabled} data-autofocus={autofocus || undefined}>
      {missing && <option value={missing.id}>{missing.name} (no longer on the menu)</option>}
      {groups(services).map(([category, list]) => (
        <optgroup key={category} label={category}>
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} · {s.durationMinutes} min · {formatMoney(s.priceMinor)}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
