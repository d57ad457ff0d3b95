"use client";

import { useCallback, useLayoutEffect, useMemo, useRef, type FocusEvent } from "react";
import { cx } from "@/components/ui/cx";
import type { CalendarAppointment, CalendarStaffDay } from "@/lib/calendar/load-day";
import { formatMinutes } from "@/lib/time";
import type { BoardAppointment } from "./appointment-block";
import { columnDrawn, HEADER_PX, minuteToY, minuteTop, rowsCss, SLOT_MIN, type GridRange } from "./geometry";
import { StaffColumn, type DropPreview } from "./staff-column";
import { useAppointmentDrag } from "./use-appointment-drag";
import { useAppointmentResize } from "./use-appointment-resize";
import { useColumnsInView } from "./use-columns-in-view";
import { useGridKeys } from "./use-grid-keys";

const TIME_COL_REM = 4;

type Props = {
  date: string;
  longDate: string;
  staff: CalendarStaffDay[];
  isManager: boolean;
  appointments: BoardAppointment[];
  range: GridRange;
  /** Minutes after midnight now, when the board shows today. */
  nowMin: number | null;
  selectedId: number | null;
  /** Where the day opens when it first shows (an appointment asked for in the URL); else now or opening time. */
  openAt?: { staffId: number; minute: number } | null;
  newSlot: { staffId: number; startMin: number } | null;
  busy: boolean;
  onBook: (staffId: number, startMin: number, element: HTMLElement) => void;
  onOpen: (id: number, element: HTMLElement) => void;
  onDrop: (appointment: CalendarAppointment, target: DropPreview) => void;
  onResize: (appointment: CalendarAppointment, endMin: number) => void;
};

/**
 * The day: a time column and one column per staff member inside one scrolling box. The staff header
 * row and the time column are sticky, so both stay in view when the board scrolls either way.
 */
/** The narrowest a staff column gets (rem). */
const STAFF_COL_REM = 9;

export function DayGrid({ date, longDate, staff, isManager, appointments, range, nowMin, selectedId, openAt, newSlot, busy, onBook, onOpen, onDrop, onResize }: Props) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const { drag, onDragPointerDown, consumeClick } = useAppointmentDrag({ scrollerRef, range, appointments, onDrop });
  const { resizing, onResizePointerDown, onResizeKeyDown, onResizeBlur } = useAppointmentResize({ scrollerRef, range, onResize });
  const nowInRange = nowMin !== null && nowMin >= range.startMin && nowMin <= range.endMin;
  const entryMinute = nowInRange ? nowMin : (range.hours?.opensAtMin ?? range.startMin);
  const keys = useGridKeys(scrollerRef, entryMinute);
  const gridFocus = keys.onFocus;
  // An appointment's resize handle is reachable with Tab from it (and only from it): the grid stays one Tab stop.
  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      gridFocus(event);
      const el = event.target as HTMLElement;
      const scroller = scrollerRef.current;
      if (!scroller || !el.matches("[data-nav]")) return;
      for (const handle of scroller.querySelectorAll<HTMLElement>('[data-resize-for][tabindex="0"]')) handle.tabIndex = -1;
      const id = el.dataset.appointmentId;
      const handle = id ? scroller.querySelector<HTMLElement>(`[data-resize-for="${id}"]`) : null;
      if (handle) handle.tabIndex = 0;
    },
    [gridFocus],
  );
  const timeColumnRef = useRef<HTMLDivElement>(null);
  const inView = useColumnsInView(scrollerRef, timeColumnRef, staff.length);

  const open = useCallback(
    (id: number, element: HTMLElement) => {
      if (!consumeClick()) onOpen(id, element);
    },
    [consumeClick, onOpen],
  );

  const byStaff = useMemo(() => {
    const map = new Map<number, BoardAppointment[]>(staff.map((s) => [s.id, []]));
    for (const a of appointments) map.get(a.staffId)?.push(a);
    return map;
  }, [staff, appointments]);

  // Only the column holding the open appointment hears about it, so opening one re-renders one column.
  const selectedStaffId = selectedId === null ? null : (appointments.find((a) => a.id === selectedId)?.staffId ?? null);
  const resizingStaffId = resizing === null ? null : (appointments.find((a) => a.id === resizing.id)?.staffId ?? null);

  // Each new day opens at the current time (today) or at opening time; a refresh keeps the scroll.
  // In pixels only in the browser: a row is taller on a touch screen (rowPx).
  const initial = { minute: openAt?.minute ?? (nowInRange ? nowMin : range.startMin), staffId: openAt?.staffId ?? null, range };
  const initialRef = useRef(initial);
  useLayoutEffect(() => {
    initialRef.current = initial;
  });
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const body = scroller.clientHeight - HEADER_PX;
    scroller.scrollTop = Math.max(0, minuteToY(initialRef.current.minute, initialRef.current.range) - body / 3);
    const column = initialRef.current.staffId === null ? null : scroller.querySelector<HTMLElement>(`[data-staff-col="${initialRef.current.staffId}"]`)?.parentElement;
    if (column) scroller.scrollLeft = Math.max(0, column.offsetLeft - scroller.clientWidth / 3);
  }, [date]);

  const height = rowsCss((range.endMin - range.startMin) / SLOT_MIN);
  const hourMarks: number[] = [];
  for (let m = range.startMin; m < range.endMin; m += SLOT_MIN) {
    // An hour label the red "now" label would cover is left out.
    if ((m % 60 === 0 || m === range.startMin) && !(nowInRange && Math.abs(nowMin - m) < 10)) hourMarks.push(m);
  }
  const nowY = nowInRange ? minuteTop(nowMin, range) : null;

  return (
    <div
      ref={scrollerRef}
      role="region"
      aria-label={`Appointments on ${longDate}`}
      aria-describedby="calendar-grid-help"
      // Busy while a change is saved, and until the browser has drawn the free-slot buttons.
      aria-busy={busy || inView === null || undefined}
      onKeyDown={keys.onKeyDown}
      onFocus={onFocus}
      className={cx(
        "relative min-h-0 flex-1 overflow-auto overscroll-contain rounded-lg border border-line bg-surface shadow-xs transition-opacity",
        busy && "opacity-70",
      )}
    >
      <p id="calendar-grid-help" hidden>
        Each staff member has a column; time outside their hours is shaded. Use the arrow keys to move between times and staff members, and Enter
        to book a free time or open an appointment. From an appointment, Tab reaches its resize handle: Arrow Down and Arrow Up change its length by
        15 minutes, Enter saves, Escape puts it back.
      </p>
      <div
        className="relative grid"
        // Columns share the width, never narrower than 9rem (a long name truncates): six fit a 1024 px tablet.
        style={{ gridTemplateColumns: `${TIME_COL_REM}rem repeat(${staff.length}, minmax(${STAFF_COL_REM}rem, 1fr))`, minWidth: `${TIME_COL_REM + staff.length * STAFF_COL_REM}rem` }}
      >
        <div ref={timeColumnRef} className="sticky left-0 z-20 border-r border-line bg-surface" aria-hidden="true">
          <div className="sticky top-0 z-10 border-b border-line bg-surface" style={{ height: HEADER_PX }} />
          <div className="relative" style={{ height }}>
            {hourMarks.map((m) => (
              <span
                key={m}
                className={cx(
                  "absolute right-2 text-[11px] leading-none font-medium text-ink-subtle tabular-nums",
                  m === range.startMin ? "translate-y-1" : "-translate-y-1/2",
                )}
                style={{ top: minuteTop(m, range) }}
              >
                {formatMinutes(m)}
              </span>
            ))}
            {nowY !== null && nowMin !== null && (
              <span
                className="absolute right-1 z-10 -translate-y-1/2 rounded-full bg-red-600 px-1.5 py-0.5 text-[10px] leading-none font-semibold text-white tabular-nums shadow-sm"
                style={{ top: nowY }}
              >
                {formatMinutes(nowMin)}
              </span>
            )}
          </div>
        </div>

        {/* The past part of today, faintly shaded. Before the columns: each column's day (.staff-day, a
            painting boundary) then draws its appointments over the shade, not under it. */}
        {nowY !== null && (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute right-0 z-0 bg-slate-500/[0.04]"
            style={{ top: HEADER_PX, height: nowY, left: `${TIME_COL_REM}rem` }}
          />
        )}
        {/* The now-line runs behind the appointments (drawn before the columns, like the shade), so it
            never crosses a name like the strikethrough of a cancellation; its dot and time stay in front. */}
        {nowY !== null && (
          <div
            aria-hidden="true"
            data-now-line=""
            className="pointer-events-none absolute right-0 z-0 border-t-2 border-red-500/80"
            style={{ top: `calc(${HEADER_PX - 1}px + ${nowY})`, left: `${TIME_COL_REM}rem` }}
          />
        )}

        {staff.map((s, i) => (
          <StaffColumn
            key={s.id}
            staff={s}
            date={date}
            isManager={isManager}
            column={i}
            appointments={byStaff.get(s.id) ?? []}
            range={range}
            drawn={columnDrawn(i, inView)}
            hydrated={inView !== null}
            draggingId={drag?.appointment.staffId === s.id ? drag.appointment.id : null}
            selectedId={selectedStaffId === s.id ? selectedId : null}
            newSlotMin={newSlot?.staffId === s.id ? newSlot.startMin : null}
            preview={drag?.preview?.staffId === s.id ? drag.preview : null}
            resizing={resizingStaffId === s.id ? resizing : null}
            onBook={onBook}
            onOpen={open}
            onDragPointerDown={onDragPointerDown}
            onResizePointerDown={onResizePointerDown}
            onResizeKeyDown={onResizeKeyDown}
            onResizeBlur={onResizeBlur}
          />
        ))}

      </div>
    </div>
  );
}
