import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { fullName } from "@/lib/clients/display";
import { CLIENT_HIT_SELECT } from "./search-clients";

export type NewClient = { firstName: string; lastName: string; email?: string; phone?: string; notes?: string };

/** A live card (not merged into another) that already has one of these contact details. */
export function contactClash(tx: Tx, input: { email?: string | null; phone?: string | null }, exceptId?: number) {
  const contacts = [...(input.email ? [{ email: input.email }] : []), ...(input.phone ? [{ phone: input.phone }] : [])];
  if (contacts.length === 0) return Promise.resolve(null);
  return tx.client.findFirst({
    where: { OR: contacts, mergedIntoId: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: CLIENT_HIT_SELECT,
    orderBy: { id: "asc" },
  });
}

/**
 * Adds a client; an email or phone already on another client card is refused, naming that client.
 * Online booking passes `possibleDuplicate` instead: a stranger who typed someone's phone gets a card
 * of their own, flagged for the desk to merge or clear (lib/clients/merge-clients.ts).
 */
/** A client's name, contact details and notes as stored: blanks become null (contacts) or "" (notes). */
export function clientDetailColumns(input: NewClient) {
  return { firstName: input.firstName, lastName: input.lastName, email: input.email ?? null, phone: input.phone ?? null, notes: input.notes ?? "" };
}

export async function createClient(tx: Tx, input: NewClient, options: { possibleDuplicate?: boolean } = {}) {
  if (!options.possibleDuplicate) {
    const clash = await contactClash(tx, input);
    if (clash) {
      const field = input.email && clash.email === input.email ? "email" : "phone";
      throw new DomainError("INVALID_INPUT", `${fullName(clash)} already has that ${field}. Search for them instead.`, field);
    }
  }
  return tx.client.create({
    data: { ...clientDetailColumns(input), possibleDuplicate: options.possibleDuplicate ?? false },
    select: CLIENT_HIT_SELECT,
  });
}
