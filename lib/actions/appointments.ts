"use server";

import { loadAppointmentDetail } from "@/lib/appointments/appointment-detail";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { loadDrawerOptions } from "@/lib/appointments/drawer-options";
import { appointmentIdSchema, bookSchema, cancelSchema, changeSchema, checkInSchema, drawerCoursesSchema, drawerOptionsSchema } from "@/lib/appointments/schemas";
import { loadDrawerCourses } from "@/lib/courses/views/drawer-courses";
import { DomainError } from "@/lib/errors";
import { salonInstantOf } from "@/lib/settings/salon-settings";
import { defineAction } from "./define-action";

/** The calendar's drawer: open, book, change, convert, check in, cancel. Front desk and managers. */

const CALENDAR = ["/calendar"];

export const drawerCoursesAction = defineAction({ role: "FRONT_DESK", schema: drawerCoursesSchema }, ({ clientId, date, appointmentId }, { tx }) =>
  loadDrawerCourses(tx, clientId, date, appointmentId),
);

/** Who does what in how long, and the rooms: read each time the drawer opens. */
export const drawerOptionsAction = defineAction({ role: "FRONT_DESK", schema: drawerOptionsSchema }, (_input, { tx }) => loadDrawerOptions(tx));

export const appointmentDetailAction = defineAction({ role: "FRONT_DESK", schema: appointmentIdSchema }, async ({ appointmentId }, { tx }) => {
  const detail = await loadAppointmentDetail(tx, appointmentId);
  if (!detail) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
  return detail;
});

export const bookAppointmentAction = defineAction({ role: "FRONT_DESK", schema: bookSchema, revalidate: CALENDAR, write: true }, async (input, { tx, op }) => {
  const { date, startMin, durationMin, ...rest } = input;
  const appointment = await bookAppointment(tx, { ...rest, startsAt: await salonInstantOf(tx, date, startMin), durationMinutes: durationMin }, op);
  return { appointmentId: appointment.id };
});

/** Only what changed is sent, so converting never moves it; a move sends the day and time together. */
export const changeAppointmentAction = defineAction({ role: "FRONT_DESK", schema: changeSchema, revalidate: CALENDAR, write: true }, async (input, { tx, op }) => {
  const { date, startMin, durationMin, ...rest } = input;
  const startsAt = date !== undefined && startMin !== undefined ? await salonInstantOf(tx, date, startMin) : undefined;
  await changeAppointment(tx, { ...rest, startsAt, durationMinutes: durationMin }, op);
  return { appointmentId: input.appointmentId };
});

/** Check-in asks its own questions (early? redeem from the course?) until the desk has answered them. */
export const checkInAction = defineAction({ role: "FRONT_DESK", schema: checkInSchema, revalidate: CALENDAR, write: true }, ({ appointmentId, redeemFromLineId, asSingle, confirmEarly }, { tx, op }) =>
  checkIn(tx, { appointmentId, confirmEarly, answer: redeemFromLineId ? { redeemFromLineId } : asSingle ? { asSingle: true } : undefined }, op),
);

export const cancelAppointmentAction = defineAction({ role: "FRONT_DESK", schema: cancelSchema, revalidate: CALENDAR, write: true }, async (input, { tx, op }) => {
  const { appointment, outcome } = await cancelAppointment(tx, input, op);
  const what = input.kind === "NO_SHOW" ? "Marked as a no-show." : input.cause === "SALON" ? "Appointment cancelled by the salon." : "Appointment cancelled.";
  if (!appointment.clientCourseLineId || !outcome) return { message: what };
  return { message: `${what} ${outcome.forfeit ? "The course session was forfeited (salon policy)." : "The session went back to the course."}` };
});
