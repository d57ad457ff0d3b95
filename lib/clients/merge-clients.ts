import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OpContext } from "@/lib/op-context";
import { fullName } from "./display";

/**
 * Merges a duplicate card into the right one: every appointment, client course and sale moves to it,
 * nothing is deleted. The merged card stays as the record of the merge (who, when) and drops out of
 * searches; contact details the kept card lacks are copied over. Merging twice changes nothing more.
 */
export async function mergeClients(tx: Tx, input: { fromClientId: number; intoClientId: number }, ctx: OpContext) {
  if (input.fromClientId === input.intoClientId) throw new DomainError("INVALID_INPUT", "Choose a different card to merge into.", "intoClientId");
  const [from, into] = await Promise.all(
    [input.fromClientId, input.intoClientId].map((id) =>
      tx.client.findUnique({ where: { id }, select: { id: true, firstName: true, lastName: true, email: true, phone: true, mergedIntoId: true } }),
    ),
  );
  if (!from) throw new DomainError("NOT_FOUND", "That client no longer exists.");
  if (!into) throw new DomainError("NOT_FOUND", "The card to merge into no longer exists.", "intoClientId");
  if (from.mergedIntoId === into.id) return { moved: { appointments: 0, courses: 0, sales: 0 }, name: fullName(into) };
  if (from.mergedIntoId) throw new DomainError("INVALID_STATE", `${fullName(from)}'s card was already merged into another card.`);
  if (into.mergedIntoId) throw new DomainError("INVALID_STATE", `${fullName(into)}'s card was merged into another card; merge into that one.`, "intoClientId");

  const where = { clientId: from.id };
  const [appointments, courses, sales] = await Promise.all([
    tx.appointment.updateMany({ where, data: { clientId: into.id } }),
    tx.clientCourse.updateMany({ where, data: { clientId: into.id } }),
    tx.sale.updateMany({ where, data: { clientId: into.id } }),
  ]);
  await tx.client.update({
    where: { id: into.id },
    data: { email: into.email ?? from.email, phone: into.phone ?? from.phone, possibleDuplicate: false },
  });
  await tx.client.update({
    where: { id: from.id },
    data: { mergedIntoId: into.id, mergedAt: ctx.now, mergedById: ctx.staffId || null, possibleDuplicate: false },
  });
  return { moved: { appointments: appointments.count, courses: courses.count, sales: sales.count }, name: fullName(into) };
}

/** "Not a duplicate": the desk looked and this card is someone else. */
export async function clearPossibleDuplicate(tx: Tx, clientId: number) {
  const client = await tx.client.findUnique({ where: { id: clientId }, select: { id: true } });
  if (!client) throw new DomainError("NOT_FOUND", "That client no longer exists.");
  await tx.client.update({ where: { id: clientId }, data: { possibleDuplicate: false } });
}
