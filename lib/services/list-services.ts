import type { Tx } from "@/lib/db";
import { isSqlTrue } from "@/lib/sql-flag";

export type ServiceOption = { id: number; name: string; category: string; durationMinutes: number; priceMinor: number; needsPatchTest: boolean };

type Row = {
  id: number | bigint;
  name: string;
  category: string;
  durationMinutes: number | bigint;
  priceMinor: number | bigint;
  needsPatchTest: number | bigint | boolean;
};

/**
 * Active services grouped by category order, for pickers. Raw: the calendar reads it on every request,
 * and Prisma's relation join and ordering cost four times the query itself.
 */
export async function listActiveServices(tx: Tx): Promise<ServiceOption[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT s."id", s."name", c."name" AS "category", s."durationMinutes", s."priceMinor", s."needsPatchTest"
    FROM "Service" s JOIN "ServiceCategory" c ON c."id" = s."categoryId"
    WHERE s."active"
    ORDER BY c."sortOrder", c."name", s."sortOrder", s."name"`;
  return rows.map((s) => ({
    id: Number(s.id),
    name: s.name,
    category: s.category,
    durationMinutes: Number(s.durationMinutes),
    priceMinor: Number(s.priceMinor),
    needsPatchTest: isSqlTrue(s.needsPatchTest),
  }));
}
