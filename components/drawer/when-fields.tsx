import type { ReactNode } from "react";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { DayHours } from "@/lib/settings/salon-settings";
import { formatMinutes } from "@/lib/time";

const STEP = 15;
/** When the salon is closed that day, the desk can still pick a time; the server says if it is refused. */
const FALLBACK: NonNullable<DayHours> = { opensAtMin: 7 * 60, closesAtMin: 21 * 60 };

/** Start times on a 15-minute grid within opening hours, plus the current one if it is off the grid. */
export function startTimes(hours: DayHours, current: number): number[] {
  const { opensAtMin, closesAtMin } = hours ?? FALLBACK;
  const times: number[] = [];
  for (let m = Math.ceil(opensAtMin / STEP) * STEP; m < closesAtMin; m += STEP) times.push(m);
  if (!times.includes(current)) times.push(current);
  return times.sort((a, b) => a - b);
}

type Props = {
  staff: CalendarStaff[];
  staffId: number;
  onStaffId: (id: number) => void;
  date: string;
  onDate: (date: string) => void;
  startMin: number;
  onStartMin: (min: number) => void;
  hours: DayHours;
  /** How long the booking will take, for the "Ends 10:45" hint. */
  durationMin: number | null;
  errors?: Partial<Record<"staffId" | "date" | "startMin", string | string[]>>;
  disabled?: boolean;
  /** The staff member's name when they no longer take appointments (so the select still shows them). */
  extraStaff?: { id: number; name: string } | null;
  /** Said under Staff ("Jack Morgan does not do Laser underarm: …"). */
  staffHint?: ReactNode;
};

/** Staff, date and start time: who and when. */
export function WhenFields({ staff, staffId, onStaffId, date, onDate, startMin, onStartMin, hours, durationMin, errors = {}, disabled, extraStaff, staffHint }: Props) {
  const missing = extraStaff && !staff.some((s) => s.id === extraStaff.id) ? extraStaff : null;
  const endsAt = durationMin ? `Ends ${formatMinutes(Math.min(24 * 60, startMin + durationMin))}` : undefined;
  return (
    <div className="grid grid-cols-2 gap-x-3 gap-y-4">
      <Select
        label="Staff"
        className="col-span-2"
        value={staffId}
        onChange={(e) => onStaffId(Number(e.target.value))}
        hint={staffHint}
        error={errors.staffId}
        disabled={disabled}
      >
        {missing && <option value={missing.id}>{missing.name}</option>}
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
      <TextField
        label="Date"
        type="date"
        value={date}
        onChange={(e) => e.target.value && onDate(e.target.value)}
        error={errors.date}
        disabled={disabled}
        required
      />
      <Select
        label="Start time"
        value={startMin}
        onChange={(e) => onStartMin(Number(e.target.value))}
        data-start-time=""
        hint={endsAt}
        error={errors.startMin}
        disabled={disabled}
      >
        {startTimes(hours, startMin).map((m) => (
          <option key={m} value={m}>
            {formatMinutes(m)}
          </option>
        ))}
      </Select>
    </div>
  );
}
