"use client";

import Link from "next/link";
import { Select } from "@/components/ui/select";

type Props = { kinds: string[]; value: string; onChange: (kind: string) => void; error?: string };

/** "Needs a room or machine": one of the kinds the salon's rooms and machines have, or none. */
export function ResourceKindSelect({ kinds, value, onChange, error }: Props) {
  // A kind no room has any more stays choosable, so saving other changes keeps it.
  const options = value && !kinds.includes(value) ? [...kinds, value] : kinds;
  return (
    <Select
      label="Needs a room or machine"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder="None"
      error={error}
      className="max-w-md"
      hint={
        kinds.length === 0 ? (
          <>
            No rooms or machines yet: add them under <Link href="/manager/rooms" className="font-medium underline">Rooms &amp; machines</Link>.
          </>
        ) : (
          "A booking takes a free one of this kind automatically; two appointments never share it."
        )
      }
    >
      {options.map((kind) => (
        <option key={kind} value={kind}>
          {kind}
        </option>
      ))}
    </Select>
  );
}
