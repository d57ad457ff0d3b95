"use server";

import { createClient } from "@/lib/clients/create-client";
import { clearPossibleDuplicate, mergeClients } from "@/lib/clients/merge-clients";
import { clearDuplicateSchema, clientDetailsSchema, clientSearchSchema, mergeClientsSchema, updateClientSchema } from "@/lib/clients/schemas";
import { searchClients } from "@/lib/clients/search-clients";
import { updateClient } from "@/lib/clients/update-client";
import { defineAction } from "./define-action";
import { fullName } from "@/lib/clients/display";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf } from "@/lib/time";

/** Clients: find, add, change, merge. Front desk and managers. */

export const searchClientsAction = defineAction({ role: "FRONT_DESK", schema: clientSearchSchema }, ({ q }, { tx }) => searchClients(tx, q));

/** Adds a client (the Clients page, or inline in the drawer): the card's id, name and contact details. */
export const addClientAction = defineAction({ role: "FRONT_DESK", schema: clientDetailsSchema, revalidate: ["/clients"], write: true }, async (input, { tx }) => {
  const client = await createClient(tx, input);
  return { ...client, name: fullName(client) };
});

/** Saves a client's name, contact details and notes. */
export const updateClientAction = defineAction(
  { role: "FRONT_DESK", schema: updateClientSchema, revalidate: [["/clients", "layout"]], write: true },
  async ({ clientId, ...input }, { tx, op }) => {
    const { timezone } = await getSettings(tx);
    const client = await updateClient(tx, clientId, input, salonDateOf(op.now, timezone));
    return { name: fullName(client) };
  },
);

/** Merges a possible duplicate into the right card: everything it held moves there, nothing is deleted. */
export const mergeClientsAction = defineAction(
  { role: "FRONT_DESK", schema: mergeClientsSchema, revalidate: [["/clients", "layout"], ["/calendar", "layout"]], write: true },
  async (input, { tx, op }) => {
    const merged = await mergeClients(tx, input, op);
    return { intoClientId: input.intoClientId, message: `Merged into ${merged.name}'s card.` };
  },
);

/** "Not a duplicate": clears the flag an online booking set. */
export const clearDuplicateAction = defineAction({ role: "FRONT_DESK", schema: clearDuplicateSchema, revalidate: [["/clients", "layout"]], write: true }, async ({ clientId }, { tx }) => {
  await clearPossibleDuplicate(tx, clientId);
  return { message: "Marked as a separate client." };
});
