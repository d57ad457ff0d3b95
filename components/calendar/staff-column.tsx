import { memo, useMemo, type CSSProperties, type PointerEvent as ReactPointerEvent, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import type { CalendarAppointment, CalendarStaff } from "@/lib/calendar/load-day";
import { formatMinutes } from "@/lib/time";
import { AppointmentBlock, type BoardAppointment } from "./appointment-block";
import { closedBlocks, coveredSlots, type ColumnDrawn, HEADER_PX, isBookable, layoutLanes, minuteTop, rowsCss, SLOT_MIN, type GridRange } from "./geometry";

/** Where a dragged appointment would land, drawn in the column under the pointer. */
export type DropPreview = { staffId: number; startMin: number; endMin: number; clash: boolean; label: string };

type Props = {
  staff: CalendarStaff;
  column: number;
  appointments: BoardAppointment[];
  range: GridRange;
  /** Slot buttons and appointments, appointments only, or neither (see columnDrawn). */
  drawn: ColumnDrawn;
  draggingId: number | null;
  selectedId: number | null;
  /** The slot the drawer is booking, when it is in this column. */
  newSlotMin: number | null;
  preview: DropPreview | null;
  onBook: (staffId: number, startMin: number, element: HTMLElement) => void;
  onOpen: (id: number, element: HTMLElement) => void;
  onDragPointerDown: (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => void;
};

/**
 * The column's height, and where its first hour and half-hour lines fall (the grid may start at 9:30):
 * the background in .staff-day repeats them from there.
 */
function dayStyle(range: GridRange): CSSProperties {
  const rowsTo = (every: number) => ((every - (range.startMin % every)) % every) / SLOT_MIN;
  return {
    height: rowsCss((range.endMin - range.startMin) / SLOT_MIN),
    "--hour-y": rowsCss(rowsTo(60)),
    "--half-y": rowsCss(rowsTo(30)),
  } as CSSProperties;
}

/**
 * One staff member's day. The quarter-hour lines are the column's background (.staff-day in
 * app/globals.css) and closed hours one hatched block each, so the server draws a column as its
 * appointments only. The free-slot buttons are added in the browser, for columns near the visible
 * part of the board (`drawn`): before the page is interactive they could not be clicked anyway, and
 * a 60-stylist day would otherwise be thousands of buttons. DOM order is chronological, so arrow
 * keys and screen readers meet slots and appointments in time order.
 */
export const StaffColumn = memo(function StaffColumn({
  staff,
  column,
  appointments,
  range,
  drawn,
  draggingId,
  selectedId,
  newSlotMin,
  preview,
  onBook,
  onOpen,
  onDragPointerDown,
}: Props) {
  const lanes = useMemo(() => layoutLanes(appointments), [appointments]);
  const covered = useMemo(() => coveredSlots(appointments), [appointments]);
  const headingId = `staff-${staff.id}-name`;

  const block = (a: BoardAppointment) => (
    <AppointmentBlock
      key={`a${a.id}`}
      appointment={a}
      lane={lanes.get(a.id) ?? { lane: 0, lanes: 1 }}
      range={range}
      column={column}
      dragging={draggingId === a.id}
      selected={selectedId === a.id}
      onOpen={onOpen}
      onDragPointerDown={onDragPointerDown}
    />
  );

  const body: ReactNode[] = closedBlocks(range).map(({ startMin, endMin }) => (
    <div
      key={`closed${startMin}`}
      aria-hidden="true"
      className="closed-hours"
      style={{ top: minuteTop(startMin, range), height: rowsCss((endMin - startMin) / SLOT_MIN) }}
    />
  ));
  const sorted = [...appointments].sort((a, b) => a.startMin - b.startMin || a.id - b.id);
  if (drawn === "appointments") {
    body.push(...sorted.map(block));
  } else if (drawn === "all") {
    let next = 0;
    for (let m = range.startMin; m < range.endMin; m += SLOT_MIN) {
      // Appointments starting in this slot come before the slot itself, in time order.
      while (next < sorted.length && sorted[next].startMin < m + SLOT_MIN) body.push(block(sorted[next++]));
      if (!isBookable(m, range.hours) || covered.has(m)) continue;
      const time = formatMinutes(m);
      body.push(
        // Styled by .slot in app/globals.css; "+ 10:15" is drawn from data-label on hover.
        <button
          key={m}
          type="button"
          aria-label={`Book ${staff.name} at ${time}`}
          data-nav=""
          data-col={column}
          data-start={m}
          data-end={m + SLOT_MIN}
          data-label={`+ ${time}`}
          tabIndex={-1}
          onClick={(event) => onBook(staff.id, m, event.currentTarget)}
          className="slot"
          style={{ top: minuteTop(m, range) }}
        />,
      );
    }
    // Appointments that start after the last row (never expected, but never hidden).
    body.push(...sorted.slice(next).map(block));
  }

  return (
    <div role="group" aria-labelledby={headingId} className="relative min-w-0 border-l border-line">
      <div className="sticky top-0 z-10 flex items-center gap-2 border-b border-line bg-surface px-3" style={{ height: HEADER_PX }}>
        <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full ring-2 ring-white" style={{ backgroundColor: staff.color }} />
        <h2 id={headingId} title={staff.name} className="truncate text-sm font-semibold text-ink">
          {staff.name}
        </h2>
      </div>
      {/* .staff-day: skipped by the browser while scrolled out of sight; the height stands in meanwhile. */}
      <div
        data-staff-col={staff.id}
        className="staff-day"
        style={dayStyle(range)}
      >
        {body}
        {newSlotMin !== null && (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-x-0.5 z-[2] flex items-center rounded-md border-2 border-dashed border-brand-600 bg-brand-50/90 px-1.5 text-xs font-semibold text-brand-800"
            style={{ top: minuteTop(newSlotMin, range, 1), height: rowsCss(1, -2) }}
          >
            <span className="truncate">New · {formatMinutes(newSlotMin)}</span>
          </div>
        )}
        {preview && (
          <div
            aria-hidden="true"
            className={cx(
              "pointer-events-none absolute inset-x-0.5 z-[4] flex flex-col overflow-hidden rounded-md border-2 border-dashed px-1.5 text-xs leading-4 shadow-lg",
              preview.endMin - preview.startMin <= SLOT_MIN ? "justify-center" : "py-0.5",
              preview.clash ? "border-red-500 bg-red-50 text-red-800" : "border-brand-600 bg-brand-50 text-brand-900",
            )}
            style={{ top: minuteTop(preview.startMin, range, 1), height: rowsCss(Math.max(1, (preview.endMin - preview.startMin) / SLOT_MIN), -2) }}
          >
            <span className="truncate font-semibold whitespace-nowrap tabular-nums">
              {formatMinutes(preview.startMin)}–{formatMinutes(preview.endMin)}
              {preview.clash ? " · overlaps" : ""}
            </span>
            <span className="truncate whitespace-nowrap">{preview.label}</span>
          </div>
        )}
      </div>
    </div>
  );
});
