"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createClient } from "@/lib/clients/create-client";
import { clearPossibleDuplicate, mergeClients } from "@/lib/clients/merge-clients";
import { updateClient } from "@/lib/clients/update-client";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { clearDuplicateSchema, mergeClientsSchema, clientDetailsSchema, updateClientSchema } from "./schemas";

/** Adds a client from the Clients page; the page then opens their card. Front desk and managers. */
export const addClientAction = defineAction({ role: "FRONT_DESK", schema: clientDetailsSchema, revalidate: ["/clients"] }, async (input) => {
  const client = await inTransaction((tx) => createClient(tx, input));
  return { id: client.id, name: `${client.firstName} ${client.lastName}` };
});

/** Saves a client's name, contact details and notes. */
export const updateClientAction = defineAction({ role: "FRONT_DESK", schema: updateClientSchema }, async ({ clientId, ...input }) => {
  const client = await inTransaction((tx) => updateClient(tx, clientId, input));
  revalidatePath(`/clients/${clientId}`);
  revalidatePath("/clients");
  return { name: `${client.firstName} ${client.lastName}` };
});

/** Merges a possible duplicate into the right card: everything it held moves there, nothing is deleted. */
export const mergeClientsAction = defineAction({ role: "FRONT_DESK", schema: mergeClientsSchema }, async (input, staff) => {
  const merged = await inTransaction((tx) => mergeClients(tx, input, opContext(staff.id)));
  for (const path of ["/clients", "/calendar"]) revalidatePath(path, "layout");
  return { intoClientId: input.intoClientId, message: `Merged into ${merged.name}'s card.` };
});

/** "Not a duplicate": clears the flag an online booking set. */
export const clearDuplicateAction = defineAction({ role: "FRONT_DESK", schema: clearDuplicateSchema }, async ({ clientId }) => {
  await inTransaction((tx) => clearPossibleDuplicate(tx, clientId));
  revalidatePath(`/clients/${clientId}`);
  revalidatePath("/clients");
  return { message: "Marked as a separate client." };
});
