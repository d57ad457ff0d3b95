import { z } from "zod";
import { id, note, optionalEmail, optionalPhone, personName, salonDate } from "@/lib/validation/fields";

/** One schema per input, used by the client forms (Clients page, client card, drawer) and by the server actions. */

export const clientSearchSchema = z.object({ q: z.string().trim().max(80, "Search with fewer characters.") });

export const clientDetailsSchema = z
  .object({ firstName: personName, lastName: personName, email: optionalEmail, phone: optionalPhone, notes: note })
  .refine((c) => c.email || c.phone, { message: "Add an email or a phone number so the salon can reach them.", path: ["phone"] });

/** On the card only: what every desk must see (shown on their appointments), and the last patch test. */
export const clientAlertFields = {
  alert: z.string().trim().max(200, "Keep the alert under 200 characters: put the rest in the notes.").optional(),
  patchTestOn: z.union([z.literal(""), salonDate]).optional(),
};

export const updateClientSchema = z.object({ clientId: id, ...clientAlertFields }).and(clientDetailsSchema);

export type ClientDetailsValues = z.input<typeof clientDetailsSchema>;

export const mergeClientsSchema = z.object({ fromClientId: id, intoClientId: id });

export const clearDuplicateSchema = z.object({ clientId: id });
