"use client";

import { useReducer } from "react";
import type { CoursePick } from "@/components/courses/course-card";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";

/** What the desk may change on an existing appointment, starting from the appointment as loaded. */
export type EditFields = {
  staffId: number;
  date: string;
  startMin: number;
  serviceId: string;
  pick: CoursePick | null;
  notes: string;
  /** A length chosen by hand (null: the appointment's own, or the stylist's for a new service). */
  length: number | null;
  /** The room: a resource id, or "" for any free one. */
  resourceId: string;
};

type State = EditFields & { from: AppointmentDetail };

type Action =
  | { type: "set"; patch: Partial<EditFields> }
  /** Back to the appointment as loaded (Undo changes), or to a fresher copy of it (after a check-in). */
  | { type: "reset"; detail: AppointmentDetail };

const fromDetail = (detail: AppointmentDetail): State => ({
  from: detail,
  staffId: detail.staffId,
  date: detail.date,
  startMin: detail.startMin,
  serviceId: String(detail.serviceId),
  pick: null,
  notes: detail.notes,
  length: null,
  resourceId: detail.resource ? String(detail.resource.id) : "",
});

function reducer(state: State, action: Action): State {
  return action.type === "reset" ? fromDetail(action.detail) : { ...state, ...action.patch };
}

/**
 * The edit form's fields. A fresh copy of the appointment (after a check-in or "make single") starts
 * them again from it in the same render, without unmounting: no skeleton flash, focus stays put.
 */
export function useEditFields(detail: AppointmentDetail) {
  const [state, dispatch] = useReducer(reducer, detail, fromDetail);
  const fresh = state.from !== detail;
  if (fresh) dispatch({ type: "reset", detail });
  const fields: EditFields = fresh ? fromDetail(detail) : state;
  return {
    fields,
    /** True during the render that swapped in a fresh appointment: the caller reloads what depends on it. */
    fresh,
    set: (patch: Partial<EditFields>) => dispatch({ type: "set", patch }),
    reset: () => dispatch({ type: "reset", detail }),
  };
}
