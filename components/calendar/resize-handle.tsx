import type { CSSProperties, KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from "react";
import { cx } from "@/components/ui/cx";
import type { CalendarAppointment } from "@/lib/calendar/load-day";
import { formatMinutes } from "@/lib/time";
import type { BoardAppointment } from "./appointment-block";
import { maxLength, minuteTop, SLOT_MIN, type GridRange } from "./geometry";

type Props = {
  appointment: BoardAppointment;
  resizing: boolean;
  range: GridRange;
  /** The block's own left and width when it shares its column. */
  place: CSSProperties | undefined;
  onPointerDown: (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => void;
  onKeyDown: (event: ReactKeyboardEvent<HTMLElement>, appointment: CalendarAppointment) => void;
  onBlur: () => void;
};

/**
 * An appointment's bottom edge (use-appointment-resize.ts): a window-splitter style separator whose
 * value is the length in minutes (Arrow Up / Down move it), reached with Tab from its appointment
 * (day-grid.tsx), never a Tab stop of its own on a busy day. A grip shows on hover and focus, and
 * the new end beside it while it moves.
 */
export function ResizeHandle({ appointment: a, resizing, range, place, onPointerDown, onKeyDown, onBlur }: Props) {
  const length = a.endMin - a.startMin;
  return (
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label={`Resize ${a.clientName} ${a.serviceName}`}
      aria-valuemin={SLOT_MIN}
      aria-valuemax={maxLength(a.startMin, a.endMin, range)}
      aria-valuenow={length}
      aria-valuetext={`${length} minutes, ends ${formatMinutes(a.endMin)}`}
      aria-disabled={a.saving || undefined}
      tabIndex={-1}
      data-resize-for={a.id}
      onPointerDown={a.saving ? undefined : (event) => onPointerDown(event, a)}
      onKeyDown={a.saving ? undefined : (event) => onKeyDown(event, a)}
      onBlur={onBlur}
      className={cx(
        "group/resize absolute z-[3] flex cursor-ns-resize touch-none items-end justify-center outline-none select-none",
        "focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-brand-600",
        a.saving && "cursor-progress",
      )}
      // From just inside the block's bottom edge to the gap below it: never over the next appointment.
      style={{ top: minuteTop(a.endMin, range, -8), height: 9, left: 2, width: "calc(100% - 4px)", ...place }}
    >
      <span
        aria-hidden="true"
        className={cx(
          "mb-[3px] h-[3px] w-6 rounded-full bg-slate-500/70 opacity-0 transition-opacity",
          "group-hover/resize:opacity-100 group-focus-visible/resize:opacity-100 [.appt:hover+*>&]:opacity-100",
          resizing && "opacity-100",
        )}
      />
      {resizing && (
        <span aria-hidden="true" className="absolute top-full right-1 z-[4] rounded-sm bg-brand-700 px-1 py-px text-[10px] leading-3 font-semibold text-white tabular-nums shadow-sm">
          to {formatMinutes(a.endMin)}
        </span>
      )}
    </div>
  );
}
