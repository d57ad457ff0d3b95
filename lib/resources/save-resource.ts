import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";
import { upcomingHolding } from "./list-resources";
import type { ResourceInput } from "./resource-input";

/**
 * Manager → Rooms & machines: add, rename, deactivate and reactivate. Nothing is deleted: appointments
 * name the room they were in. Deactivating one still booked is allowed (a broken laser must stop
 * taking bookings at once); the answer says which appointments still hold it, so the desk moves them.
 */

type ResourceFields = Omit<ResourceInput, "resourceId">;
export type ResourceSaved = { id: number; name: string; active: boolean; warning: string | null };

const fold = (s: string) => s.trim().toLocaleLowerCase("en-GB");

/** A kind typed as "laser" joins the existing "Laser" rather than making a twin. */
async function resolveKind(tx: Tx, kind: string): Promise<string> {
  const kinds = await tx.resource.findMany({ distinct: ["kind"], select: { kind: true } });
  return kinds.find((k) => fold(k.kind) === fold(kind))?.kind ?? kind;
}

/** The desk picks rooms by name, so two may not share one (ignoring case). */
async function assertNameFree(tx: Tx, name: string, exceptId?: number): Promise<void> {
  const all = await tx.resource.findMany({ where: exceptId ? { id: { not: exceptId } } : {}, select: { name: true, active: true } });
  const twin = all.find((r) => fold(r.name) === fold(name));
  if (!twin) return;
  throw new DomainError(
    "INVALID_INPUT",
    twin.active ? `There is already a room or machine called “${twin.name}”. Choose another name.` : `There is already an inactive one called “${twin.name}”. Reactivate it instead, or choose another name.`,
    "name",
  );
}

/** The unique name in the database is the last word (another manager may have won the race). */
async function nameUnique<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string })?.code === "P2002") throw new DomainError("INVALID_INPUT", `There is already a room or machine called “${name}”. Choose another name.`, "name");
    throw error;
  }
}

/** "2 upcoming appointments (the next on Tue 9 Jun 2026 at 10:00)", or null. */
async function bookedIn(tx: Tx, resourceId: number, now: Date): Promise<{ count: number; text: string } | null> {
  const where = { resourceId, ...upcomingHolding(now) };
  const [count, next] = await Promise.all([tx.appointment.count({ where }), tx.appointment.findFirst({ where, orderBy: { startsAt: "asc" }, select: { startsAt: true } })]);
  if (count === 0 || !next) return null;
  const { timezone } = await getSettings(tx);
  const when = `${formatSalonDate(salonDateOf(next.startsAt, timezone))} at ${formatSalonTime(next.startsAt, timezone)}`;
  return { count, text: count === 1 ? `1 upcoming appointment (on ${when})` : `${count} upcoming appointments (the next on ${when})` };
}

/** Said when no active room or machine of a kind is left while services need one. */
async function lastOfKind(tx: Tx, kind: string): Promise<string | null> {
  const [left, services] = await Promise.all([
    tx.resource.count({ where: { kind, active: true } }),
    tx.service.findMany({ where: { resourceKind: kind, active: true }, orderBy: { name: "asc" }, select: { name: true } }),
  ]);
  if (left > 0 || services.length === 0) return null;
  const names = services.length <= 2 ? services.map((s) => s.name).join(" and ") : `${services[0].name}, ${services[1].name} and ${services.length - 2} more`;
  return `No active room or machine is a “${kind}” now: ${names} can't be booked until one is.`;
}

const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(" ") || null;

export async function addResource(tx: Tx, fields: ResourceFields): Promise<ResourceSaved> {
  await assertNameFree(tx, fields.name);
  const kind = await resolveKind(tx, fields.kind);
  const last = await tx.resource.aggregate({ _max: { sortOrder: true } });
  const row = await nameUnique(fields.name, () =>
    tx.resource.create({ data: { name: fields.name, kind, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true, name: true } }),
  );
  return { ...row, active: true, warning: null };
}

export async function editResource(tx: Tx, resourceId: number, fields: ResourceFields, now: Date): Promise<ResourceSaved> {
  const current = await tx.resource.findUnique({ where: { id: resourceId } });
  if (!current) throw new DomainError("NOT_FOUND", "That room or machine no longer exists.");
  await assertNameFree(tx, fields.name, resourceId);
  const kind = await resolveKind(tx, fields.kind);
  const kindChanged = kind !== current.kind;
  if (kindChanged) {
    // Those appointments were given it as a “Laser”: a new kind would leave them in the wrong sort of room.
    const booked = await bookedIn(tx, resourceId, now);
    if (booked) {
      throw new DomainError("INVALID_STATE", `${current.name} has ${booked.text} booked as a “${current.kind}”. Move ${booked.count === 1 ? "it" : "them"} first, or add a new room or machine for the new kind.`, "kind");
    }
  }
  await nameUnique(fields.name, () => tx.resource.update({ where: { id: resourceId }, data: { name: fields.name, kind } }));
  return { id: resourceId, name: fields.name, active: current.active, warning: kindChanged && current.active ? await lastOfKind(tx, current.kind) : null };
}

/** Deactivated: no new booking gets it; appointments already in it keep it (the answer says how many). */
export async function setResourceActive(tx: Tx, resourceId: number, active: boolean, now: Date): Promise<ResourceSaved> {
  const current = await tx.resource.findUnique({ where: { id: resourceId } });
  if (!current) throw new DomainError("NOT_FOUND", "That room or machine no longer exists.");
  if (active && !current.active) await assertNameFree(tx, current.name, resourceId);
  if (current.active !== active) await tx.resource.update({ where: { id: resourceId }, data: { active } });
  if (active) return { id: resourceId, name: current.name, active, warning: null };
  const booked = await bookedIn(tx, resourceId, now);
  return {
    id: resourceId,
    name: current.name,
    active,
    warning: joined(
      booked && `${booked.text} still ${booked.count === 1 ? "holds it: move it" : "hold it: move them"} to another room or machine in the calendar if needed.`,
      await lastOfKind(tx, current.kind),
    ),
  };
}
