import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadRotas } from "@/lib/rota/load-rota";
import { assignResource } from "@/lib/rota/resources";
import { orList, whoDoes } from "@/lib/rota/skills";
import { describeSpans, withinSpans } from "@/lib/rota/working-hours";
import { formatMinutes, formatSalonDate, formatSalonTime, salonDateOf, salonMinutesOf } from "@/lib/time";

/**
 * The salon's rules for who does what, when and where, shared by booking, moving, resizing,
 * converting and changing service, at the desk and online. Refusals (a service the stylist does
 * not do, no free room) are hard; a warning (outside their hours, in the past) stops until the desk
 * says "Book anyway", and the warning is then kept on the appointment.
 */

/** Refused unless the staff member does the service; the message names who does. */
export async function assertDoesService(tx: Tx, staff: { id: number; name: string }, service: { id: number; name: string }): Promise<void> {
  const does = await tx.staffService.findUnique({ where: { staffId_serviceId: { staffId: staff.id, serviceId: service.id } }, select: { staffId: true } });
  if (does) return;
  const names = await whoDoes(tx, service.id);
  throw new DomainError(
    "NOT_THEIR_SERVICE",
    names.length > 0
      ? `${staff.name} does not do ${service.name}. Choose someone who does: ${orList(names)}.`
      : `Nobody does ${service.name} yet: a manager adds it to a staff member's services under Manager → Staff.`,
    "staffId",
  );
}

/** Why this time needs a "Book anyway" (outside the stylist's hours, or already past), or null. */
export async function timeWarning(
  tx: Tx,
  slot: { staff: { id: number; name: string }; startsAt: Date; endsAt: Date; checkPast?: boolean },
  timezone: string,
  now: Date,
): Promise<string | null> {
  const date = salonDateOf(slot.startsAt, timezone);
  const rotas = await loadRotas(tx, [slot.staff.id], date, date);
  const spans = rotas.spans(slot.staff.id, date);
  const start = salonMinutesOf(slot.startsAt, timezone);
  const end = salonDateOf(slot.endsAt, timezone) === date ? salonMinutesOf(slot.endsAt, timezone) : 24 * 60;
  const warnings: string[] = [];
  if (!withinSpans(spans, start, end)) {
    const day = formatSalonDate(date);
    warnings.push(
      spans.length === 0
        ? `${slot.staff.name} is not working on ${day}${rotas.exceptionNote(slot.staff.id, date) ? ` (${rotas.exceptionNote(slot.staff.id, date)})` : ""}.`
        : `${formatMinutes(start)}–${formatMinutes(end)} is outside ${slot.staff.name}'s hours on ${day} (${describeSpans(spans)}).`,
    );
  }
  if (slot.checkPast !== false && +slot.startsAt < +now) warnings.push(`That time has already passed (it is ${formatSalonTime(now, timezone)} now).`);
  return warnings.length > 0 ? warnings.join(" ") : null;
}

export type SlotRules = {
  staff: { id: number; name: string };
  service: { id: number; name: string; resourceKind: string | null };
  startsAt: Date;
  endsAt: Date;
  excludeAppointmentId?: number;
  /** Check the stylist does the service (staff or service changed). */
  checkSkill: boolean;
  /** Check the stylist's hours (the time, length or stylist changed). */
  checkTime: boolean;
  /** Also warn when it starts in the past (a new booking, or its start moved); default true. */
  checkPast?: boolean;
  /** The desk said "Book anyway" to a warning. */
  bookAnyway?: boolean;
  /** A room chosen in the drawer; else one is taken automatically (the current one kept if free). */
  resourceId?: number | null;
  currentResourceId?: number | null;
  /** The warning already on the appointment, kept when the time is not checked again. */
  currentBookedAnyway?: string | null;
};

/**
 * Applies the rules; returns the resource to hold and the warning the desk overrode (if any). The
 * refusals come first, so the desk is never asked "Book anyway?" for a booking that would then be
 * refused anyway; callers check the course line before calling.
 */
export async function applyBookingRules(tx: Tx, rules: SlotRules, timezone: string, now: Date): Promise<{ resourceId: number | null; bookedAnyway: string | null }> {
  if (rules.checkSkill) await assertDoesService(tx, rules.staff, rules.service);
  const warning = rules.checkTime ? await timeWarning(tx, rules, timezone, now) : null;
  const resourceId = await resourceFor(tx, rules, timezone);
  if (warning && !rules.bookAnyway) throw new DomainError("NEEDS_CONFIRMATION", warning, "startsAt");
  return { resourceId, bookedAnyway: rules.checkTime ? warning : (rules.currentBookedAnyway ?? null) };
}

async function resourceFor(tx: Tx, rules: SlotRules, timezone: string): Promise<number | null> {
  const kind = rules.service.resourceKind;
  if (!kind) return null;
  // Not moved and no other room asked for: it keeps the room it holds, even one since retired (its
  // bookings keep it), as long as the service still needs that kind.
  if (!rules.checkTime && !rules.resourceId && rules.currentResourceId) {
    const current = await tx.resource.findUnique({ where: { id: rules.currentResourceId }, select: { kind: true } });
    if (current?.kind === kind) return rules.currentResourceId;
  }
  return assignResource(
    tx,
    {
      kind,
      startsAt: rules.startsAt,
      endsAt: rules.endsAt,
      excludeAppointmentId: rules.excludeAppointmentId,
      wanted: rules.resourceId,
      current: rules.currentResourceId,
      staffId: rules.staff.id,
    },
    timezone,
  );
}
