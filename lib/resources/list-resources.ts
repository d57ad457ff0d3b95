import type { Tx } from "@/lib/db";

/** Appointments still ahead that hold a room or machine. */
export const upcomingHolding = (now: Date) => ({ status: { in: ["BOOKED" as const, "CHECKED_IN" as const] }, endsAt: { gt: now } });

export type ResourceRow = {
  id: number;
  name: string;
  kind: string;
  active: boolean;
  /** Upcoming appointments booked in it. */
  upcoming: number;
  /** Active services needing its kind. */
  services: number;
};

/** A kind active services need while no active room or machine is of it: those services can't be booked. */
export type MissingKind = { kind: string; services: string[] };

export type RoomsView = { resources: ResourceRow[]; kinds: string[]; missing: MissingKind[] };

/** Manager → Rooms & machines: every resource (active first, then the desk's order) with its upcoming bookings. Three reads. */
export async function listResources(tx: Tx, now: Date): Promise<RoomsView> {
  const [resources, counts, needing] = await Promise.all([
    tx.resource.findMany({ orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true, active: true } }),
    tx.appointment.groupBy({ by: ["resourceId"], where: { resourceId: { not: null }, ...upcomingHolding(now) }, _count: { _all: true } }),
    tx.service.findMany({ where: { active: true, resourceKind: { not: null } }, orderBy: { name: "asc" }, select: { name: true, resourceKind: true } }),
  ]);
  const upcoming = new Map(counts.map((c) => [c.resourceId, c._count._all]));
  const byKind = new Map<string, string[]>();
  for (const s of needing) byKind.set(s.resourceKind!, [...(byKind.get(s.resourceKind!) ?? []), s.name]);
  const activeKinds = new Set(resources.filter((r) => r.active).map((r) => r.kind));
  return {
    resources: resources.map((r) => ({ ...r, upcoming: upcoming.get(r.id) ?? 0, services: byKind.get(r.kind)?.length ?? 0 })),
    kinds: [...new Set(resources.map((r) => r.kind))].sort((a, b) => a.localeCompare(b, "en-GB")),
    missing: [...byKind].filter(([kind]) => !activeKinds.has(kind)).map(([kind, services]) => ({ kind, services })),
  };
}
