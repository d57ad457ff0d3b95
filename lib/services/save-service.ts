import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { saveServiceStaff } from "@/lib/rota/save-skills";
import type { ServiceInput } from "./service-input";

/**
 * Manager → Services: add, edit, deactivate and reactivate. Nothing is deleted: appointments, sold
 * courses and sales point at services. A price change only applies to what is booked or sold from
 * now on: appointments keep the price they were booked at and client courses are snapshots. Who
 * does it and the room or machine it needs are saved in the same transaction.
 */

type ServiceFields = Omit<ServiceInput, "serviceId">;

const fold = (s: string) => s.trim().toLocaleLowerCase("en-GB");

/** An existing category, or a new one; "skin" typed as new finds "Skin" rather than making a twin. */
async function resolveCategory(tx: Tx, category: ServiceFields["category"]): Promise<{ id: number; name: string }> {
  if ("id" in category) {
    const found = await tx.serviceCategory.findUnique({ where: { id: category.id }, select: { id: true, name: true } });
    if (!found) throw new DomainError("NOT_FOUND", "That category no longer exists. Choose another.", "category");
    return found;
  }
  const all = await tx.serviceCategory.findMany({ select: { id: true, name: true, sortOrder: true } });
  const same = all.find((c) => fold(c.name) === fold(category.name));
  if (same) return same;
  const sortOrder = Math.max(0, ...all.map((c) => c.sortOrder)) + 1;
  return tx.serviceCategory.create({ data: { name: category.name.trim(), sortOrder }, select: { id: true, name: true } });
}

/** The desk picks services by name within a category, so two may not share one (ignoring case). */
async function assertNameFree(tx: Tx, category: { id: number; name: string }, name: string, exceptId?: number): Promise<void> {
  const siblings = await tx.service.findMany({
    where: { categoryId: category.id, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, active: true },
  });
  const twin = siblings.find((s) => fold(s.name) === fold(name));
  if (!twin) return;
  throw new DomainError(
    "INVALID_INPUT",
    twin.active
      ? `${category.name} already has a service called “${twin.name}”. Choose another name.`
      : `${category.name} already has an inactive service called “${twin.name}”. Reactivate that one instead, or choose another name.`,
    "name",
  );
}

function columns(fields: ServiceFields, categoryId: number) {
  return {
    name: fields.name,
    categoryId,
    durationMinutes: fields.durationMinutes,
    priceMinor: fields.priceMinor,
    bookableOnline: fields.bookableOnline,
    needsPatchTest: fields.needsPatchTest,
    // Left out (an older form): the rate stays as it is.
    ...(fields.vatRateBp !== undefined ? { vatRateBp: fields.vatRateBp } : {}),
    active: fields.active,
    ...(fields.resourceKind !== undefined ? { resourceKind: fields.resourceKind } : {}),
  };
}

/** A service may only need a kind some room or machine has (spelt as the rooms have it). */
async function resolveKind(tx: Tx, kind: string | null | undefined): Promise<string | null | undefined> {
  if (!kind) return kind;
  const kinds = await tx.resource.findMany({ distinct: ["kind"], select: { kind: true } });
  const same = kinds.find((k) => fold(k.kind) === fold(kind));
  if (!same) throw new DomainError("INVALID_INPUT", `No room or machine is a “${kind}”. Add one under Manager → Rooms & machines first, or choose another kind.`, "resourceKind");
  return same.kind;
}

/** Who does it, when the form says: a new service the form didn't say for is done by everyone taking appointments. */
async function saveWhoDoesIt(tx: Tx, serviceId: number, staffIds: number[] | undefined, isNew: boolean): Promise<void> {
  if (staffIds) return saveServiceStaff(tx, serviceId, staffIds);
  if (!isNew) return;
  const everyone = await tx.staff.findMany({ where: { active: true, takesAppointments: true }, select: { id: true } });
  return saveServiceStaff(tx, serviceId, everyone.map((s) => s.id));
}

export async function addService(tx: Tx, input: ServiceFields): Promise<{ id: number; name: string }> {
  const fields = { ...input, resourceKind: await resolveKind(tx, input.resourceKind) };
  const category = await resolveCategory(tx, fields.category);
  await assertNameFree(tx, category, fields.name);
  const last = await tx.service.aggregate({ where: { categoryId: category.id }, _max: { sortOrder: true } });
  const added = await tx.service.create({
    data: { ...columns(fields, category.id), sortOrder: (last._max.sortOrder ?? 0) + 1 },
    select: { id: true, name: true },
  });
  await saveWhoDoesIt(tx, added.id, fields.staffIds, true);
  return added;
}

export async function editService(tx: Tx, serviceId: number, input: ServiceFields): Promise<{ id: number; name: string }> {
  const existing = await tx.service.findUnique({ where: { id: serviceId }, select: { id: true, resourceKind: true } });
  if (!existing) throw new DomainError("NOT_FOUND", "That service no longer exists.");
  // Its current kind stays allowed even when no room has it any more: saving other changes must not fail on it.
  const kind = input.resourceKind && existing.resourceKind && fold(input.resourceKind) === fold(existing.resourceKind) ? existing.resourceKind : await resolveKind(tx, input.resourceKind);
  const fields = { ...input, resourceKind: kind };
  const category = await resolveCategory(tx, fields.category);
  await assertNameFree(tx, category, fields.name, serviceId);
  const saved = await tx.service.update({ where: { id: serviceId }, data: columns(fields, category.id), select: { id: true, name: true } });
  await saveWhoDoesIt(tx, serviceId, fields.staffIds, false);
  return saved;
}

export type ServiceActiveResult = { id: number; name: string; active: boolean; upcomingAppointments: number; coursesOnSale: number };

/**
 * Deactivate: off the menu (the drawer and online booking stop offering it); appointments already
 * booked and courses already sold keep it. The answer counts both, so the manager knows what stays.
 */
export async function setServiceActive(tx: Tx, serviceId: number, active: boolean, now: Date): Promise<ServiceActiveResult> {
  const service = await tx.service.findUnique({ where: { id: serviceId }, select: { id: true, name: true, active: true, categoryId: true, category: { select: { name: true } } } });
  if (!service) throw new DomainError("NOT_FOUND", "That service no longer exists.");
  if (active && !service.active) await assertNameFree(tx, { id: service.categoryId, name: service.category.name }, service.name, service.id);
  if (service.active !== active) await tx.service.update({ where: { id: serviceId }, data: { active } });
  const [upcomingAppointments, coursesOnSale] = await Promise.all([
    tx.appointment.count({ where: { serviceId, status: { in: ["BOOKED", "CHECKED_IN"] }, endsAt: { gt: now } } }),
    tx.courseTemplateLine.count({ where: { serviceId, template: { active: true } } }),
  ]);
  return { id: service.id, name: service.name, active, upcomingAppointments, coursesOnSale };
}
