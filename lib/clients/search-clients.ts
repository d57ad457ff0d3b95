import type { Tx } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { normalisePhone } from "@/lib/validation/fields";

export type ClientHit = { id: number; firstName: string; lastName: string; email: string | null; phone: string | null };

/**
 * Finds clients by part of a name, an email, or a phone number as typed at the desk ("0770 090",
 * "jane d", "jane@"). Every word must match a first name, last name or email.
 */
export async function searchClients(tx: Tx, query: string, limit = 8): Promise<ClientHit[]> {
  const q = query.trim().slice(0, 80);
  if (q.length < 2) return [];
  const digits = q.replace(/[\s\-().+]/g, "");
  let where: Prisma.ClientWhereInput;
  if (/^\d{3,}$/.test(digits)) {
    // "07700 900123" is stored as "+447700900123": match the part after the trunk 0 too.
    const national = digits.startsWith("0") ? digits.slice(1) : digits;
    const full = normalisePhone(q);
    where = { OR: [{ phone: { contains: national } }, ...(full ? [{ phone: full }] : [])] };
  } else {
    const words = q.split(/\s+/).filter(Boolean).slice(0, 4);
    where = {
      AND: words.map((w) => ({ OR: [{ firstName: { contains: w } }, { lastName: { contains: w } }, { email: { startsWith: w.toLowerCase() } }] })),
    };
  }
  return tx.client.findMany({
    where,
    select: { id: true, firstName: true, lastName: true, email: true, phone: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: limit,
  });
}
