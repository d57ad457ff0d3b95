import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export type NewClient = { firstName: string; lastName: string; email?: string; phone?: string; notes?: string };

/** Adds a client; an email or phone already on another client card is refused, naming that client. */
export async function createClient(tx: Tx, input: NewClient) {
  const clash = await tx.client.findFirst({
    where: { OR: [...(input.email ? [{ email: input.email }] : []), ...(input.phone ? [{ phone: input.phone }] : [])] },
    select: { firstName: true, lastName: true, email: true },
  });
  if (clash && (input.email || input.phone)) {
    const field = input.email && clash.email === input.email ? "email" : "phone";
    throw new DomainError("INVALID_INPUT", `${clash.firstName} ${clash.lastName} already has that ${field}. Search for them instead.`, field);
  }
  return tx.client.create({
    data: { firstName: input.firstName, lastName: input.lastName, email: input.email ?? null, phone: input.phone ?? null, notes: input.notes ?? "" },
    select: { id: true, firstName: true, lastName: true, email: true, phone: true },
  });
}
