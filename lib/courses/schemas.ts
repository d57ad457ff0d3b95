import { z } from "zod";
import { id, moneyMinor, paymentMethod, reason, salonDate } from "@/lib/validation/fields";

/** One schema per input, used by the manager's dialogs (as they type) and by the server actions. */

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const adjustRemainingSchema = z.object({
  clientCourseLineId: id,
  remaining: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter how many are left." }).int("Enter a whole number.").min(0, "It can't be negative.").max(100_000, "That is too many."),
  ),
  reason,
});

/** A manager's waiver of a forfeited session: which one and why. */
export const waiveForfeitSchema = z.object({ redemptionId: id, reason });

export const extendExpirySchema = z.object({ clientCourseId: id, expiresOn: salonDate, reason });

export const transferCourseSchema = z.object({
  clientCourseId: id,
  toClientId: z.preprocess(blankToUndefined, z.coerce.number({ error: "Choose the client to transfer to." }).int().positive("Choose the client to transfer to.")),
  reason,
});

export const refundCourseSchema = z.object({
  clientCourseId: id,
  /** Pounds as typed ("120.50") or pence. */
  amount: z.preprocess((v) => v ?? "", moneyMinor),
  paymentMethod,
  reason,
  /** Required (by the refund itself, which knows the unused value) when the amount is above the unused value. */
  aboveUnusedReason: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string({ error: "Say why you are refunding more than the unused value." })
      .trim()
      .min(3, "Say why you are refunding more (at least 3 characters).")
      .max(500, "Keep it under 500 characters.")
      .optional(),
  ),
  booked: z.array(z.object({ appointmentId: id, action: z.enum(["SINGLE", "CANCEL"], { error: "Choose make single or cancel." }) })).default([]),
});

export type AdjustRemainingValues = z.input<typeof adjustRemainingSchema>;
export type RefundCourseValues = z.input<typeof refundCourseSchema>;
