import type { Tx } from "@/lib/db";

export type ServiceOption = { id: number; name: string; category: string; durationMinutes: number; priceMinor: number; needsPatchTest: boolean };

/** Active services grouped by category order, for pickers. */
export async function listActiveServices(tx: Tx): Promise<ServiceOption[]> {
  const rows = await tx.service.findMany({
    where: { active: true },
    select: { id: true, name: true, durationMinutes: true, priceMinor: true, needsPatchTest: true, category: { select: { name: true, sortOrder: true } } },
    orderBy: [{ category: { sortOrder: "asc" } }, { category: { name: "asc" } }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map((s) => ({ id: s.id, name: s.name, category: s.category.name, durationMinutes: s.durationMinutes, priceMinor: s.priceMinor, needsPatchTest: s.needsPatchTest }));
}
