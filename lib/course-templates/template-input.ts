import { z } from "zod";
import { moneyText, nameField, optionalId } from "@/lib/validation/fields";

/**
 * What a manager types into the course form, checked the same way in the browser (as they type)
 * and in the server action. Rules that need the database (a unique name, active services) live in
 * save-template.ts.
 */

export const QUANTITY_LIMITS = {
  SESSIONS: { min: 1, max: 100, word: "sessions" },
  MINUTES: { min: 5, max: 6000, word: "minutes" },
} as const;

/** £100,000.00 */
export const MAX_PRICE_MINOR = 10_000_000;
export const MAX_VALIDITY_MONTHS = 60;
export const MAX_LINES = 20;

const serviceChoice = z.coerce.number({ error: "Choose a service." }).int().positive("Choose a service.");

const quantity = z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.");

const lineSchema = z.object({ serviceId: serviceChoice, quantity });

const price = z
  .string({ error: "Enter a price, e.g. 300.00." })
  .trim()
  .min(1, "Enter a price, e.g. 300.00.")
  .refine((v) => !/^£?\s*[-−–]/.test(v), "The price can't be negative.")
  // Pounds as typed ("300", "£1,200.00") to pence, by the shared money field (lib/money.ts parseMoneyInput).
  .pipe(moneyText)
  .pipe(z.number().max(MAX_PRICE_MINOR, "The price can be at most £100,000.00."));

/** Blank means the course never expires. */
const validityMonths = z.preprocess(
  (v) => (v === "" || v === undefined || (typeof v === "string" && v.trim() === "") ? null : v),
  z.coerce
    .number({ error: "Enter a number of months, or leave it blank for no expiry." })
    .int("Whole months only.")
    .min(1, "At least 1 month, or leave it blank for no expiry.")
    .max(MAX_VALIDITY_MONTHS, `At most ${MAX_VALIDITY_MONTHS} months.`)
    .nullable(),
);

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const courseTemplateSchema = z
  .object({
    /** Present when editing. */
    templateId: optionalId,
    name: nameField({ blank: "Give the course a name.", tooLong: "Keep the name under 80 characters." }),
    kind: z.enum(["COURSE", "PACKAGE"], { error: "Choose Course or Package." }),
    unit: z.enum(["SESSIONS", "MINUTES"], { error: "Choose Sessions or Minutes." }),
    lines: z.array(lineSchema, { error: "Add a service." }).max(MAX_LINES, `At most ${MAX_LINES} services in a package.`),
    price,
    validityMonths,
    validityFrom: z.enum(["PURCHASE", "FIRST_USE"], { error: "Choose when the validity starts." }).default("PURCHASE"),
    active: checkbox,
  })
  .superRefine((t, ctx) => {
    if (t.kind === "COURSE" && t.lines.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["lines"],
        message: t.lines.length === 0 ? "Choose the service." : "A course is one service. Remove the extra lines, or choose Package.",
      });
    }
    if (t.kind === "PACKAGE" && t.lines.length < 2) {
      ctx.addIssue({ code: "custom", path: ["lines"], message: "A package has at least two services. Add a service, or choose Course." });
    }
    const limits = QUANTITY_LIMITS[t.unit];
    const seen = new Set<number>();
    t.lines.forEach((line, i) => {
      if (seen.has(line.serviceId)) {
        ctx.addIssue({ code: "custom", path: ["lines", i, "serviceId"], message: "This service is already in the package. Change its quantity instead." });
      }
      seen.add(line.serviceId);
      if (Number.isInteger(line.quantity) && (line.quantity < limits.min || line.quantity > limits.max)) {
        ctx.addIssue({ code: "custom", path: ["lines", i, "quantity"], message: `Between ${limits.min} and ${limits.max} ${limits.word}.` });
      }
    });
  })
  .transform(({ price: priceMinor, ...t }) => ({
    ...t,
    priceMinor,
    // Without a validity there is nothing to count from; keep the stored value plain.
    validityFrom: t.validityMonths ? t.validityFrom : ("PURCHASE" as const),
  }));

/** The form's values as typed (strings), before parsing. */
export type CourseTemplateFormValues = z.input<typeof courseTemplateSchema>;
/** Parsed: whole numbers, pence, normalised. */
export type CourseTemplateInput = z.output<typeof courseTemplateSchema>;

/** zod issues keyed by their full path ("name", "lines", "lines.1.quantity"), first message each. */
export function issuesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}
