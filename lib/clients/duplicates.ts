import type { Tx } from "@/lib/db";

export type DuplicateCandidate = {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** What the two cards share. */
  shares: ("email" | "phone")[];
  appointments: number;
  courses: number;
};

/** The live cards that share this card's email or phone: where a possible duplicate may belong. */
export async function duplicateCandidates(tx: Tx, client: { id: number; email: string | null; phone: string | null }): Promise<DuplicateCandidate[]> {
  const contacts = [...(client.email ? [{ email: client.email }] : []), ...(client.phone ? [{ phone: client.phone }] : [])];
  if (contacts.length === 0) return [];
  const rows = await tx.client.findMany({
    where: { OR: contacts, id: { not: client.id }, mergedIntoId: null },
    select: { id: true, firstName: true, lastName: true, email: true, phone: true, _count: { select: { appointments: true, clientCourses: true } } },
    orderBy: { id: "asc" },
    take: 10,
  });
  return rows.map(({ _count, ...c }) => ({
    ...c,
    shares: [...(client.email && c.email === client.email ? (["email"] as const) : []), ...(client.phone && c.phone === client.phone ? (["phone"] as const) : [])],
    appointments: _count.appointments,
    courses: _count.clientCourses,
  }));
}

/** Cards made by online bookings that matched someone only partly, for the desk to review (newest first). */
export function possibleDuplicates(tx: Tx, take = 20) {
  return tx.client.findMany({
    where: { possibleDuplicate: true, mergedIntoId: null },
    select: { id: true, firstName: true, lastName: true, email: true, phone: true, createdAt: true },
    orderBy: { id: "desc" },
    take,
  });
}
