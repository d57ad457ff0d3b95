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

export type BookAppointmentInput = {
  clientId: number;
  staffId: number;
  startsAt: Date;
  /** A single paid service… */
  serviceId?: number;
  /** …or a green circle: the appointment is for that line's service and holds one of its units. */
  clientCourseLineId?: number | null;
  /** The booking's length; defaults to the stylist's length for the service (their own, else the service's). */
  durationMinutes?: number;
  /** The desk said "Book anyway" to a warning (outside the stylist's hours, in the past). */
  bookAnyway?: boolean;
  /** A room or machine chosen in the drawer; else a free one is taken. */
  resourceId?: number | null;
  source?: "DESK" | "ONLINE";
  notes?: string;
  cancelToken?: string;
  /** Online, matched by email and phone: the name typed when it differs from the card's. */
  bookedAsName?: string | null;
  /** false: no confirmation email (the demo seed replaying history). */
  notify?: boolean;
};

export async function bookAppointment(tx: Tx, input: BookAppointmentInput, ctx: OpContext) {
  const settings = await getSettings(tx);
  let serviceId = input.serviceId;
  if (input.clientCourseLineId) {
    const line = await tx.clientCourseLine.findUnique({ where: { id: input.clientCourseLineId }, select: { serviceId: true, serviceName: true } });
    if (!line) throw new DomainError("NOT_FOUND", "That course no longer exists.", "clientCourseLineId");
    if (serviceId && serviceId !== line.serviceId) {
      throw new DomainError("WRONG_SERVICE", `That course circle is for ${line.serviceName}, not the service chosen.`, "clientCourseLineId");
    }
    serviceId = line.serviceId;
  }
  if (!serviceId) throw new DomainError("INVALID_INPUT", "Choose a service or a course circle.", "serviceId");

  const { service, staff } = await activeBookingParts(
    tx,
    { clientId: input.clientId, staffId: input.staffId, serviceId },
    { allowInactiveService: Boolean(input.clientCourseLineId) },
  );
  const startsAt = input.startsAt;
  const minutes = input.durationMinutes ?? (await staffMinutesFor(tx, staff.id, service));
  const endsAt = new Date(+startsAt + minutes * 60_000);
  assertBookableDate(startsAt, ctx.now, settings.timezone);

  await assertWithinOpeningHours(tx, startsAt, endsAt, settings.timezone);
  await assertNoOverlap(tx, { staffId: input.staffId, startsAt, endsAt }, settings.timezone);
  if (input.clientCourseLineId) {
    await assertLineCanHold(
      tx,
      { lineId: input.clientCourseLineId, clientId: input.clientId, serviceId, startsAt, endsAt },
      settings.timezone,
      ctx.now,
    );
  }
  const rules = await applyBookingRules(
    tx,
    { staff, service, startsAt, endsAt, checkSkill: true, checkTime: true, bookAnyway: input.bookAnyway, resourceId: input.resourceId },
    settings.timezone,
    ctx.now,
  );

  const appointment = await tx.appointment.create({
    data: {
      clientId: input.clientId,
      staffId: input.staffId,
      serviceId,
      startsAt,
      endsAt,
      priceMinor: service.priceMinor,
      clientCourseLineId: input.clientCourseLineId ?? null,
      source: input.source ?? "DESK",
      notes: input.notes ?? "",
      cancelToken: input.cancelToken ?? null,
      bookedAsName: input.bookedAsName ?? null,
      resourceId: rules.resourceId,
      bookedAnyway: rules.bookedAnyway,
      createdById: ctx.staffId || null,
      createdAt: ctx.now,
    },
  });
  if (input.clientCourseLineId) {
    await logBooking(tx, {
      lineId: input.clientCourseLineId,
      appointmentId: appointment.id,
      action: "BOOKED",
      reason: input.source === "ONLINE" ? "booked online" : "",
      staffId: ctx.staffId,
      now: ctx.now,
    });
  }
  // Written with the booking: every way of booking (desk, online, client page, series) confirms it.
  if (input.notify !== false) await queueAppointmentMessage(tx, "CONFIRMATION", appointment.id, ctx.now);
  return appointment;
}
