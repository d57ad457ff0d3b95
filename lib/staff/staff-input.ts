import { z } from "zod";
import { MAX_DURATION_MINUTES } from "@/lib/services/durations";
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

/** A staff member's own length for a service goes in 15-minute steps (the calendar's booking grid). */
export const OWN_LENGTH_STEP = 15;

const ownLength = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.coerce
    .number({ error: "Choose their length, or leave it blank for the service's." })
    .int("Choose their length, or leave it blank for the service's.")
    .min(OWN_LENGTH_STEP, "Their length is at least 15 minutes.")
    .max(MAX_DURATION_MINUTES, "Their length can be at most 12 hours.")
    .refine((m) => m % OWN_LENGTH_STEP === 0, "Their length goes in 15-minute steps.")
    .nullable(),
);

/** "Services they do": the ticked services, each with an optional own length. */
const services = z
  .array(z.object({ serviceId: id, durationMinutes: ownLength }), { error: "Tick the services they do." })
  .max(1000)
  .refine((list) => new Set(list.map((s) => s.serviceId)).size === list.length, "Each service is ticked once.");

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
  /** Left out (someone who doesn't take appointments, an older form): their services stay as they are. */
  services: services.optional(),
});

export type StaffFormValues = z.input<typeof staffSchema>;
export type StaffInput = z.output<typeof staffSchema>;

export const staffActiveSchema = z.object({
  staffId: id,
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});
