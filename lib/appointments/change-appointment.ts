import type { Tx } from "@/lib/db";
import { logBooking } from "@/lib/courses/booking-log";
import { assertLineCanHold } from "@/lib/courses/line-can-hold";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { queueAppointmentMessage } from "@/lib/messages/outbox";
import { getSettings } from "@/lib/settings/salon-settings";
import { staffMinutesFor } from "@/lib/rota/skills";
import { applyBookingRules } from "./booking-rules";
import { activeBookingParts, assertBookableDate, assertNoOverlap, assertWithinOpeningHours } from "./guards";

export type ChangeAppointmentInput = {
  appointmentId: number;
  startsAt?: Date;
  staffId?: number;
  serviceId?: number;
  durationMinutes?: number;
  /** A line id converts it to a course appointment; null turns it back into a single. */
  clientCourseLineId?: number | null;
  notes?: string;
  /** The desk said "Book anyway" to a warning (outside the stylist's hours, in the past). */
  bookAnyway?: boolean;
  /** Another room or machine chosen in the drawer. */
  resourceId?: number;
  /** false: no email about the change (the demo seed replaying history). */
  notify?: boolean;
};

/** Editable until checkout: before or after check-in. */
export const EDITABLE_STATUSES = ["BOOKED", "CHECKED_IN"] as const;

export async function loadEditableAppointment(tx: Tx, appointmentId: number) {
  const appointment = await tx.appointment.findUnique({ where: { id: appointmentId } });
  if (!appointment) throw new DomainError("NOT_FOUND", "That appointment no longer exists.");
  if (!(EDITABLE_STATUSES as readonly string[]).includes(appointment.status)) {
    const state = appointment.status.toLowerCase().replace("_", "-");
    throw new DomainError("INVALID_STATE", `This appointment is ${state} and can no longer be changed.`);
  }
  return appointment;
}

/**
 * Moves, re-assigns or re-services an appointment, and converts it between single and course.
 * Converting never moves it: only the fields given change. Every check runs in this transaction.
 */
export async function changeAppointment(tx: Tx, input: ChangeAppointmentInput, ctx: OpContext) {
  const current = await loadEditableAppointment(tx, input.appointmentId);
  const settings = await getSettings(tx);

  const lineId = input.clientCourseLineId === undefined ? current.clientCourseLineId : input.clientCourseLineId;
  let serviceId = input.serviceId ?? current.serviceId;
  if (lineId && input.clientCourseLineId && input.serviceId === undefined) {
    // Clicking a circle picks that line's service (a convert keeps the same one).
    const line = await tx.clientCourseLine.findUnique({ where: { id: lineId }, select: { serviceId: true } });
    if (!line) throw new DomainError("NOT_FOUND", "That course no longer exists.", "clientCourseLineId");
    serviceId = line.serviceId;
  }
  const staffId = input.staffId ?? current.staffId;
  const startsAt = input.startsAt ?? current.startsAt;

  const serviceChanged = serviceId !== current.serviceId;
  const { service, staff } = await activeBookingParts(
    tx,
    { clientId: current.clientId, staffId, serviceId },
    { allowInactiveService: !serviceChanged || Boolean(lineId) },
  );
  const staffChanged = staffId !== current.staffId;
  // A new service or stylist takes the stylist's length for it; otherwise the booking keeps its own.
  const minutes =
    input.durationMinutes ?? (serviceChanged || staffChanged ? await staffMinutesFor(tx, staffId, service) : (+current.endsAt - +current.startsAt) / 60_000);
  const endsAt = new Date(+startsAt + minutes * 60_000);

  const moved = +startsAt !== +current.startsAt || +endsAt !== +current.endsAt || staffId !== current.staffId;
  if (moved) {
    if (+startsAt !== +current.startsAt) assertBookableDate(startsAt, ctx.now, settings.timezone);
    await assertWithinOpeningHours(tx, startsAt, endsAt, settings.timezone);
    await assertNoOverlap(tx, { staffId, startsAt, endsAt, excludeAppointmentId: current.id }, settings.timezone);
  }
  if (lineId) {
    await assertLineCanHold(
      tx,
      { lineId, clientId: current.clientId, serviceId, startsAt, endsAt, appointmentId: current.id },
      settings.timezone,
      ctx.now,
    );
  }
  const rules = await applyBookingRules(
    tx,
    {
      staff,
      service,
      startsAt,
      endsAt,
      excludeAppointmentId: current.id,
      checkSkill: serviceChanged || staffChanged,
      checkTime: moved,
      checkPast: +startsAt !== +current.startsAt,
      bookAnyway: input.bookAnyway,
      resourceId: input.resourceId,
      currentResourceId: current.resourceId,
      currentBookedAnyway: current.bookedAnyway,
    },
    settings.timezone,
    ctx.now,
  );

  const updated = await tx.appointment.update({
    where: { id: current.id },
    data: {
      startsAt,
      endsAt,
      staffId,
      serviceId,
      priceMinor: serviceChanged ? service.priceMinor : current.priceMinor,
      clientCourseLineId: lineId ?? null,
      notes: input.notes ?? current.notes,
      resourceId: rules.resourceId,
      bookedAnyway: rules.bookedAnyway,
    },
  });

  if (current.clientCourseLineId !== (lineId ?? null)) {
    if (current.clientCourseLineId) {
      await logBooking(tx, {
        lineId: current.clientCourseLineId,
        appointmentId: current.id,
        action: "RELEASED",
        reason: lineId ? "moved to another course" : "turned into a single service",
        staffId: ctx.staffId,
        now: ctx.now,
      });
    }
    if (lineId) {
      await logBooking(tx, {
        lineId,
        appointmentId: current.id,
        action: "BOOKED",
        reason: current.clientCourseLineId ? "moved from another course" : "converted from a single service",
        staffId: ctx.staffId,
        now: ctx.now,
      });
    }
  }
  // The client hears of a new time, stylist or service; a new length, room, note or course does not change their visit.
  const clientSees = +startsAt !== +current.startsAt || staffId !== current.staffId || serviceId !== current.serviceId;
  if (clientSees && input.notify !== false) await queueAppointmentMessage(tx, "CHANGED", current.id, ctx.now);
  return updated;
}
