import type { OffTime } from "@/lib/calendar/shading";
import { minuteTop, rowsCss, SLOT_MIN, type GridRange } from "./geometry";


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
      // .off-hours in app/globals.css: a busy day has a hundred of these.
      className="off-hours off-hours-shade"
      style={{ top: minuteTop(off.start, range), height: rowsCss((off.end - off.start) / SLOT_MIN) }}
    >
      {off.end - off.start >= SLOT_MIN && <span className="block truncate">{off.label}</span>}
    </div>
  );
}

/** The legend's sample of the shading. */
export function OffHoursSwatch() {
  return <span aria-hidden="true" className="off-hours-shade inline-block h-3 w-5 shrink-0 rounded-sm ring-1 ring-line ring-inset" />;
}
