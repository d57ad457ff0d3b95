"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createClient } from "@/lib/clients/create-client";
import { updateClient } from "@/lib/clients/update-client";
import { inTransaction } from "@/lib/db";
import { clientDetailsSchema, updateClientSchema } from "./schemas";

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
