import { z } from "zod";
import { courseTemplateSchema } from "@/lib/course-templates/template-input";
import { id } from "@/lib/validation/fields";

/** One schema per input, used by the course form (as the manager types) and by the server actions. */

export { courseTemplateSchema };

export const templateActiveSchema = z.object({
  templateId: id,
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});
