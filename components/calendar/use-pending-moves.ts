"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import type { CalendarAppointment } from "@/lib/calendar/load-day";
import type { BoardAppointment } from "./appointment-block";

/** Where an appointment goes: a move keeps its length, a resize gives its new end. */
export type Move = { id: number; staffId: number; startMin: number; endMin?: number };
type Pending = Move & { key: number; answered: boolean };

/**
 * Dropped (or resized) appointments shown at their new place at once: faded ("saving") until the server answers,
 * then at the new place until the day is read again, whose data wins from then on. A refusal puts
 * the block straight back. Plain state rather than useOptimistic: an optimistic value lasts as long
 * as its transition, and a transition entangled with the router's refreshes could keep a block faded
 * long after the server had answered.
 */
export function usePendingMoves(serverAppointments: CalendarAppointment[]) {
  const [pending, setPending] = useState<Pending[]>([]);
  const nextKey = useRef(0);
  // A day read after a move was answered is the truth: answered moves are dropped when it arrives.
  const [seen, setSeen] = useState(serverAppointments);
  if (seen !== serverAppointments) {
    setSeen(serverAppointments);
    if (pending.some((p) => p.answered)) setPending((list) => list.filter((p) => !p.answered));
  }

  const appointments = useMemo<BoardAppointment[]>(() => {
    if (pending.length === 0) return serverAppointments;
    return serverAppointments.map((a) => {
      const move = pending.findLast((p) => p.id === a.id);
      if (!move) return a;
      return { ...a, staffId: move.staffId, startMin: move.startMin, endMin: move.endMin ?? move.startMin + (a.endMin - a.startMin), saving: !move.answered };
    });
  }, [serverAppointments, pending]);

  /** Shows the move; the returned functions settle it: answered (saved) or refused (back). */
  const begin = useCallback((move: Move) => {
    const key = nextKey.current++;
    setPending((list) => [...list, { ...move, key, answered: false }]);
    return {
      saved: () => setPending((list) => list.map((p) => (p.key === key ? { ...p, answered: true } : p))),
      refused: () => setPending((list) => list.filter((p) => p.key !== key)),
    };
  }, []);

  return { appointments, begin };
}
