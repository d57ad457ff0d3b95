import type { Tx } from "@/lib/db";
import { orList } from "@/lib/rota/skills";

/**
 * What the drawer needs to know beyond the menu to book sensibly: who does each service and in how
 * long (a senior colours in 90 minutes, a junior in 120), which kind of room or machine it needs,
 * and the rooms there are. Read when the drawer opens, so a change under Manager shows at once.
 */
export type DrawerOptions = {
  /** By service id (active or not: a course may still book a retired service). */
  services: Record<number, DrawerServiceOption>;
  /** The active staff who take appointments, in the calendar's order. */
  staff: { id: number; name: string }[];
  /** Active rooms and machines, in the manager's order. */
  resources: DrawerResource[];
};

export type DrawerServiceOption = {
  /** The service's own length. */
  minutes: number;
  /** The kind of room or machine it needs ("Laser room"); null = none. */
  resourceKind: string | null;
  /** Staff id → their length for it: only the staff who do it. */
  staff: Record<number, number>;
};

export type DrawerResource = { id: number; name: string; kind: string };

export async function loadDrawerOptions(tx: Tx): Promise<DrawerOptions> {
  const [services, staff, resources] = await Promise.all([
    tx.service.findMany({ select: { id: true, durationMinutes: true, resourceKind: true } }),
    tx.staff.findMany({
      where: { active: true, takesAppointments: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, services: { select: { serviceId: true, durationMinutes: true } } },
    }),
    tx.resource.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
  ]);
  const byService: Record<number, DrawerServiceOption> = {};
  for (const s of services) byService[s.id] = { minutes: s.durationMinutes, resourceKind: s.resourceKind, staff: {} };
  for (const member of staff) {
    for (const row of member.services) {
      const service = byService[row.serviceId];
      if (service) service.staff[member.id] = row.durationMinutes ?? service.minutes;
    }
  }
  return { services: byService, staff: staff.map(({ id, name }) => ({ id, name })), resources };
}

/** The length a booking of `serviceId` with `staffId` takes unless the desk sets one: theirs, else the service's. */
export function defaultLength(options: DrawerOptions | null, serviceId: number, staffId: number, fallback: number): number {
  const service = options?.services[serviceId];
  return service?.staff[staffId] ?? service?.minutes ?? fallback;
}

/** The lengths the drawer offers, in 15-minute steps. */
export const LENGTH_STEP = 15;
export const LONGEST_STEP = 4 * 60;

/** 15 min … 4 h, plus the current length (and any other given) when it is off the steps or longer. */
export function lengthChoices(...current: (number | null | undefined)[]): number[] {
  const out = new Set<number>();
  for (let m = LENGTH_STEP; m <= LONGEST_STEP; m += LENGTH_STEP) out.add(m);
  for (const m of current) if (m && m > 0) out.add(m);
  return [...out].sort((a, b) => a - b);
}

/**
 * A booking from a minutes line with fewer minutes left than the usual length: exactly what is left
 * (20 minutes left of a 30-minute service books a 20-minute session, so nothing is stranded). Null
 * when less than the shortest booking (5 minutes) is left.
 */
export function lengthFromMinutesLeft(usual: number, left: number): number | null {
  if (left >= usual) return usual;
  return left >= MIN_BOOKING_MINUTES ? left : null;
}

/** The shortest booking the server takes (lib/validation/fields.ts durationMinutes). */
export const MIN_BOOKING_MINUTES = 5;

/** Who does a service, by name, in the calendar's order. */
export function whoDoesIt(options: DrawerOptions, serviceId: number): string[] {
  const service = options.services[serviceId];
  if (!service) return [];
  return options.staff.filter((s) => service.staff[s.id] !== undefined).map((s) => s.name);
}

/** The rooms a service can hold: the active resources of the kind it needs (none if it needs none). */
export function roomsFor(options: DrawerOptions | null, serviceId: number): { kind: string; rooms: DrawerResource[] } | null {
  const kind = options?.services[serviceId]?.resourceKind;
  if (!options || !kind) return null;
  return { kind, rooms: options.resources.filter((r) => r.kind === kind) };
}

/**
 * Said under the Staff select before saving when the stylist does not do the service: "Jack Morgan
 * does not do Laser underarm: Grace Bennett or Priya Shah do." Null when they do, or before the
 * options have arrived (the server still refuses).
 */
export function notTheirServiceNote(options: DrawerOptions | null, staff: { id: number; name: string }, service: { id: number; name: string }): string | null {
  const known = options?.services[service.id];
  if (!known || known.staff[staff.id] !== undefined) return null;
  const names = whoDoesIt(options, service.id);
  if (names.length === 0) return `Nobody does ${service.name} yet.`;
  return `${staff.name} does not do ${service.name}: ${orList(names)} ${names.length === 1 ? "does" : "do"}.`;
}
