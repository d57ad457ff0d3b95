import { z } from "zod";
import { id, note, optionalEmail, optionalPhone, personName } from "@/lib/validation/fields";

/** One schema per input, used by the client forms (Clients page, client card, drawer) and by the server actions. */

export const clientSearchSchema = z.object({ q: z.string().trim().max(80, "Search with fewer characters.") });

export const clientDetailsSchema = z
  .object({ firstName: personName, lastName: personName, email: optionalEmail, phone: optionalPhone, notes: note })
  .refine((c) => c.email || c.phone, { message: "Add an email or a phone number so the salon can reach them.", path: ["phone"] });

export const updateClientSchema = z.object({ clientId: id }).and(clientDetailsSchema);

export type ClientDetailsValues = z.input<typeof clientDetailsSchema>;

export const mergeClientsSchema = z.object({ fromClientId: id, intoClientId: id });

export const clearDuplicateSchema = z.object({ clientId: id });
