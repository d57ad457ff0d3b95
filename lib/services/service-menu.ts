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
  /** The kind of room or machine it needs, if any. */
  resourceKind: string | null;
  /** Active staff taking appointments who do it: none means nobody can be booked for it. */
  staffCount: number;
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
          resourceKind: true,
          _count: { select: { templateLines: { where: { template: { active: true } } }, staff: { where: { staff: { active: true, takesAppointments: true } } } } },
        },
      },
    },
  });
  return categories.map((c) => ({
    id: c.id,
    name: c.name,
    services: c.services.map(({ _count, ...s }) => ({ ...s, coursesOnSale: _count.templateLines, staffCount: _count.staff })),
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
    select: {
      id: true,
      name: true,
      categoryId: true,
      durationMinutes: true,
      priceMinor: true,
      bookableOnline: true,
      needsPatchTest: true,
      vatRateBp: true,
      active: true,
      resourceKind: true,
      staff: { where: { staff: { active: true, takesAppointments: true } }, select: { staffId: true } },
    },
  });
  if (!service) return null;
  const [coursesSold, appointments] = await Promise.all([
    tx.clientCourseLine.count({ where: { serviceId } }),
    tx.appointment.count({ where: { serviceId } }),
  ]);
  const { staff, ...rest } = service;
  return { ...rest, staffIds: staff.map((s) => s.staffId), coursesSold, appointments };
}

export type ServiceForEdit = NonNullable<Awaited<ReturnType<typeof loadServiceForEdit>>>;

export type ServiceFormChoices = {
  /** Active staff taking appointments, in the calendar's order: "Who does it". */
  staff: { id: number; name: string; color: string }[];
  /** The kinds of room or machine that exist: "Needs a room or machine". */
  kinds: string[];
};

export async function loadServiceFormChoices(tx: Tx): Promise<ServiceFormChoices> {
  const [staff, kinds] = await Promise.all([
    tx.staff.findMany({ where: { active: true, takesAppointments: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, color: true } }),
    tx.resource.findMany({ distinct: ["kind"], orderBy: { kind: "asc" }, select: { kind: true } }),
  ]);
  return { staff, kinds: kinds.map((k) => k.kind) };
}
