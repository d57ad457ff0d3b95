import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export type OnlineService = { id: number; name: string; durationMinutes: number; priceMinor: number; category: string; resourceKind: string | null };
export type OnlineCategory = { id: number; name: string; services: OnlineService[] };
/** A staff member who does the service, with their length for it (their own, else the service's). */
export type BookableStaff = { id: number; name: string; minutes: number };

/** Staff who can be booked: active and taking appointments. */
const BOOKABLE = { active: true, takesAppointments: true } as const;

/**
 * What clients may book online: active services marked bookable online that someone bookable does,
 * by category in menu order.
 */
export async function loadOnlineMenu(tx: Tx): Promise<OnlineCategory[]> {
  const offered = { active: true, bookableOnline: true, staff: { some: { staff: BOOKABLE } } };
  const categories = await tx.serviceCategory.findMany({
    where: { services: { some: offered } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      services: {
        where: offered,
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: { id: true, name: true, durationMinutes: true, priceMinor: true, resourceKind: true },
      },
    },
  });
  return categories.map((c) => ({ id: c.id, name: c.name, services: c.services.map((s) => ({ ...s, category: c.name })) }));
}

/** One service a client may book online; anything else (unknown, inactive, desk only) is refused. */
export async function loadOnlineService(tx: Tx, serviceId: number): Promise<OnlineService> {
  const service = await tx.service.findUnique({
    where: { id: serviceId },
    select: { id: true, name: true, durationMinutes: true, priceMinor: true, resourceKind: true, active: true, bookableOnline: true, category: { select: { name: true } } },
  });
  if (!service || !service.active || !service.bookableOnline) {
    throw new DomainError("NOT_FOUND", "That treatment cannot be booked online. Choose one from the list.", "serviceId");
  }
  return { id: service.id, name: service.name, durationMinutes: service.durationMinutes, priceMinor: service.priceMinor, category: service.category.name, resourceKind: service.resourceKind };
}

/** The staff who do a service and take appointments, in calendar order, each with their length for it. */
export async function loadServiceStaff(tx: Tx, service: { id: number; durationMinutes: number }): Promise<BookableStaff[]> {
  const rows = await tx.staff.findMany({
    where: { ...BOOKABLE, services: { some: { serviceId: service.id } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, services: { where: { serviceId: service.id }, select: { durationMinutes: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, minutes: r.services[0]?.durationMinutes ?? service.durationMinutes }));
}

/** The staff a booking may go to: one named member who does the service, or all who do ("anyone"). */
export async function staffForChoice(tx: Tx, service: OnlineService, staffId: number | null): Promise<BookableStaff[]> {
  const all = await loadServiceStaff(tx, service);
  if (staffId === null) return all;
  const one = all.find((s) => s.id === staffId);
  if (one) return [one];
  const other = await tx.staff.findFirst({ where: { id: staffId, ...BOOKABLE }, select: { name: true } });
  if (other) throw new DomainError("NOT_FOUND", `${other.name} does not do ${service.name}. Choose someone who does, or “Anyone”.`, "staffId");
  throw new DomainError("NOT_FOUND", "That staff member is not taking online bookings. Choose another or “Anyone”.", "staffId");
}
