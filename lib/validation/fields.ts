import { z } from "zod";
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

export const personName = z.string().trim().min(1, "Required.").max(80, "Keep it under 80 characters.");

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

/** Pounds typed by a person ("12.50") → pence. */
export const moneyMinor = z.union([
  z.number().int().min(0).max(100_000_000),
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const m = /^£?(\d{1,7})(?:\.(\d{1,2}))?$/.exec(v.replace(/,/g, ""));
      if (!m) {
        ctx.addIssue({ code: "custom", message: "Enter an amount like 45.00." });
        return z.NEVER;
      }
      return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
    }),
], { error: "Enter an amount like 45.00." });

export const paymentMethod = z.enum(["CASH", "CARD"], { error: "Choose cash or card." });

/** An optional free-text note. */
export const note = z.string().trim().max(1000, "Keep notes under 1000 characters.").optional().default("");
