"use client";

import { useCallback } from "react";
import { callAction } from "@/components/ui/use-action";
import type { Toast } from "@/components/ui/toaster";
import { changeAppointmentAction } from "@/lib/actions/appointments";
import type { CalendarAppointment } from "@/lib/calendar/load-day";
import { formatMinutes } from "@/lib/time";
import { useChangeQuestion } from "./change-question";
import type { DropPreview } from "./staff-column";
import type { usePendingMoves } from "./use-pending-moves";

/** A move or a resize of one appointment, to send (and to undo: the same shape the other way). */
type Change = { kind: "move" | "resize"; appointment: CalendarAppointment; to: { staffId: number; startMin: number; endMin: number } };

type Options = {
  date: string;
  beginMove: ReturnType<typeof usePendingMoves>["begin"];
  staffName: (id: number) => string;
  show: (toast: Omit<Toast, "id">) => void;
  /** Reads the day again once a change is saved. */
  refresh: () => void;
};

/**
 * Moving (drag and drop) and resizing (bottom edge) on the board. Each shows at once, faded until
 * saved (usePendingMoves); a success offers Undo, a refusal (not their service, no free room, an
 * overlap) says why and snaps back. A warning (outside the stylist's hours, in the past) asks first:
 * "Move anyway" / "Resize anyway" sends it again with bookAnyway, "Cancel" snaps back.
 */
export function useAppointmentChanges({ date, beginMove, staffName, show, refresh }: Options) {
  const { question, ask, answer } = useChangeQuestion();

  const change = useCallback(
    (first: Change) => {
      const run = async ({ kind, appointment, to }: Change, isUndo: boolean) => {
        const pending = beginMove({ id: appointment.id, ...to });
        const anyway = (bookAnyway: boolean) => (bookAnyway ? { bookAnyway } : {});
        const send = (bookAnyway: boolean) =>
          // callAction turns a dropped connection into words.
          callAction(() =>
            changeAppointmentAction(
              kind === "move"
                ? // The length goes with it: a move to another stylist keeps the booking's own length (and its Undo restores it).
                  { appointmentId: appointment.id, staffId: to.staffId, date, startMin: to.startMin, durationMin: to.endMin - to.startMin, ...anyway(bookAnyway) }
                : { appointmentId: appointment.id, durationMin: to.endMin - to.startMin, ...anyway(bookAnyway) },
            ),
          );
        let result = await send(false);
        if (!result.ok && result.code === "NEEDS_CONFIRMATION") {
          const word = kind === "move" ? "Move" : "Resize";
          if (!(await ask({ title: `${word} anyway?`, message: result.error, confirmLabel: `${word} anyway` }))) {
            pending.refused();
            return;
          }
          result = await send(true);
        }
        if (!result.ok) {
          pending.refused();
          show({ tone: "error", message: result.error });
          return;
        }
        pending.saved();
        const back: Change = {
          kind,
          appointment: { ...appointment, ...to },
          to: { staffId: appointment.staffId, startMin: appointment.startMin, endMin: appointment.endMin },
        };
        const name = appointment.clientName;
        let message: string;
        if (kind === "move") {
          const where = `${formatMinutes(to.startMin)}${to.staffId !== appointment.staffId ? ` with ${staffName(to.staffId)}` : ""}`;
          message = isUndo ? `${name} is back at ${where}.` : `${name} moved to ${where}.`;
        } else {
          const span = `${formatMinutes(to.startMin)}–${formatMinutes(to.endMin)}`;
          message = isUndo ? `${name} is back to ${span}.` : `${name} now runs ${span} (${to.endMin - to.startMin} min).`;
        }
        show(isUndo ? { tone: "success", message } : { tone: "success", message, action: { label: "Undo", run: () => void run(back, true) } });
        refresh();
      };
      void run(first, false);
    },
    [ask, beginMove, date, refresh, show, staffName],
  );

  const onDrop = useCallback(
    (appointment: CalendarAppointment, drop: DropPreview) =>
      change({ kind: "move", appointment, to: { staffId: drop.staffId, startMin: drop.startMin, endMin: drop.startMin + (appointment.endMin - appointment.startMin) } }),
    [change],
  );

  const onResize = useCallback(
    (appointment: CalendarAppointment, endMin: number) => change({ kind: "resize", appointment, to: { staffId: appointment.staffId, startMin: appointment.startMin, endMin } }),
    [change],
  );

  return { onDrop, onResize, question, answer };
}
