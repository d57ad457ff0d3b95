import type { OffTime } from "@/lib/calendar/shading";
import { cx } from "@/components/ui/cx";
import { minuteTop, rowsCss, SLOT_MIN, type GridRange } from "./geometry";

/** The shading of a staff member's time off: a soft slate tint with a fine hatch, calmer than closed hours (.closed-hours). */
export const OFF_HOURS_SHADE = "bg-slate-500/[0.07] bg-[repeating-linear-gradient(45deg,transparent_0_5px,rgb(100_116_139/0.13)_5px_6px)]";

/**
 * A run of a column the staff member does not work, with its word at the top ("Break", "Not
 * working", "Holiday"). Drawn under the free-slot buttons, which stay clickable (book anyway) and
 * say "outside hours" in their names, so it is hidden from assistive technology.
 */
export function OffHoursBlock({ off, range }: { off: OffTime; range: GridRange }) {
  return (
    <div
      aria-hidden="true"
      data-off-hours={off.label}
      className={cx(
        "pointer-events-none absolute inset-x-0 overflow-hidden px-1.5 pt-0.5 text-[10px] leading-3 font-medium tracking-wide text-ink-subtle uppercase",
        OFF_HOURS_SHADE,
      )}
      style={{ top: minuteTop(off.start, range), height: rowsCss((off.end - off.start) / SLOT_MIN) }}
    >
      {off.end - off.start >= SLOT_MIN && <span className="block truncate">{off.label}</span>}
    </div>
  );
}

/** The legend's sample of the shading. */
export function OffHoursSwatch() {
  return <span aria-hidden="true" className={cx("inline-block h-3 w-5 shrink-0 rounded-sm ring-1 ring-line ring-inset", OFF_HOURS_SHADE)} />;
}
