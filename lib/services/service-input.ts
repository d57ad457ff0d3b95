import { z } from "zod";
import { id, moneyText, nameField, optionalId } from "@/lib/validation/fields";
import { parseRate } from "@/lib/till/vat";
import { DURATION_STEP, MAX_DURATION_MINUTES } from "./durations";

/**
 * What a manager types into the service form, checked the same way in the browser and in the server
 * action. Rules that need the database (a unique name within the category) live in save-service.ts.
 */

/** £100,000.00: far above any treatment, low enough to catch a slipped key. */
export const MAX_SERVICE_PRICE_MINOR = 10_000_000;
/** The category select's value for "New category…". */
export const NEW_CATEGORY = "new";

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const duration = z.coerce
  .number({ error: "Choose how long it takes." })
  .int("Choose how long it takes.")
  .min(DURATION_STEP, "A service takes at least 5 minutes.")
  .max(MAX_DURATION_MINUTES, "A service can take at most 12 hours.")
  .refine((m) => m % DURATION_STEP === 0, "Durations go in 5-minute steps.");

const price = z
  .string({ error: "Enter a price, e.g. 45.00." })
  .trim()
  .min(1, "Enter a price, e.g. 45.00 (0 for a free service).")
  .refine((v) => !/^£?\s*[-−–]/.test(v), "The price can't be negative.")
  // Pounds as typed ("45", "£1,200.50") to pence, by the shared money field (lib/money.ts parseMoneyInput).
  .pipe(moneyText)
  .pipe(z.number().max(MAX_SERVICE_PRICE_MINOR, "The price can be at most £100,000.00."));

export const serviceSchema = z
  .object({
    /** Present when editing. */
    serviceId: optionalId,
    name: nameField({ blank: "Give the service a name.", tooLong: "Keep the name under 80 characters." }),
    /** An existing category's id, or NEW_CATEGORY with newCategory typed. */
    category: z.string({ error: "Choose a category." }).trim().min(1, "Choose a category."),
    newCategory: z.string().trim().max(40, "Keep the category under 40 characters.").optional().default(""),
    durationMinutes: duration,
    price,
    bookableOnline: checkbox,
    needsPatchTest: checkbox,
    /** Its own VAT rate in percent; blank = the salon's default. */
    vatRate: z.string().trim().optional(),
    active: checkbox,
    /** "Who does it": the staff taking appointments who do it. Left out (an older form): unchanged; a new service: everyone. */
    staffIds: z
      .array(id, { error: "Tick who does it." })
      .max(1000)
      .transform((ids) => [...new Set(ids)])
      .optional(),
    /** The kind of room or machine it needs; blank = none. Left out (an older form): unchanged. */
    resourceKind: z.preprocess(
      (v) => (v === "" ? null : v),
      z.string({ error: "Choose a kind of room or machine, or none." }).trim().min(1, "Choose a kind of room or machine, or none.").max(40).nullable().optional(),
    ),
  })
  .superRefine((s, ctx) => {
    if (s.category === NEW_CATEGORY && s.newCategory === "") {
      ctx.addIssue({ code: "custom", path: ["newCategory"], message: "Name the new category." });
    }
    if (s.vatRate && parseRate(s.vatRate) === null) {
      ctx.addIssue({ code: "custom", path: ["vatRate"], message: "Enter a VAT rate in percent from 0 to 100, like 20 or 5, or leave it blank for the salon's rate." });
    }
    if (s.category !== NEW_CATEGORY && !/^[1-9]\d*$/.test(s.category)) {
      ctx.addIssue({ code: "custom", path: ["category"], message: "Choose a category." });
    }
  })
  .transform(({ price: priceMinor, category, newCategory, vatRate, ...s }) => ({
    ...s,
    priceMinor,
    vatRateBp: vatRate === undefined ? undefined : vatRate === "" ? null : parseRate(vatRate)!,
    category: category === NEW_CATEGORY ? ({ name: newCategory } as const) : ({ id: Number(category) } as const),
  }));

export type ServiceFormValues = z.input<typeof serviceSchema>;
export type ServiceInput = z.output<typeof serviceSchema>;

export const serviceActiveSchema = z.object({
  serviceId: id,
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});
