import type { ReactNode } from "react";
import { Select } from "@/components/ui/select";
import { lengthChoices } from "@/lib/appointments/drawer-options";
import { formatDuration } from "@/lib/services/durations";

type Props = {
  /** Null until a service is chosen. */
  value: number | null;
  onChange: (minutes: number) => void;
  /** The stylist's usual length for the service, said under the select when another is chosen. */
  usual: number | null;
  hint?: ReactNode;
  error?: string | string[];
  disabled?: boolean;
};

/** "Length": 15 min … 4 h in 15-minute steps, plus the booking's own length when it is off them. */
export function LengthSelect({ value, onChange, usual, hint, error, disabled }: Props) {
  const said = hint ?? (usual !== null && value !== null && value !== usual ? `Usual: ${formatDuration(usual)}` : undefined);
  if (value === null) {
    return <Select label="Length" value="" disabled placeholder="Choose a service first" hint={hint} onChange={() => undefined} />;
  }
  return (
    <Select label="Length" value={value} onChange={(e) => onChange(Number(e.target.value))} hint={said} error={error} disabled={disabled}>
      {lengthChoices(value, usual).map((m) => (
        <option key={m} value={m}>
          {formatDuration(m)}
        </option>
      ))}
    </Select>
  );
}
