"use client";

import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import type { CalendarAppointment } from "@/lib/calendar/load-day";
import { HEADER_PX, maxLength, SLOT_MIN, snapLength, type GridRange } from "./geometry";

/** The appointment being resized and where its end is now (drawn in its column until let go). */
export type Resizing = { id: number; endMin: number } | null;

type Draft = { appointment: CalendarAppointment; endMin: number; cleanup?: () => void };

type Options = {
  scrollerRef: RefObject<HTMLDivElement | null>;
  range: GridRange;
  onResize: (appointment: CalendarAppointment, endMin: number) => void;
};

/** How close to the board's top or bottom edge a dragged edge scrolls it. */
const EDGE_PX = 40;

/**
 * Resizing an appointment by its bottom edge (the handle under each movable block): drag it with a
 * pointer, snapping to whole quarter hours, or focus it (Tab from the appointment) and press Arrow
 * Down / Arrow Up for 15 minutes more or less; letting go, Enter or leaving the handle saves, Escape
 * puts it back. Nothing is sent until then, so one resize is one change (and one Undo).
 */
export function useAppointmentResize({ scrollerRef, range, onResize }: Options) {
  const [resizing, setResizing] = useState<Resizing>(null);
  const draft = useRef<Draft | null>(null);
  const latest = useRef({ range, onResize });
  useEffect(() => {
    latest.current = { range, onResize };
  });

  const show = useCallback((d: Draft) => setResizing({ id: d.appointment.id, endMin: d.endMin }), []);

  const finish = useCallback((commit: boolean) => {
    const d = draft.current;
    if (!d) return;
    draft.current = null;
    d.cleanup?.();
    setResizing(null);
    if (commit && d.endMin !== d.appointment.endMin) latest.current.onResize(d.appointment, d.endMin);
  }, []);

  const onResizePointerDown = useCallback(
    (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => {
      if (event.button !== 0 || draft.current) return;
      const handle = event.currentTarget;
      const column = handle.closest<HTMLElement>("[data-staff-col]");
      if (!column) return;
      event.preventDefault();
      event.stopPropagation();
      const pointerId = event.pointerId;

      const onMove = (e: PointerEvent) => {
        const d = draft.current;
        if (!d || e.pointerId !== pointerId) return;
        const scroller = scrollerRef.current;
        if (scroller) {
          const box = scroller.getBoundingClientRect();
          if (e.clientY > box.bottom - EDGE_PX) scroller.scrollBy(0, 12);
          else if (e.clientY < box.top + HEADER_PX + EDGE_PX) scroller.scrollBy(0, -12);
        }
        const endMin = d.appointment.startMin + snapLength(e.clientY - column.getBoundingClientRect().top, d.appointment, latest.current.range);
        if (endMin !== d.endMin) {
          d.endMin = endMin;
          show(d);
        }
      };
      const onUp = (e: PointerEvent) => {
        if (e.pointerId === pointerId) finish(true);
      };
      const onCancel = () => finish(false);
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        e.stopPropagation();
        finish(false);
      };
      handle.addEventListener("pointermove", onMove);
      handle.addEventListener("pointerup", onUp);
      handle.addEventListener("pointercancel", onCancel);
      handle.addEventListener("lostpointercapture", onCancel);
      window.addEventListener("keydown", onKey, true);
      try {
        handle.setPointerCapture(pointerId);
      } catch {
        // A pointer that is already gone: the resize ends at once.
      }
      document.body.style.cursor = "ns-resize";
      draft.current = {
        appointment,
        endMin: appointment.endMin,
        cleanup: () => {
          handle.removeEventListener("pointermove", onMove);
          handle.removeEventListener("pointerup", onUp);
          handle.removeEventListener("pointercancel", onCancel);
          handle.removeEventListener("lostpointercapture", onCancel);
          window.removeEventListener("keydown", onKey, true);
          document.body.style.cursor = "";
        },
      };
      show(draft.current);
    },
    [finish, scrollerRef, show],
  );

  const onResizeKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLElement>, appointment: CalendarAppointment) => {
      const step = event.key === "ArrowDown" ? SLOT_MIN : event.key === "ArrowUp" ? -SLOT_MIN : 0;
      if (step !== 0) {
        event.preventDefault();
        event.stopPropagation();
        if (draft.current && draft.current.appointment.id !== appointment.id) finish(true);
        const d = (draft.current ??= { appointment, endMin: appointment.endMin });
        const longest = maxLength(appointment.startMin, appointment.endMin, latest.current.range);
        const length = Math.max(SLOT_MIN, Math.min(longest, d.endMin - appointment.startMin + step));
        d.endMin = appointment.startMin + length;
        show(d);
      } else if (event.key === "Enter") {
        event.preventDefault();
        finish(true);
      } else if (event.key === "Escape" && draft.current) {
        event.preventDefault();
        event.stopPropagation();
        finish(false);
      }
    },
    [finish, show],
  );

  /** Leaving the handle saves a length chosen with the keys. */
  const onResizeBlur = useCallback(() => {
    if (draft.current && !draft.current.cleanup) finish(true);
  }, [finish]);

  // A resize in progress when the board unmounts (another day) is dropped.
  useEffect(
    () => () => {
      draft.current?.cleanup?.();
      draft.current = null;
    },
    [],
  );

  return { resizing, onResizePointerDown, onResizeKeyDown, onResizeBlur };
}

export type ResizeHandlers = Pick<ReturnType<typeof useAppointmentResize>, "onResizePointerDown" | "onResizeKeyDown" | "onResizeBlur">;
