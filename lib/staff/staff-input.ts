import { z } from "zod";
import { optionalEmail, optionalId, personName, id } from "@/lib/validation/fields";

/** What a manager types into the staff form; rules that need the database live in save-staff.ts. */

export const MIN_PASSWORD_LENGTH = 10;

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Blank means "keep the current password" (or none yet). */
const newPassword = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? undefined : v),
  z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "Keep the password under 200 characters.")
    .refine((v) => v.trim().length === v.length, "The password can't start or end with a space.")
    .optional(),
);

export const staffRole = z.enum(["FRONT_DESK", "MANAGER"], { error: "Choose front desk or manager." });

export const staffSchema = z.object({
  /** Present when editing. */
  staffId: optionalId,
  name: personName,
  /** Normalised to lower case; blank for someone who never signs in. */
  email: optionalEmail,
  role: staffRole,
  color: z
    .string({ error: "Choose a calendar colour." })
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, "Choose a calendar colour."),
  takesAppointments: checkbox,
  active: checkbox,
  password: newPassword,
});

export type StaffFormValues = z.input<typeof staffSchema>;
export type StaffInput = z.output<typeof staffSchema>;

export const staffActiveSchema = z.object({
  staffId: id,
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});
