import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from "react";
import { cx } from "@/components/ui/cx";
import type { CalendarAppointment } from "@/lib/calendar/load-day";
import { formatMinutes } from "@/lib/time";
import { isMovable, SLOT_MIN, type GridRange, type Lane, minuteTop, rowsCss } from "./geometry";
import { COURSE_SHAPE, SpriteIcon } from "./icon-sprite";
import { ResizeHandle } from "./resize-handle";
import { STATUS_STYLE } from "./status";
import { StatusIcon } from "./status-icon";

/** An appointment as the board draws it: `saving` while a move is on its way to the server. */
export type BoardAppointment = CalendarAppointment & { saving?: boolean };

/**
 * "Jane Doe, Cut and blow-dry, 10:15": the button's name, so tests and screen readers can find it.
 * Where it came from is part of it (", booked online"), as the small "Online" mark is for the eye,
 * and so is its room (", Laser room").
 */
export function appointmentName(a: CalendarAppointment): string {
  return `${a.clientName}, ${a.serviceName}, ${formatMinutes(a.startMin)}${a.source === "ONLINE" ? ", booked online" : ""}${a.room ? `, ${a.room}` : ""}`;
}

function description(a: CalendarAppointment): string {
  const parts = [STATUS_STYLE[a.status].label, `${formatMinutes(a.startMin)} to ${formatMinutes(a.endMin)}`];
  if (a.isCourse) parts.push("Course session");
  if (a.bookedAnyway) parts.push("Booked anyway");
  if (a.alert) parts.push(`Alert: ${a.alert.replace(/[.\s]+$/, "")}`);
  if (a.note) parts.push(`Note: ${a.note.replace(/[.\s]+$/, "")}`);
  return `${parts.join(". ")}.`;
}

/** The client's alert: an amber triangle, its text on hover (and in the block's description). */
export function AlertMark({ text }: { text?: string }) {
  return (
    <span title={text ? `Alert: ${text}` : "Client alert"} aria-hidden="true" data-alert-mark="" className="inline-flex shrink-0 text-amber-600">
      <svg viewBox="0 0 12 12" className="size-3">
        <path d="M6 1.2 11.2 10.4H.8Z" fill="currentColor" />
        <path d="M6 4.6v2.6M6 8.7v.1" stroke="white" strokeWidth="1.4" strokeLinecap="round" />
      </svg>
    </span>
  );
}

/** The appointment has a note: a folded page, its text on hover. */
function NoteMark({ text }: { text: string }) {
  return (
    <span title={`Note: ${text}`} aria-hidden="true" className="inline-flex shrink-0">
      <svg viewBox="0 0 12 12" className="size-2.5" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round">
        <path d="M2 1.5h5.5L10 4v6.5H2Z M7.5 1.5V4H10 M4 6.5h4M4 8.5h3" />
      </svg>
    </span>
  );
}

/** Booked with "Book anyway" (outside the stylist's hours, or a time already past): a small clock, the warning on hover. */
export function OutsideHoursMark({ text }: { text?: string }) {
  return (
    <span title={text ? `Booked anyway: ${text}` : "Booked anyway"} aria-hidden="true" data-outside-hours-mark="" className="inline-flex shrink-0 text-amber-700">
      <svg viewBox="0 0 12 12" className="size-3" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round">
        <circle cx="6" cy="6" r="4.6" strokeDasharray="2.2 1.4" />
        <path d="M6 3.6V6l1.6 1.2" />
      </svg>
    </span>
  );
}

/** A session from a course: a ring. `sprite`: refer to the page's IconSprite (the day grid). */
export function CourseMark({ sprite = false }: { sprite?: boolean }) {
  return (
    <span title="Course session" className="inline-flex shrink-0" aria-hidden="true">
      {sprite ? (
        <SpriteIcon name="course" className="size-2.5" />
      ) : (
        <svg viewBox="0 0 10 10" className="size-2.5">
          {COURSE_SHAPE}
        </svg>
      )}
    </span>
  );
}

/** "Online" in words; inside a narrow appointment (a container query) it shrinks to a globe. */
export function OnlineMark({ fit = false }: { fit?: boolean }) {
  return (
    <span
      title="Booked online"
      aria-hidden="true"
      className="inline-flex shrink-0 items-center rounded-sm bg-white/80 px-1 text-[10px] leading-3.5 font-semibold tracking-wide text-ink-muted uppercase ring-1 ring-line-strong ring-inset"
    >
      <span className={fit ? "hidden @[8.5rem]:inline" : undefined}>Online</span>
      {fit && (
        <svg viewBox="0 0 12 12" className="size-2.5 @[8.5rem]:hidden" fill="none" stroke="currentColor" strokeWidth="1.2">
          <circle cx="6" cy="6" r="4.8" />
          <path d="M1.2 6h9.6M6 1.2c-2.6 3-2.6 6.6 0 9.6M6 1.2c2.6 3 2.6 6.6 0 9.6" />
        </svg>
      )}
    </span>
  );
}

type Props = {
  appointment: BoardAppointment;
  /** Its bottom edge is being dragged (or moved with the keys): drawn outlined, with its new end. */
  resizing: boolean;
  lane: Lane;
  range: GridRange;
  column: number;
  /** The original stays in place, faded, while it is being dragged. */
  dragging: boolean;
  /** The drawer is open on it. */
  selected: boolean;
  /**
   * In the browser: its resize handle and its description are drawn. The server's HTML leaves them
   * out (a handle cannot be dragged before the page is interactive; the name says who, what and when).
   */
  hydrated: boolean;
  onOpen: (id: number, element: HTMLElement) => void;
  onDragPointerDown: (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => void;
  onResizePointerDown: (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => void;
  onResizeKeyDown: (event: ReactKeyboardEvent<HTMLElement>, appointment: CalendarAppointment) => void;
  onResizeBlur: () => void;
};

export function AppointmentBlock({
  appointment: a,
  resizing,
  lane,
  range,
  column,
  dragging,
  selected,
  hydrated,
  onOpen,
  onDragPointerDown,
  onResizePointerDown,
  onResizeKeyDown,
  onResizeBlur,
}: Props) {
  const style = STATUS_STYLE[a.status];
  const top = minuteTop(a.startMin, range, 1);
  const rows = Math.max(1, (a.endMin - a.startMin) / SLOT_MIN);
  const height = rowsCss(rows, -2);
  const movable = isMovable(a.status) && !a.saving && !resizing;
  const withdrawn = a.status === "CANCELLED" || a.status === "NO_SHOW";
  const time = `${formatMinutes(a.startMin)}–${formatMinutes(a.endMin)}`;
  const statusWord = a.status === "BOOKED" ? null : style.label;
  const descId = `appt-${a.id}-desc`;

  const marks = (a.isCourse || a.source === "ONLINE" || a.alert || a.note || a.bookedAnyway) && (
    <span className="appt-marks">
      {a.alert && <AlertMark text={a.alert} />}
      {a.bookedAnyway && <OutsideHoursMark text={a.bookedAnyway} />}
      {a.note && <NoteMark text={a.note} />}
      {a.isCourse && <CourseMark sprite />}
      {a.source === "ONLINE" && <OnlineMark fit />}
    </span>
  );
  const room = a.room && <span className="text-ink-muted"> · {a.room}</span>;
  // The status's shape comes first on every height, so a 15-minute block still says it without colour.
  const name = (
    <>
      <StatusIcon status={a.status} sprite />
      <span className={cx("appt-name", a.status === "CANCELLED" && "line-through decoration-ink-subtle")}>{a.clientName}</span>
    </>
  );

  const place =
    // A lone appointment fills its column (.appt's default left/width); side by side ones share it.
    lane.lanes > 1 ? { left: `calc(${(lane.lane / lane.lanes) * 100}% + 2px)`, width: `calc(${100 / lane.lanes}% - 4px)` } : undefined;

  return (
    <>
      <button
        type="button"
        aria-label={appointmentName(a)}
        aria-describedby={hydrated ? descId : undefined}
        aria-busy={a.saving || undefined}
        data-nav=""
        data-col={column}
        data-start={a.startMin}
        data-end={a.endMin}
        data-appointment-id={a.id}
        tabIndex={-1}
        onClick={(event) => onOpen(a.id, event.currentTarget)}
        onPointerDown={movable ? (event) => onDragPointerDown(event, a) : undefined}
        style={{ top, height, ...place }}
        className={cx(
          // The shared look is the .appt rule in app/globals.css: a busy day draws hundreds of these.
          "appt",
          rows <= 1 ? "justify-center" : "py-1",
          style.block,
          withdrawn && "opacity-80",
          // A mouse drags at once; a finger pans unless it holds still first (.appt-movable, use-appointment-drag.ts).
          movable && "appt-movable",
          a.saving && "cursor-progress opacity-60",
          dragging && "opacity-35",
          selected && "z-[3] shadow-md outline-2 outline-offset-1 outline-brand-600",
          resizing && "z-[3] shadow-md outline-2 outline-offset-1 outline-brand-600 outline-dashed",
        )}
      >
        {rows <= 1 ? (
          <span className="appt-line gap-1.5">
            {name}
            <span className="appt-text text-ink-muted">
              {a.serviceName}
              {room}
            </span>
            {marks}
          </span>
        ) : (
          <>
            <span className="appt-line gap-1">
              {name}
              {marks}
            </span>
            {rows >= 3 ? (
              <>
                <span className="appt-text text-ink">
                  {a.serviceName}
                  {rows < 4 && room}
                </span>
                {rows >= 4 && a.room && <span className="appt-text text-ink-muted">{a.room}</span>}
                <span className="appt-text text-ink-muted tabular-nums">
                  {time}
                  {statusWord && ` · ${statusWord}`}
                </span>
              </>
            ) : (
              <span className="appt-text text-ink-muted">
                <span className="tabular-nums">{time}</span> {a.serviceName}
                {room}
                {statusWord && ` · ${statusWord}`}
              </span>
            )}
          </>
        )}
        {hydrated && (
          <span id={descId} hidden>
            {description(a)}
          </span>
        )}
      </button>
      {hydrated && isMovable(a.status) && (
        <ResizeHandle
          appointment={a}
          resizing={resizing}
          range={range}
          place={place}
          onPointerDown={onResizePointerDown}
          onKeyDown={onResizeKeyDown}
          onBlur={onResizeBlur}
        />
      )}
    </>
  );
}
