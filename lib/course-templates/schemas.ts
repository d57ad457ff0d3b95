import { z } from "zod";
import { id, paymentMethod } from "@/lib/validation/fields";

/** One schema per input, used by the course and purchase forms and by the server actions. */

export const templateActiveSchema = z.object({
  templateId: id,
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});

export const sellCourseSchema = z.object({
  clientId: z.coerce.number({ error: "Choose the client." }).int().positive("Choose the client."),
  templateId: z.coerce.number({ error: "Choose a course." }).int().positive("Choose a course."),
  paymentMethod,
  /** Made once per form load: a double click or a retry sells once. */
  idempotencyKey: z.string().trim().min(8).max(64).regex(/^[\w-]+$/),
});

export type SellCourseValues = z.input<typeof sellCourseSchema>;
