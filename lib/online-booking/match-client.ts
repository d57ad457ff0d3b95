import { createClient, contactClash } from "@/lib/clients/create-client";
import type { Tx } from "@/lib/db";

/** What the client typed, already normalised by the form's schema: email lower-cased, phone E.164. */
export type OnlineClientDetails = { firstName: string; lastName: string; email: string; phone: string };

export type OnlineClientMatch = {
  clientId: number;
  /** Email AND phone matched one card: only then may the booking use that client's course. */
  matched: boolean;
  /** Matched, but typed under another name: the name typed, shown to the desk. */
  bookedAsName: string | null;
};

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("en-GB").replace(/\s+/g, " ") === b.trim().toLocaleLowerCase("en-GB").replace(/\s+/g, " ");

/**
 * The client card an online booking belongs to. Anyone can type anything on a public page, so it is
 * an existing card only when both the email and the phone match that same card; otherwise it is a
 * new card, flagged as a possible duplicate when one of them is someone else's, for the desk to merge
 * (lib/clients/merge-clients.ts). An existing card is never changed from the public page.
 */
export async function matchOnlineClient(tx: Tx, details: OnlineClientDetails): Promise<OnlineClientMatch> {
  const exact = await tx.client.findFirst({
    where: { email: details.email, phone: details.phone, mergedIntoId: null },
    select: { id: true, firstName: true, lastName: true },
    orderBy: { id: "asc" },
  });
  if (exact) {
    const typed = `${details.firstName} ${details.lastName}`;
    return { clientId: exact.id, matched: true, bookedAsName: sameName(typed, `${exact.firstName} ${exact.lastName}`) ? null : typed.trim() };
  }
  const partial = await contactClash(tx, details);
  const client = await createClient(tx, details, { possibleDuplicate: partial !== null });
  return { clientId: client.id, matched: false, bookedAsName: null };
}
