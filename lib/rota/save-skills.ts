import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * Who does which service (StaffService rows), from either side: a staff member's "Services they do"
 * and a service's "Who does it". Each form shows only what is current (active services; active staff
 * who take appointments), so each save replaces only those rows: a deactivated service or staff
 * member keeps their pairing for the day they come back.
 */

/** A service a staff member does, with their own length for it (null = the service's). */
export type Skill = { serviceId: number; durationMinutes: number | null };

export async function saveStaffServices(tx: Tx, staffId: number, skills: Skill[]): Promise<void> {
  const ids = skills.map((s) => s.serviceId);
  const onMenu = await tx.service.count({ where: { id: { in: ids }, active: true } });
  if (onMenu !== new Set(ids).size) {
    throw new DomainError("INVALID_INPUT", "A service you ticked is no longer on the menu. Reload the page and tick their services again.", "services");
  }
  await tx.staffService.deleteMany({ where: { staffId, service: { active: true } } });
  if (skills.length > 0) await tx.staffService.createMany({ data: skills.map((s) => ({ staffId, serviceId: s.serviceId, durationMinutes: s.durationMinutes })) });
}

/** The service's "Who does it": those ticked do it (keeping their own lengths), the others no longer. */
export async function saveServiceStaff(tx: Tx, serviceId: number, staffIds: number[]): Promise<void> {
  const bookable = { active: true, takesAppointments: true };
  const found = await tx.staff.count({ where: { id: { in: staffIds }, ...bookable } });
  if (found !== new Set(staffIds).size) {
    throw new DomainError("INVALID_INPUT", "Someone you ticked no longer takes appointments. Reload the page and tick again.", "staffIds");
  }
  await tx.staffService.deleteMany({ where: { serviceId, staffId: { notIn: staffIds }, staff: bookable } });
  const already = await tx.staffService.findMany({ where: { serviceId, staffId: { in: staffIds } }, select: { staffId: true } });
  const have = new Set(already.map((r) => r.staffId));
  const added = [...new Set(staffIds)].filter((id) => !have.has(id));
  if (added.length > 0) await tx.staffService.createMany({ data: added.map((staffId) => ({ staffId, serviceId })) });
}
