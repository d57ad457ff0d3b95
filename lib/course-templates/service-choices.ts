import type { Tx } from "@/lib/db";
import { listActiveServices } from "@/lib/services/list-services";
import type { CourseTemplateView } from "./list-templates";

export type ServiceChoice = { id: number; name: string; category: string; durationMinutes: number; priceMinor: number; active: boolean };

/**
 * The services the course form offers: the active menu, plus any retired service the template being
 * edited still uses (shown as such, so the manager sees what to replace).
 */
export async function serviceChoicesFor(tx: Tx, template?: CourseTemplateView | null): Promise<ServiceChoice[]> {
  const active = (await listActiveServices(tx)).map((s) => ({ ...s, active: true }));
  const retiredIds = (template?.lines ?? []).filter((l) => !l.serviceActive).map((l) => l.serviceId);
  if (retiredIds.length === 0) return active;
  const retired = await tx.service.findMany({
    where: { id: { in: retiredIds } },
    select: { id: true, name: true, durationMinutes: true, priceMinor: true, category: { select: { name: true } } },
  });
  return [...active, ...retired.map((s) => ({ id: s.id, name: s.name, category: s.category.name, durationMinutes: s.durationMinutes, priceMinor: s.priceMinor, active: false }))];
}
