import Link from "next/link";
import { memo, useMemo, type PointerEvent as ReactPointerEvent, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { weekHref } from "@/lib/calendar/links";
import type { CalendarAppointment, CalendarStaffDay } from "@/lib/calendar/load-day";
import { offTime, outsideHours } from "@/lib/calendar/shading";
import { formatMinutes } from "@/lib/time";
import { AppointmentBlock, type BoardAppointment } from "./appointment-block";
import { SpriteIcon } from "./icon-sprite";
import { OffHoursBlock } from "./off-hours";
import { closedBlocks, coveredSlots, dayStyle, type ColumnDrawn, HEADER_PX, isBookable, layoutLanes, minuteTop, rowsCss, SLOT_MIN, type GridRange } from "./geometry";
import type { ResizeHandlers, Resizing } from "./use-appointment-resize";

const NO_LANES: ReturnType<typeof layoutLanes> = new Map();
const NO_SLOTS: ReturnType<typeof coveredSlots> = new Set();

/** Where a dragged appointment would land, drawn in the column under the pointer. */
export type DropPreview = { staffId: number; startMin: number; endMin: number; clash: boolean; label: string };

type Props = ResizeHandlers & {
  staff: CalendarStaffDay;
  date: string;
  /** A manager's "No services" prompt links to the staff member's services. */
  isManager: boolean;
  column: number;
  appointments: BoardAppointment[];
  range: GridRange;
  /** Slot buttons and appointments, appointments only, or neither (see columnDrawn). */
  drawn: ColumnDrawn;
  /** In the browser: appointments get their resize handles and descriptions (the server's HTML leaves them out). */
  hydrated: boolean;
  draggingId: number | null;
  selectedId: number | null;
  /** The slot the drawer is booking, when it is in this column. */
  newSlotMin: number | null;
  preview: DropPreview | null;
  /** The appointment of this column being resized, if any. */
  resizing: Resizing;
  onBook: (staffId: number, startMin: number, element: HTMLElement) => void;
  onOpen: (id: number, element: HTMLElement) => void;
  onDragPointerDown: (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => void;
};

/**
 * One staff member's day. The quarter-hour lines are the column's background (.staff-day in
 * app/globals.css) and closed hours one hatched block each, so the server draws a column as its
 * appointments only. The free-slot buttons are added in the browser, for columns near the visible
 * part of the board (`drawn`): before the page is interactive they could not be clicked anyway, and
 * a 60-stylist day would otherwise be thousands of buttons. So are the appointments' resize handles and descriptions.
 * DOM order is chronological, so arrow keys and screen readers meet slots and appointments in time order.
 */
export const StaffColumn = memo(function StaffColumn({
  staff,
  date,
  isManager,
  column,
  appointments,
  range,
  drawn,
  hydrated,
  draggingId,
  selectedId,
  newSlotMin,
  preview,
  resizing,
  onBook,
  onOpen,
  onDragPointerDown,
  onResizePointerDown,
  onResizeKeyDown,
  onResizeBlur,
}: Props) {
  // The one being resized is drawn at its new length, and the slots it would cover are taken.
  const drawnAppointments = useMemo(
    () => (resizing ? appointments.map((a) => (a.id === resizing.id ? { ...a, endMin: resizing.endMin } : a)) : appointments),
    [appointments, resizing],
  );
  // A column drawn empty (far off screen) needs neither: most columns of a big team, on every render.
  const lanes = useMemo(() => (drawn === "none" ? NO_LANES : layoutLanes(drawnAppointments)), [drawn, drawnAppointments]);
  const covered = useMemo(() => (drawn === "all" ? coveredSlots(drawnAppointments) : NO_SLOTS), [drawn, drawnAppointments]);
  const off = useMemo(() => offTime(range.hours, staff), [range.hours, staff]);
  const headingId = `staff-${staff.id}-name`;
  const aboutId = `staff-${staff.id}-about`;

  const block = (a: BoardAppointment) => (
    <AppointmentBlock
      key={`a${a.id}`}
      appointment={a}
      resizing={resizing?.id === a.id}
      lane={lanes.get(a.id) ?? { lane: 0, lanes: 1 }}
      range={range}
      column={column}
      dragging={draggingId === a.id}
      selected={selectedId === a.id}
      hydrated={hydrated}
      onOpen={onOpen}
      onDragPointerDown={onDragPointerDown}
      onResizePointerDown={onResizePointerDown}
      onResizeKeyDown={onResizeKeyDown}
      onResizeBlur={onResizeBlur}
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
  // Time outside their hours: shaded and labelled; its slots stay (the desk may book anyway).
  for (const o of off) body.push(<OffHoursBlock key={`off${o.start}`} off={o} range={range} />);
  const sorted = drawn === "none" ? [] : [...drawnAppointments].sort((a, b) => a.startMin - b.startMin || a.id - b.id);
  if (drawn === "appointments") {
    body.push(...sorted.map(block));
  } else if (drawn === "all") {
    let next = 0;
    for (let m = range.startMin; m < range.endMin; m += SLOT_MIN) {
      // Appointments starting in this slot come before the slot itself, in time order.
      while (next < sorted.length && sorted[next].startMin < m + SLOT_MIN) body.push(block(sorted[next++]));
      if (!isBookable(m, range.hours) || covered.has(m)) continue;
      const time = formatMinutes(m);
      const outside = outsideHours(staff.spans, m);
      body.push(
        // Styled by .slot in app/globals.css; "+ 10:15" is drawn from data-label on hover.
        <button
          key={m}
          type="button"
          aria-label={`Book ${staff.name} at ${time}${outside ? ", outside hours" : ""}`}
          data-nav=""
          data-col={column}
          data-start={m}
          data-end={m + SLOT_MIN}
          data-label={outside ? `+ ${time} · outside hours` : `+ ${time}`}
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

  // Under the name: what a manager must fix first, else why the column is shaded all day (or a note).
  const noServices = "No services — add the services they do";
  const about = staff.noServices ? (
    isManager ? (
      <Link href={`/manager/staff/${staff.id}/edit`} prefetch={false} title={noServices} className="font-medium text-amber-800 underline underline-offset-2 hover:text-amber-900">
        {noServices}
      </Link>
    ) : (
      <span title={noServices} className="font-medium text-amber-800">
        {noServices}
      </span>
    )
  ) : staff.spans.length === 0 || staff.note ? (
    <span title={staff.note || "Not working"} className="text-ink-muted">
      {staff.note || "Not working"}
    </span>
  ) : null;

  return (
    <div role="group" aria-labelledby={headingId} aria-describedby={about ? aboutId : undefined} className="relative min-w-0 border-l border-line">
      <div className="staff-head" style={{ height: HEADER_PX }}>
        <span aria-hidden="true" className="staff-dot" style={{ backgroundColor: staff.color }} />
        <div className="min-w-0 flex-1">
          <h2 id={headingId} title={staff.name} className="staff-name">
            {staff.name}
          </h2>
          {about && (
            <p id={aboutId} className="truncate text-[11px] leading-4">
              {about}
            </p>
          )}
        </div>
        <Link
          href={weekHref(staff.id, date)}
          // One per column: prefetching them all would ask the server for every stylist's week.
          prefetch={false}
          aria-label={`${staff.name}’s week`}
          title="Week view"
          className="staff-week-link"
        >
          <SpriteIcon name="week" className="size-4" />
        </Link>
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
