import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export type OnlineService = { id: number; name: string; durationMinutes: number; priceMinor: number; category: string };
export type OnlineCategory = { id: number; name: string; services: OnlineService[] };
export type BookableStaff = { id: number; name: string };

/** What clients may book online: active services marked bookable online, by category in menu order. */
export async function loadOnlineMenu(tx: Tx): Promise<OnlineCategory[]> {
  const categories = await tx.serviceCategory.findMany({
    where: { services: { some: { active: true, bookableOnline: true } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      services: {
        where: { active: true, bookableOnline: true },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: { id: true, name: true, durationMinutes: true, priceMinor: true },
      },
    },
  });
  return categories.map((c) => ({ id: c.id, name: c.name, services: c.services.map((s) => ({ ...s, category: c.name })) }));
}

/** One service a client may book online; anything else (unknown, inactive, desk only) is refused. */
export async function loadOnlineService(tx: Tx, serviceId: number): Promise<OnlineService> {
  const service = await tx.service.findUnique({
    where: { id: serviceId },
    select: { id: true, name: true, durationMinutes: true, priceMinor: true, active: true, bookableOnline: true, category: { select: { name: true } } },
  });
  if (!service || !service.active || !service.bookableOnline) {
    throw new DomainError("NOT_FOUND", "That treatment cannot be booked online. Choose one from the list.", "serviceId");
  }
  return { id: service.id, name: service.name, durationMinutes: service.durationMinutes, priceMinor: service.priceMinor, category: service.category.name };
}

/** Staff members whose columns take appointments, in calendar order. */
export async function loadBookableStaff(tx: Tx): Promise<BookableStaff[]> {
  return tx.staff.findMany({
    where: { active: true, takesAppointments: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** The staff a booking may go to: one named member, or everyone ("anyone"). */
export async function staffForChoice(tx: Tx, staffId: number | null): Promise<BookableStaff[]> {
  const all = await loadBookableStaff(tx);
  if (staffId === null) return all;
  const one = all.find((s) => s.id === staffId);
  if (!one) throw new DomainError("NOT_FOUND", "That staff member is not taking online bookings. Choose another or “Anyone”.", "staffId");
  return [one];
}
