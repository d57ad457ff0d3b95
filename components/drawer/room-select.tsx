import { Select } from "@/components/ui/select";
import type { DrawerResource } from "@/lib/appointments/drawer-options";

type Props = {
  kind: string;
  rooms: DrawerResource[];
  /** A resource id, or "" for any free one. */
  value: string;
  onChange: (value: string) => void;
  /** The room the appointment holds when it is no longer in use, so the select can still show it. */
  held?: { id: number; name: string } | null;
  error?: string | string[];
  disabled?: boolean;
};

/** "Room": any free one of the kind the service needs (the server picks), or a particular one. */
export function RoomSelect({ kind, rooms, value, onChange, held, error, disabled }: Props) {
  const missing = held && !rooms.some((r) => r.id === held.id) ? held : null;
  return (
    <Select label="Room" value={value} onChange={(e) => onChange(e.target.value)} error={error} disabled={disabled}>
      <option value="">Any free {kind.toLowerCase()}</option>
      {missing && <option value={missing.id}>{missing.name} (no longer in use)</option>}
      {rooms.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </Select>
  );
}
