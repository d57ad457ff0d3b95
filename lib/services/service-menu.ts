import type { Tx } from "@/lib/db";

/** One service as Manager → Services shows it. */
export type MenuService = {
  id: number;
  name: string;
  categoryId: number;
  durationMinutes: number;
  priceMinor: number;
  bookableOnline: boolean;
  needsPatchTest: boolean;
  active: boolean;
  /** Course templates on sale that include it: deactivating it matters to them. */
  coursesOnSale: number;
};

export type MenuCategory = { id: number; name: string; services: MenuService[] };

/** Every category with its services (active first, then by the menu's order), for the manager's list. */
export async function loadServiceMenu(tx: Tx): Promise<MenuCategory[]> {
  const categories = await tx.serviceCategory.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      services: {
        orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          categoryId: true,
          durationMinutes: true,
          priceMinor: true,
          bookableOnline: true,
          needsPatchTest: true,
          active: true,
          _count: { select: { templateLines: { where: { template: { active: true } } } } },
        },
      },
    },
  });
  return categories.map((c) => ({
    id: c.id,
    name: c.name,
    services: c.services.map(({ _count, ...s }) => ({ ...s, coursesOnSale: _count.templateLines })),
  }));
}

export type CategoryOption = { id: number; name: string };

export async function listCategories(tx: Tx): Promise<CategoryOption[]> {
  return tx.serviceCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

/** One service for its edit form, with what already points at it (said in the form's notes). */
export async function loadServiceForEdit(tx: Tx, serviceId: number) {
  const service = await tx.service.findUnique({
    where: { id: serviceId },
    select: { id: true, name: true, categoryId: true, durationMinutes: true, priceMinor: true, bookableOnline: true, needsPatchTest: true, vatRateBp: true, active: true },
  });
  if (!service) return null;
  const [coursesSold, appointments] = await Promise.all([
    tx.clientCourseLine.count({ where: { serviceId } }),
    tx.appointment.count({ where: { serviceId } }),
  ]);
  return { ...service, coursesSold, appointments };
}

export type ServiceForEdit = NonNullable<Awaited<ReturnType<typeof loadServiceForEdit>>>;
