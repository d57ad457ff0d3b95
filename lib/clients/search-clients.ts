import type { Tx } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { parseClientQuery } from "./search-terms";

export type ClientHit = { id: number; firstName: string; lastName: string; email: string | null; phone: string | null; /** The client's alert ("" when none): the drawer shows it as soon as they are chosen. */ alert: string; patchTestOn: string | null };

/** What a client search (and every other "choose a client" answer) reads of a client. */
export const CLIENT_HIT_SELECT = { id: true, firstName: true, lastName: true, email: true, phone: true, alert: true, patchTestOn: true } as const;

/** The Prisma filter for a desk search; null when there is nothing to search for (under 2 characters). */
export function clientSearchWhere(query: string): Prisma.ClientWhereInput | null {
  const parsed = parseClientQuery(query);
  if (parsed.kind === "none") return null;
  if (parsed.kind === "phone") {
    return { OR: [{ phone: { contains: parsed.national } }, ...(parsed.full ? [{ phone: parsed.full }] : [])] };
  }
  return {
    AND: parsed.words.map((w) => ({ OR: [{ firstName: { contains: w } }, { lastName: { contains: w } }, { email: { startsWith: w.toLowerCase() } }] })),
  };
}

/**
 * Finds clients by part of a name, an email, or a phone number as typed at the desk ("0770 090",
 * "jane d", "jane@"). Every word must match a first name, last name or email.
 */
export async function searchClients(tx: Tx, query: string, limit = 8): Promise<ClientHit[]> {
  const where = clientSearchWhere(query);
  if (!where) return [];
  // A card merged into another is only the record of the merge: searches find the card it went to.
  const find = (w: Prisma.ClientWhereInput) =>
    tx.client.findMany({
      where: { AND: [w, { mergedIntoId: null }] },
      select: CLIENT_HIT_SELECT,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take: limit,
    });
  // A number typed from its start ("07700 9…") is a range on the phone index; only when that finds
  // nobody is every stored number searched for the digits anywhere in it.
  const prefix = phonePrefix(query);
  if (prefix) {
    const hits = await find({ phone: { gte: prefix, lt: `${prefix}\uffff` } });
    if (hits.length > 0) return hits;
  }
  return find(where);
}

/** "07700 90" → "+4477009", "+44 7700" → "+447700": the stored E.164 start of a number typed from its beginning. */
function phonePrefix(query: string): string | null {
  const parsed = parseClientQuery(query);
  if (parsed.kind !== "phone") return null;
  const typed = query.trim().replace(/[\s\-().]/g, "");
  if (typed.startsWith("+")) return typed;
  if (typed.startsWith("00")) return `+${typed.slice(2)}`;
  if (typed.startsWith("0")) return `+44${typed.slice(1)}`;
  return null;
}
