import { z } from "zod";
import { MAX_TYPED_MINOR, parseMoneyInput } from "@/lib/money";
import { DAY_MINUTES, HOURS_STEP } from "@/lib/settings/hours";
import { isSalonDate } from "@/lib/time";

/** Small field schemas that normalise, shared by forms and server actions. */

export const id = z.coerce.number({ error: "Choose one from the list." }).int().positive("Choose one from the list.");
export const optionalId = z.preprocess((v) => (v === "" || v === undefined ? undefined : v), id.optional());
/** A course line to hold; null turns a course appointment back into a single one. */
export const lineChoice = z.preprocess((v) => (v === "" || v === "none" ? null : v), id.nullable().optional());

export const salonDate = z.string().trim().refine(isSalonDate, "Enter a real date as YYYY-MM-DD.");

/** Minutes after local midnight, on the 5-minute grid. */
export const startMinutes = z.coerce
  .number({ error: "Choose a start time." })
  .int()
  .min(0)
  .max(24 * 60 - 5)
  .refine((m) => m % 5 === 0, "Start times are on a 5-minute grid.");

export const durationMinutes = z.coerce.number({ error: "Enter the length in minutes." }).int().min(5, "At least 5 minutes.").max(12 * 60, "At most 12 hours.");

/**
 * Control characters (tabs, line breaks, NUL…), line/paragraph separators and the bidi overrides,
 * isolates and marks that make a name display differently from how it sorts and searches.
 */
const CONTROL_OR_DIRECTION = /[\p{Cc}\p{Zl}\p{Zp}\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u;
export const NAME_CONTROL_MESSAGE = "Names can't contain control or direction characters.";
export const NAME_LETTER_MESSAGE = "Enter a name with at least one letter.";

/**
 * A name people read (a client, a staff member, a service, a course): trimmed, with at least one
 * letter in any script (O'Brien, Zoë, Anne-Marie, 李 all pass), no control or direction characters.
 */
export function nameField({ blank, max = 80, tooLong = `Keep it under ${max} characters.` }: { blank: string; max?: number; tooLong?: string }) {
  return z
    .string({ error: blank })
    .trim()
    .min(1, blank)
    .max(max, tooLong)
    .refine((v) => !CONTROL_OR_DIRECTION.test(v), NAME_CONTROL_MESSAGE)
    .refine((v) => v === "" || /\p{L}/u.test(v), NAME_LETTER_MESSAGE);
}

export const personName = nameField({ blank: "Required." });

export const reason = z.string().trim().min(3, "Say why (at least 3 characters).").max(500, "Keep the reason under 500 characters.");

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email like name@example.com."));

export const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), email.optional());

/** UK-friendly phone numbers, stored as E.164: "07700 900123" → "+447700900123". */
export function normalisePhone(raw: string): string | null {
  let digits = raw.trim().replace(/[\s\-().]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith("0")) digits = `+44${digits.slice(1)}`;
  else if (!digits.startsWith("+")) digits = `+44${digits}`;
  return /^\+[1-9]\d{7,14}$/.test(digits) ? digits : null;
}

export const phone = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const e164 = normalisePhone(v);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "Enter a phone number like 07700 900123." });
      return z.NEVER;
    }
    return e164;
  });

export const optionalPhone = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), phone.optional());

/** Reads an amount with lib/money.ts parseMoneyInput, the same reader the money boxes use to show what they understood. */
function toMinor(v: string | number, ctx: z.core.$RefinementCtx<string | number>): number {
  if (typeof v === "number") {
    if (Number.isSafeInteger(v) && v >= 0 && v <= MAX_TYPED_MINOR) return v;
    ctx.addIssue({ code: "custom", message: "Enter an amount like 45.00." });
    return z.NEVER;
  }
  const parsed = parseMoneyInput(v);
  if (parsed.ok) return parsed.minor;
  ctx.addIssue({ code: "custom", message: parsed.error });
  return z.NEVER;
}

/** Pounds typed by a person ("1,499.99", "£45") → pence; for a schema that has already checked the text (blank, trimmed). */
export const moneyText = z.string({ error: "Enter an amount like 45.00." }).transform(toMinor);

/** Pounds typed by a person → pence; a number is taken as pence already. */
export const moneyMinor = z.union([z.string(), z.number()], { error: "Enter an amount like 45.00." }).transform(toMinor);

export const paymentMethod = z.enum(["CASH", "CARD"], { error: "Choose cash or card." });

/** An optional free-text note. */
export const note = z.string().trim().max(1000, "Keep notes under 1000 characters.").optional().default("");

/** A form's tick box: on, true or checked. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
export const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A time of day in minutes after midnight, in the 15-minute steps opening hours and rotas use (blank: none). */
export const quarterHourTime = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Choose a time." })
    .int("Choose a time.")
    .min(0, "Choose a time.")
    .max(DAY_MINUTES, "Choose a time.")
    .refine((m) => m % HOURS_STEP === 0, "Times go in 15-minute steps.")
    .optional(),
);
