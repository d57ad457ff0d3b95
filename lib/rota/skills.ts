import type { Tx } from "@/lib/db";

/** The length to book when none is given: the stylist's own for the service, else the service's. */
export async function staffMinutesFor(tx: Tx, staffId: number, service: { id: number; durationMinutes: number }): Promise<number> {
  const row = await tx.staffService.findUnique({ where: { staffId_serviceId: { staffId, serviceId: service.id } }, select: { durationMinutes: true } });
  return row?.durationMinutes ?? service.durationMinutes;
}

/** Names of the staff taking appointments who do a service, in the calendar's order. */
export async function whoDoes(tx: Tx, serviceId: number): Promise<string[]> {
  const rows = await tx.staff.findMany({
    where: { active: true, takesAppointments: true, services: { some: { serviceId } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { name: true },
  });
  return rows.map((r) => r.name);
}

/** "Grace Bennett", "Grace Bennett or Priya Shah", "A, B or C". */
export function orList(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}
