import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getOpeningHours } from "@/lib/settings/salon-settings";
import { addMonthsToDate, formatMinutes, formatSalonDate, formatSalonTime, salonDateOf, salonMinutesOf, weekdayOf } from "@/lib/time";
import { fullName } from "@/lib/clients/display";

/** Appointments that occupy their staff member's time. */
export const LIVE_STATUSES = ["BOOKED", "CHECKED_IN", "COMPLETED"] as const;

/** A staff member cannot have two overlapping live appointments. Runs inside the write transaction. */
const MAX_APPOINTMENT_MS = 24 * 3600_000;

export async function assertNoOverlap(
  tx: Tx,
  slot: { staffId: number; startsAt: Date; endsAt: Date; excludeAppointmentId?: number },
  timezone: string,
): Promise<void> {
  // The common case is no clash: one narrow query. Names are only read to explain a refusal.
  const clash = await tx.appointment.findFirst({
    where: {
      staffId: slot.staffId,
      status: { in: [...LIVE_STATUSES] },
      // No appointment lasts a day (at most 12 hours, inside opening hours): the lower bound keeps
      // this an index range on (staffId, startsAt) however long the stylist's history grows.
      startsAt: { lt: slot.endsAt, gt: new Date(+slot.startsAt - MAX_APPOINTMENT_MS) },
      endsAt: { gt: slot.startsAt },
      ...(slot.excludeAppointmentId ? { id: { not: slot.excludeAppointmentId } } : {}),
    },
    select: { id: true },
  });
  if (!clash) return;
  const found = await tx.appointment.findUniqueOrThrow({
    where: { id: clash.id },
    select: { startsAt: true, endsAt: true, staff: { select: { name: true } }, client: { select: { firstName: true, lastName: true } } },
  });
  const when = `${formatSalonTime(found.startsAt, timezone)}–${formatSalonTime(found.endsAt, timezone)}`;
  throw new DomainError(
    "OVERLAP",
    `${found.staff.name} is already booked ${when} (${fullName(found.client)}). Choose another time or staff member.`,
    "startsAt",
  );
}

/** How far ahead the desk may book: a date in 9999 is a slip of the keyboard, not a booking. */
export const MAX_BOOKING_YEARS_AHEAD = 2;

/** A booking's day must be within a year back (late entries) and two years ahead. */
export function assertBookableDate(startsAt: Date, now: Date, timezone: string): void {
  if (+startsAt < +now - 366 * 24 * 3600_000) throw new DomainError("INVALID_INPUT", "That date is too far in the past.", "startsAt");
  const latest = addMonthsToDate(salonDateOf(now, timezone), MAX_BOOKING_YEARS_AHEAD * 12);
  if (salonDateOf(startsAt, timezone) > latest) {
    throw new DomainError("INVALID_INPUT", `Appointments can be booked up to ${MAX_BOOKING_YEARS_AHEAD} years ahead (until ${formatSalonDate(latest)}).`, "startsAt");
  }
}

/** The appointment must start and end inside the salon's opening hours of its day. */
export async function assertWithinOpeningHours(tx: Tx, startsAt: Date, endsAt: Date, timezone: string): Promise<void> {
  const date = salonDateOf(startsAt, timezone);
  const hours = (await getOpeningHours(tx))[weekdayOf(date)];
  if (!hours) throw new DomainError("OUTSIDE_HOURS", "The salon is closed on that day.", "startsAt");
  const start = salonMinutesOf(startsAt, timezone);
  const endDate = salonDateOf(endsAt, timezone);
  const end = endDate === date ? salonMinutesOf(endsAt, timezone) : 24 * 60;
  if (start < hours.opensAtMin || end > hours.closesAtMin) {
    throw new DomainError(
      "OUTSIDE_HOURS",
      `That time is outside opening hours (${formatMinutes(hours.opensAtMin)}–${formatMinutes(hours.closesAtMin)}).`,
      "startsAt",
    );
  }
}

/**
 * The client, staff member and service of a booking. A deactivated service is off the menu for new
 * single bookings, but clients keep what they bought (a course session for it can still be booked)
 * and an appointment already booked for it can still be moved.
 */
export async function activeBookingParts(
  tx: Tx,
  ids: { clientId: number; staffId: number; serviceId: number },
  options: { allowInactiveService?: boolean } = {},
) {
  const [client, staff, service] = await Promise.all([
    tx.client.findUnique({ where: { id: ids.clientId }, select: { id: true } }),
    tx.staff.findUnique({ where: { id: ids.staffId }, select: { id: true, name: true, active: true, takesAppointments: true } }),
    tx.service.findUnique({ where: { id: ids.serviceId }, select: { id: true, active: true, durationMinutes: true, priceMinor: true, name: true, resourceKind: true } }),
  ]);
  if (!client) throw new DomainError("NOT_FOUND", "That client no longer exists.", "clientId");
  if (!staff || !staff.active || !staff.takesAppointments) {
    throw new DomainError("NOT_FOUND", "That staff member is not taking appointments.", "staffId");
  }
  if (!service || (!service.active && !options.allowInactiveService)) {
    throw new DomainError("NOT_FOUND", "That service is not on the menu any more.", "serviceId");
  }
  return { client, staff, service };
}
