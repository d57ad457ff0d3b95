import { z } from "zod";
import { id, nameField, optionalId } from "@/lib/validation/fields";

/** What a manager types for a room or machine; the unique name and the kind's spelling are checked in save-resource.ts. */
export const resourceSchema = z.object({
  /** Present when editing. */
  resourceId: optionalId,
  name: nameField({ blank: "Give it a name, e.g. “Treatment room 1”.", max: 60, tooLong: "Keep the name under 60 characters." }),
  kind: nameField({ blank: "Say what kind it is, e.g. “Treatment room” or “Laser”.", max: 40, tooLong: "Keep the kind under 40 characters." }),
});

export type ResourceFormValues = z.input<typeof resourceSchema>;
export type ResourceInput = z.output<typeof resourceSchema>;

export const resourceActiveSchema = z.object({
  resourceId: id,
  // Only a clear yes or no: a missing or garbled value is refused, never read as "deactivate".
  active: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "Say whether the room is in use: true or false." }),
});
