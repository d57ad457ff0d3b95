import { z } from "zod";
import { id, note, optionalEmail, optionalPhone, personName } from "@/lib/validation/fields";

/** One schema per input, used by the client forms (as staff type) and by the server actions. */

export const clientDetailsSchema = z
  .object({ firstName: personName, lastName: personName, email: optionalEmail, phone: optionalPhone, notes: note })
  .refine((c) => c.email || c.phone, { message: "Add an email or a phone number so the salon can reach them.", path: ["phone"] });

export const updateClientSchema = z.object({ clientId: id }).and(clientDetailsSchema);

export type ClientDetailsValues = z.input<typeof clientDetailsSchema>;

export const mergeClientsSchema = z.object({ fromClientId: id, intoClientId: id });

export const clearDuplicateSchema = z.object({ clientId: id });
