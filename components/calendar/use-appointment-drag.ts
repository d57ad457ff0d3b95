"use client";

import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import type { CalendarAppointment } from "@/lib/calendar/load-day";
import { clashes, HEADER_PX, snapStart, type GridRange } from "./geometry";
import type { DropPreview } from "./staff-column";

/** Pixels the pointer must travel before a press becomes a drag; below it, it is a click (opens the drawer). */
const DRAG_THRESHOLD_PX = 5;
/** A finger must rest this long on an appointment before it drags it; moving sooner is a swipe that scrolls. */
const TOUCH_HOLD_MS = 450;
/** How far a resting finger may wander before the press counts as a swipe. */
const TOUCH_SLOP_PX = 8;
/** How close to the board's edge the pointer must be to scroll it while dragging, and how fast. */
const EDGE_PX = 48;
const MAX_SCROLL_STEP = 18;

type Session = {
  pointerId: number;
  appointment: CalendarAppointment;
  element: HTMLElement;
  startX: number;
  startY: number;
  /** Where in the block it was grabbed, so it does not jump under the pointer. */
  grabOffsetY: number;
  x: number;
  y: number;
  active: boolean;
  frame: number;
  cleanup: () => void;
};

export type DragState = { appointment: CalendarAppointment; preview: DropPreview | null } | null;

type Options = {
  scrollerRef: RefObject<HTMLDivElement | null>;
  range: GridRange | null;
  appointments: CalendarAppointment[];
  onDrop: (appointment: CalendarAppointment, target: DropPreview) => void;
};

/**
 * Drag to move with pointer events (mouse, pen, touch): press, move past a small threshold, drop.
 * The pointer is captured, so the drag survives leaving the board; near an edge the board scrolls;
 * Escape or dropping outside the board cancels. The drop position snaps to 15 minutes. A finger
 * drags only after a press-and-hold (the block lets the browser pan otherwise): a swipe that starts
 * on an appointment scrolls the day, as on every tablet calendar.
 */
export function useAppointmentDrag({ scrollerRef, range, appointments, onDrop }: Options) {
  const [drag, setDrag] = useState<DragState>(null);
  const session = useRef<Session | null>(null);
  const suppressClick = useRef(false);
  // Latest values for the native listeners, without re-binding them mid-drag.
  const latest = useRef({ range, appointments, onDrop });
  useEffect(() => {
    latest.current = { range, appointments, onDrop };
  });

  const previewAt = useCallback(
    (s: Session): DropPreview | null => {
      const scroller = scrollerRef.current;
      const { range: r, appointments: list } = latest.current;
      if (!scroller || !r) return null;
      const box = scroller.getBoundingClientRect();
      const margin = 24;
      if (s.x < box.left - margin || s.x > box.right + margin || s.y < box.top - margin || s.y > box.bottom + margin) return null;
      const columns = Array.from(scroller.querySelectorAll<HTMLElement>("[data-staff-col]"));
      if (!columns.length) return null;
      let column = columns[0];
      for (const c of columns) if (c.getBoundingClientRect().left <= s.x) column = c;
      const duration = s.appointment.endMin - s.appointment.startMin;
      const startMin = snapStart(s.y - s.grabOffsetY - column.getBoundingClientRect().top, duration, r);
      const staffId = Number(column.dataset.staffCol);
      const clash = clashes(list, staffId, startMin, startMin + duration, s.appointment.id);
      return { staffId, startMin, endMin: startMin + duration, clash, label: `${s.appointment.clientName} · ${s.appointment.serviceName}` };
    },
    [scrollerRef],
  );

  const end = useCallback(
    (commit: boolean, byPointerUp: boolean) => {
      const s = session.current;
      if (!s) return;
      session.current = null;
      s.cleanup();
      if (!s.active) return;
      // The click that follows the button's release must not open the drawer. After Escape the
      // button is still held: wait for its release.
      suppressClick.current = true;
      const release = () => setTimeout(() => (suppressClick.current = false), 0);
      if (byPointerUp) release();
      else window.addEventListener("pointerup", release, { once: true, capture: true });
      setDrag(null);
      const target = commit ? previewAt(s) : null;
      const a = s.appointment;
      if (target && (target.staffId !== a.staffId || target.startMin !== a.startMin)) latest.current.onDrop(a, target);
    },
    [previewAt],
  );

  const onDragPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLElement>, appointment: CalendarAppointment) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || session.current) return;
      const element = event.currentTarget;
      const box = element.getBoundingClientRect();

      const step = () => {
        const s = session.current;
        const scroller = scrollerRef.current;
        if (!s || !s.active || !scroller) return;
        const box = scroller.getBoundingClientRect();
        const speed = (distance: number) => Math.ceil(((EDGE_PX - Math.max(0, distance)) / EDGE_PX) * MAX_SCROLL_STEP);
        let dy = 0;
        let dx = 0;
        if (s.y < box.top + HEADER_PX + EDGE_PX) dy = -speed(s.y - box.top - HEADER_PX);
        else if (s.y > box.bottom - EDGE_PX) dy = speed(box.bottom - s.y);
        if (s.x > box.right - EDGE_PX) dx = speed(box.right - s.x);
        else if (s.x < box.left + 64 + EDGE_PX) dx = -speed(s.x - box.left - 64);
        if (s.x < box.left - 24 || s.x > box.right + 24 || s.y < box.top - 24 || s.y > box.bottom + 24) dx = dy = 0;
        if (dx || dy) scroller.scrollBy(dx, dy);
        const preview = previewAt(s);
        setDrag((prev) => {
          const p = prev?.preview;
          if (prev && p?.staffId === preview?.staffId && p?.startMin === preview?.startMin && p?.clash === preview?.clash) return prev;
          return { appointment: s.appointment, preview };
        });
        s.frame = requestAnimationFrame(step);
      };

      const activate = (s: Session) => {
        s.active = true;
        document.body.style.cursor = "grabbing";
        s.frame = requestAnimationFrame(step);
      };
      const touch = event.pointerType === "touch";
      const onMove = (e: PointerEvent) => {
        const s = session.current;
        if (!s || e.pointerId !== s.pointerId) return;
        s.x = e.clientX;
        s.y = e.clientY;
        const moved = Math.hypot(s.x - s.startX, s.y - s.startY);
        if (touch && !s.active) {
          if (moved > TOUCH_SLOP_PX) end(false, false); // a swipe: the browser scrolls
        } else if (!s.active && moved >= DRAG_THRESHOLD_PX) {
          activate(s);
        }
      };
      const hold = touch
        ? setTimeout(() => {
            const s = session.current;
            if (s && s.element === element && !s.active) {
              activate(s);
              navigator.vibrate?.(15);
            }
          }, TOUCH_HOLD_MS)
        : 0;
      // Once a finger holds an appointment, the page must not scroll under it (a cancelable touchmove).
      const onTouchMove = (e: TouchEvent) => {
        if (session.current?.active) e.preventDefault();
      };
      const onContextMenu = (e: Event) => e.preventDefault();
      const onUp = (e: PointerEvent) => {
        const s = session.current;
        if (!s || e.pointerId !== s.pointerId) return;
        s.x = e.clientX;
        s.y = e.clientY;
        end(true, true);
      };
      const onCancel = () => end(false, false);
      const onKey = (e: KeyboardEvent) => {
        if (e.key === "Escape" && session.current?.active) {
          // Escape cancels the drag only (an open drawer stays open).
          e.preventDefault();
          e.stopPropagation();
          end(false, false);
        }
      };

      element.addEventListener("pointermove", onMove);
      element.addEventListener("pointerup", onUp);
      element.addEventListener("pointercancel", onCancel);
      element.addEventListener("lostpointercapture", onCancel);
      window.addEventListener("keydown", onKey, true);
      if (touch) {
        element.addEventListener("touchmove", onTouchMove, { passive: false });
        element.addEventListener("contextmenu", onContextMenu);
      }
      try {
        element.setPointerCapture(event.pointerId);
      } catch {
        // A pointer that is already gone: the drag simply never starts.
      }

      const s: Session = {
        pointerId: event.pointerId,
        appointment,
        element,
        startX: event.clientX,
        startY: event.clientY,
        grabOffsetY: event.clientY - box.top,
        x: event.clientX,
        y: event.clientY,
        active: false,
        frame: 0,
        cleanup: () => {
          cancelAnimationFrame(s.frame);
          clearTimeout(hold);
          element.removeEventListener("touchmove", onTouchMove);
          element.removeEventListener("contextmenu", onContextMenu);
          element.removeEventListener("pointermove", onMove);
          element.removeEventListener("pointerup", onUp);
          element.removeEventListener("pointercancel", onCancel);
          element.removeEventListener("lostpointercapture", onCancel);
          window.removeEventListener("keydown", onKey, true);
          document.body.style.cursor = "";
        },
      };
      session.current = s;
    },
    [end, previewAt, scrollerRef],
  );

  // A drag in progress when the board unmounts (navigating away) is simply dropped.
  useEffect(
    () => () => {
      const s = session.current;
      if (s) {
        s.cleanup();
        session.current = null;
      }
    },
    [],
  );

  /** True once, right after a drag: the click it produces is not a click. */
  const consumeClick = useCallback(() => {
    if (!suppressClick.current) return false;
    suppressClick.current = false;
    return true;
  }, []);

  return { drag, onDragPointerDown, consumeClick };
}
