"use server";

import { loadAppointmentDetail } from "@/lib/appointments/appointment-detail";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { defineAction } from "@/lib/actions/define-action";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { createClient } from "@/lib/clients/create-client";
import { searchClients } from "@/lib/clients/search-clients";
import { loadDrawerCourses } from "@/lib/courses/drawer-courses";
import { db, inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { opContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings";
import { salonDateOf, salonInstant, salonMinutesOf } from "@/lib/time";
import {
  appointmentIdSchema,
  bookSchema,
  cancelSchema,
  changeSchema,
  checkInSchema,
  checkoutSchema,
  clientSearchSchema,
  drawerCoursesSchema,
  newClientSchema,
} from "./schemas";

const CALENDAR = ["/calendar"];

export const searchClientsAction = defineAction({ role: "FRONT_DESK", schema: clientSearchSchema }, ({ q }) => searchClients(db, q));

export const createClientAction = defineAction({ role: "FRONT_DESK", schema: newClientSchema }, (input) =>
  inTransaction((tx) => createClient(tx, input)),
);

export const drawerCoursesAction = defineAction({ role: "FRONT_DESK", schema: drawerCoursesSchema }, ({ clientId, date, appointmentId }) =>
  loadDrawerCourses(db, clientId, date, appointmentId),
);

export const appointmentDetailAction = defineAction({ role: "FRONT_DESK", schema: appointmentIdSchema }, async ({ appointmentId }) => {
  const detail = await loadAppointmentDetail(db, appointmentId);
  if (!detail) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
  return detail;
});

export const bookAppointmentAction = defineAction({ role: "FRONT_DESK", schema: bookSchema, revalidate: CALENDAR }, async (input, staff) => {
  const { timezone } = await getSettings(db);
  const appointment = await inTransaction((tx) =>
    bookAppointment(
      tx,
      {
        clientId: input.clientId,
        staffId: input.staffId,
        startsAt: salonInstant(input.date, input.startMin, timezone),
        serviceId: input.serviceId,
        clientCourseLineId: input.clientCourseLineId,
        durationMinutes: input.durationMin,
        notes: input.notes,
      },
      opContext(staff.id),
    ),
  );
  return { appointmentId: appointment.id };
});

export const changeAppointmentAction = defineAction({ role: "FRONT_DESK", schema: changeSchema, revalidate: CALENDAR }, async (input, staff) => {
  const { timezone } = await getSettings(db);
  await inTransaction(async (tx) => {
    let startsAt: Date | undefined;
    if (input.date !== undefined && input.startMin !== undefined) {
      startsAt = salonInstant(input.date, input.startMin, timezone);
    } else if (input.date !== undefined || input.startMin !== undefined) {
      // Only the day or only the time changed: the other half comes from the appointment as stored.
      const current = await tx.appointment.findUnique({ where: { id: input.appointmentId }, select: { startsAt: true } });
      if (!current) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
      startsAt = salonInstant(input.date ?? salonDateOf(current.startsAt, timezone), input.startMin ?? salonMinutesOf(current.startsAt, timezone), timezone);
    }
    await changeAppointment(
      tx,
      {
        appointmentId: input.appointmentId,
        startsAt,
        staffId: input.staffId,
        serviceId: input.serviceId,
        durationMinutes: input.durationMin,
        clientCourseLineId: input.clientCourseLineId,
        notes: input.notes,
      },
      opContext(staff.id),
    );
  });
  return { appointmentId: input.appointmentId };
});

/**
 * Check-in with the prompt: a single appointment for a client holding a valid course for the service
 * comes back as `prompt` (nothing changed) until the desk answers "redeem" or "as a single".
 */
export const checkInAction = defineAction({ role: "FRONT_DESK", schema: checkInSchema, revalidate: CALENDAR }, async (input, staff) => {
  if (!input.confirmEarly || (!input.redeemFromLineId && !input.asSingle)) {
    const detail = await loadAppointmentDetail(db, input.appointmentId);
    if (!detail) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
    // Asked in this order: early first ("Check in now?"), then the redeem prompt.
    if (!input.confirmEarly && detail.earlyNotice) return { checkedIn: false as const, early: detail.earlyNotice, prompt: null };
    if (!input.redeemFromLineId && !input.asSingle && detail.checkInOffer) return { checkedIn: false as const, early: null, prompt: detail.checkInOffer };
  }
  await inTransaction((tx) =>
    checkIn(tx, { appointmentId: input.appointmentId, redeemFromLineId: input.redeemFromLineId, confirmEarly: input.confirmEarly }, opContext(staff.id)),
  );
  return { checkedIn: true as const, early: null, prompt: null };
});

export const cancelAppointmentAction = defineAction({ role: "FRONT_DESK", schema: cancelSchema, revalidate: CALENDAR }, async (input, staff) => {
  const { appointment, outcome } = await inTransaction((tx) => cancelAppointment(tx, input, opContext(staff.id)));
  const what = input.kind === "NO_SHOW" ? "Marked as a no-show." : "Appointment cancelled.";
  if (!appointment.clientCourseLineId || !outcome) return { message: what };
  return { message: `${what} ${outcome.forfeit ? "The course session was forfeited (salon policy)." : "The session went back to the course."}` };
});

export const checkoutAction = defineAction({ role: "FRONT_DESK", schema: checkoutSchema, revalidate: CALENDAR }, (input, staff) =>
  inTransaction((tx) => checkoutVisit(tx, input, opContext(staff.id))),
);
