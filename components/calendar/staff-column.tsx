import { memo, useMemo, type PointerEvent as ReactPointerEvent, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import type { CalendarAppointment, CalendarStaff } from "@/lib/calendar/load-day";
import { formatMinutes } from "@/lib/time";
import { AppointmentBlock, type BoardAppointment } from "./appointment-block";
import { coveredSlots, HEADER_PX, isBookable, layoutLanes, minuteToY, ROW_PX, SLOT_MIN, type GridRange } from "./geometry";

/** Where a dragged appointment would land, drawn in the column under the pointer. */
export type DropPreview = { staffId: number; startMin: number; endMin: number; clash: boolean; label: string };

type Props = {
  staff: CalendarStaff;
  column: number;
  appointments: BoardAppointment[];
  range: GridRange;
  draggingId: number | null;
  selectedId: number | null;
  /** The slot the drawer is booking, when it is in this column. */
  newSlotMin: number | null;
  preview: DropPreview | null;
  onBook: (staffId: number, startMin: number, element: HTMLElement) => void;
  onOpen: (id: number, element: HTMLElement) => void;
  onDragPointerDown: (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => void;
};

/** The slot's top line (see .slot in app/globals.css): darker on the hour, lighter at :15 / :30 / :45. */
function slotLine(minute: number): string {
  return minute % 60 === 0 ? "h" : minute % 30 === 0 ? "hh" : "q";
}

/**
 * One staff member's day. Empty slots are plain <button>s (no per-slot component) so a day of eight
 * columns stays a few hundred light nodes; appointments sit on top, absolutely positioned. DOM order is
 * chronological, so arrow keys and screen readers meet slots and appointments in time order.
 */
export const StaffColumn = memo(function StaffColumn({
  staff,
  column,
  appointments,
  range,
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

  const body: ReactNode[] = [];
  let next = 0;
  const sorted = [...appointments].sort((a, b) => a.startMin - b.startMin || a.id - b.id);
  for (let m = range.startMin; m < range.endMin; m += SLOT_MIN) {
    // Appointments starting in this slot come before the slot itself, in time order.
    while (next < sorted.length && sorted[next].startMin < m + SLOT_MIN) {
      const a = sorted[next++];
      body.push(
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
        />,
      );
    }
    const time = formatMinutes(m);
    if (isBookable(m, range.hours) && !covered.has(m)) {
      body.push(
        // Styled by the .slot rules in app/globals.css; "+ 10:15" is drawn from data-label on hover.
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
          className={`slot ${slotLine(m)}`}
        />,
      );
    } else {
      const closed = !isBookable(m, range.hours);
      body.push(<div key={m} aria-hidden="true" className={`gap ${slotLine(m)}${closed ? " closed" : ""}`} />);
    }
  }
  // Appointments that start after the last row (never expected, but never hidden).
  for (; next < sorted.length; next++) {
    const a = sorted[next];
    body.push(
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
      />,
    );
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
        className="staff-day relative"
        style={{ containIntrinsicHeight: `auto ${((range.endMin - range.startMin) / SLOT_MIN) * ROW_PX}px` }}
      >
        {body}
        {newSlotMin !== null && (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-x-0.5 z-[2] flex items-center rounded-md border-2 border-dashed border-brand-600 bg-brand-50/90 px-1.5 text-xs font-semibold text-brand-800"
            style={{ top: minuteToY(newSlotMin, range) + 1, height: ROW_PX - 2 }}
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
            style={{ top: minuteToY(preview.startMin, range) + 1, height: Math.max(ROW_PX, ((preview.endMin - preview.startMin) / SLOT_MIN) * ROW_PX) - 2 }}
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
