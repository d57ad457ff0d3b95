import { z } from "zod";
import { paymentMethod } from "@/lib/validation/fields";

/** One schema per input, used by the purchase form and by the server action. */

export const sellCourseSchema = z.object({
  clientId: z.coerce.number({ error: "Choose the client." }).int().positive("Choose the client."),
  templateId: z.coerce.number({ error: "Choose a course." }).int().positive("Choose a course."),
  paymentMethod,
  /** Made once per form load: a double click or a retry sells once. */
  idempotencyKey: z.string().trim().min(8).max(64).regex(/^[\w-]+$/),
});

export type SellCourseValues = z.input<typeof sellCourseSchema>;
