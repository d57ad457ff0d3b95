import { createClient } from "@/lib/clients/create-client";
import type { Tx } from "@/lib/db";

/** What the client typed, already normalised by the form's schema: email lower-cased, phone E.164. */
export type OnlineClientDetails = { firstName: string; lastName: string; email: string; phone: string };

/**
 * The client card an online booking belongs to: the one with this email and phone, else this email,
 * else this phone (the oldest card if several), or a new card. An existing card is never changed
 * from the public page: anyone can type anything there.
 */
export async function matchOrCreateClient(tx: Tx, details: OnlineClientDetails): Promise<{ id: number; created: boolean }> {
  const candidates = await tx.client.findMany({
    where: { OR: [{ email: details.email }, { phone: details.phone }] },
    select: { id: true, email: true, phone: true },
    orderBy: { id: "asc" },
    take: 20,
  });
  const score = (c: { email: string | null; phone: string | null }) => (c.email === details.email ? 2 : 0) + (c.phone === details.phone ? 1 : 0);
  const best = candidates.reduce<(typeof candidates)[number] | null>((top, c) => (!top || score(c) > score(top) ? c : top), null);
  if (best) return { id: best.id, created: false };
  const client = await createClient(tx, details);
  return { id: client.id, created: true };
}
