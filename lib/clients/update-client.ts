import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { clientDetailColumns, contactClash, type NewClient } from "./create-client";
import type { SalonDate } from "@/lib/time";
import { fullName } from "@/lib/clients/display";

/**
 * Changes a client's contact details and notes. An email or phone already on another client card is
 * refused, naming that client, as when adding one.
 */
export async function updateClient(tx: Tx, clientId: number, input: NewClient & { alert?: string; patchTestOn?: string }, today?: SalonDate) {
  const current = await tx.client.findUnique({ where: { id: clientId }, select: { id: true, email: true, phone: true, mergedIntoId: true } });
  if (!current) throw new DomainError("NOT_FOUND", "That client no longer exists.");
  if (current.mergedIntoId) throw new DomainError("INVALID_STATE", "This card was merged into another one; change that card instead.");
  // A card flagged as a possible duplicate may keep the details it shares; only new ones are checked.
  const changed = { email: input.email !== current.email ? input.email : null, phone: input.phone !== current.phone ? input.phone : null };
  const clash = await contactClash(tx, changed, clientId);
  if (clash) {
    const field = input.email && clash.email === input.email ? "email" : "phone";
    throw new DomainError("INVALID_INPUT", `${fullName(clash)} already has that ${field}.`, field);
  }
  if (input.patchTestOn && today && input.patchTestOn > today) throw new DomainError("INVALID_INPUT", "A patch test cannot be dated after today.", "patchTestOn");
  return tx.client.update({
    where: { id: clientId },
    data: {
      ...clientDetailColumns(input),
      // Left out (a form without them): kept as they are.
      ...(input.alert !== undefined && { alert: input.alert }),
      ...(input.patchTestOn !== undefined && { patchTestOn: input.patchTestOn || null }),
    },
    select: { id: true, firstName: true, lastName: true, email: true, phone: true, notes: true, alert: true, patchTestOn: true },
  });
}
