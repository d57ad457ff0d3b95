import { LIVE_STATUSES } from "@/lib/appointments/guards";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getOpeningHours } from "@/lib/settings/salon-settings";
import { formatSalonTime, minutesOnDay, salonDateOf, salonDayRange, salonInstant, salonMinutesOf, weekdayOf } from "@/lib/time";
import { loadRotas } from "./load-rota";
import { withinSpans } from "./working-hours";

export type Slot = { startsAt: Date; endsAt: Date; excludeAppointmentId?: number };

const DAY_MS = 24 * 3600_000;
const STEP_MS = 15 * 60_000;

/** Live appointments holding any of `resourceIds` between `from` and `to`. */
async function holdings(tx: Tx, resourceIds: number[], from: Date, to: Date, excludeAppointmentId?: number) {
  return tx.appointment.findMany({
    where: {
      resourceId: { in: resourceIds },
      status: { in: [...LIVE_STATUSES] },
      startsAt: { lt: to, gt: new Date(+from - DAY_MS) },
      endsAt: { gt: from },
      ...(excludeAppointmentId ? { id: { not: excludeAppointmentId } } : {}),
    },
    select: { resourceId: true, startsAt: true, endsAt: true },
  });
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) => +a.startsAt < +b.endsAt && +a.endsAt > +b.startsAt;

/**
 * The resource a booking of a service needing `kind` holds: the one asked for if it is free, else
 * the first free one (the current one first when an appointment moves). Refused with the next free
 * times of the day when none is free. Runs inside the write transaction, so two desks never get the
 * same room.
 */
export async function assignResource(
  tx: Tx,
  input: Slot & { kind: string; wanted?: number | null; current?: number | null; staffId: number },
  timezone: string,
): Promise<number> {
  const resources = await tx.resource.findMany({ where: { kind: input.kind, active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
  if (resources.length === 0) {
    throw new DomainError("NO_RESOURCE", `This service needs a ${input.kind.toLowerCase()} and none is set up: a manager adds one under Manager → Rooms & machines.`, "resourceId");
  }
  if (input.wanted && !resources.some((r) => r.id === input.wanted)) {
    throw new DomainError("INVALID_INPUT", `Choose a ${input.kind.toLowerCase()} for this service.`, "resourceId");
  }
  const held = await holdings(tx, resources.map((r) => r.id), input.startsAt, input.endsAt, input.excludeAppointmentId);
  const isFree = (id: number) => !held.some((h) => h.resourceId === id && overlaps(h, input));
  if (input.wanted) {
    if (isFree(input.wanted)) return input.wanted;
    const name = resources.find((r) => r.id === input.wanted)!.name;
    const others = resources.filter((r) => r.id !== input.wanted && isFree(r.id)).map((r) => r.name);
    const hint = others.length > 0 ? ` ${others.join(" and ")} ${others.length === 1 ? "is" : "are"} free then.` : "";
    throw new DomainError("NO_RESOURCE", `${name} is taken ${formatSalonTime(input.startsAt, timezone)}–${formatSalonTime(input.endsAt, timezone)}.${hint}`, "resourceId");
  }
  const order = input.current ? [...resources].sort((a, b) => Number(b.id === input.current) - Number(a.id === input.current)) : resources;
  const free = order.find((r) => isFree(r.id));
  if (free) return free.id;

  const next = await nextFreeTimes(tx, { ...input, resourceIds: resources.map((r) => r.id) }, timezone);
  const when = `${formatSalonTime(input.startsAt, timezone)}–${formatSalonTime(input.endsAt, timezone)}`;
  const offer = next.length > 0 ? ` Next free that day: ${next.map((t) => formatSalonTime(t, timezone)).join(", ")}.` : " None is free later that day.";
  throw new DomainError("NO_RESOURCE", `No ${input.kind.toLowerCase()} is free ${when}.${offer}`, "resourceId");
}

/**
 * Up to `limit` later starts that day (15-minute steps) inside the stylist's hours when both a
 * resource and the stylist are free, so what is offered never needs a "Book anyway".
 */
async function nextFreeTimes(tx: Tx, input: Slot & { resourceIds: number[]; staffId: number }, timezone: string, limit = 4): Promise<Date[]> {
  const date = salonDateOf(input.startsAt, timezone);
  const hours = (await getOpeningHours(tx))[weekdayOf(date)];
  if (!hours) return [];
  const { end: dayEnd } = salonDayRange(date, timezone);
  const closing = salonInstant(date, hours.closesAtMin, timezone);
  const length = +input.endsAt - +input.startsAt;
  const [rooms, staff, rotas] = await Promise.all([
    holdings(tx, input.resourceIds, input.startsAt, dayEnd, input.excludeAppointmentId),
    tx.appointment.findMany({
      where: {
        staffId: input.staffId,
        status: { in: [...LIVE_STATUSES] },
        startsAt: { lt: dayEnd },
        endsAt: { gt: input.startsAt },
        ...(input.excludeAppointmentId ? { id: { not: input.excludeAppointmentId } } : {}),
      },
      select: { startsAt: true, endsAt: true },
    }),
    loadRotas(tx, [input.staffId], date, date),
  ]);
  const spans = rotas.spans(input.staffId, date);
  const minutesOf = minutesOnDay(date, timezone);
  const out: Date[] = [];
  const firstStep = Math.ceil((salonMinutesOf(input.startsAt, timezone) + 1) / 15) * 15;
  for (let t = +salonInstant(date, firstStep, timezone); t + length <= +closing && out.length < limit; t += STEP_MS) {
    const slot = { startsAt: new Date(t), endsAt: new Date(t + length) };
    const start = minutesOf(slot.startsAt);
    if (!withinSpans(spans, start, start + length / 60_000)) continue;
    if (staff.some((a) => overlaps(a, slot))) continue;
    if (input.resourceIds.some((id) => !rooms.some((h) => h.resourceId === id && overlaps(h, slot)))) out.push(slot.startsAt);
  }
  return out;
}
