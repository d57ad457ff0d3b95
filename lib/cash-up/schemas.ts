import { z } from "zod";
import { MAX_TYPED_MINOR } from "@/lib/money";
import { moneyText, salonDate } from "@/lib/validation/fields";

/** A cash amount typed at close: pounds and pence, not negative, below the money box's ceiling. */
const cash = (what: string) =>
  z
    .string({ error: `Enter the ${what} like 150.00.` })
    .trim()
    .min(1, `Enter the ${what} like 150.00 (0 if none).`)
    .refine((v) => !/^£?\s*[-−–]/.test(v), `The ${what} can't be negative.`)
    .pipe(moneyText)
    .pipe(z.number().max(MAX_TYPED_MINOR, `That ${what} is too large.`));

/** The cash-up form, checked the same way in the browser and in the action. */
export const cashCountSchema = z.object({
  day: salonDate,
  floatMinor: cash("float"),
  countedMinor: cash("cash counted"),
  note: z.string().trim().max(300, "Keep the note under 300 characters.").optional().default(""),
});
