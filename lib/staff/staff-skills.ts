import type { Tx } from "@/lib/db";
import { listActiveServices } from "@/lib/services/list-services";

export type SkillService = { id: number; name: string; durationMinutes: number };
export type SkillCategory = { name: string; services: SkillService[] };

/** "Services they do" on the staff form: the active menu by category, and what they do now (own length or null). */
export type SkillChoices = { categories: SkillCategory[]; current: { serviceId: number; durationMinutes: number | null }[] };

export async function loadSkillChoices(tx: Tx, staffId?: number): Promise<SkillChoices> {
  const [services, current] = await Promise.all([
    listActiveServices(tx),
    staffId ? tx.staffService.findMany({ where: { staffId, service: { active: true } }, select: { serviceId: true, durationMinutes: true } }) : [],
  ]);
  const categories: SkillCategory[] = [];
  for (const s of services) {
    const last = categories[categories.length - 1];
    const service = { id: s.id, name: s.name, durationMinutes: s.durationMinutes };
    if (last?.name === s.category) last.services.push(service);
    else categories.push({ name: s.category, services: [service] });
  }
  return { categories, current };
}
