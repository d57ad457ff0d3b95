import { z } from "zod";
import { confirmEarly } from "@/lib/appointments/schemas";
import { id, moneyMinor, paymentMethod, reason } from "@/lib/validation/fields";

/** One schema per input, used by the checkout and receipt screens and by the server actions (lib/actions/checkout.ts). */

const discount = z.discriminatedUnion(
  "kind",
  [
    z.object({ appointmentId: id.nullable(), kind: z.literal("AMOUNT"), minor: moneyMinor }),
    z.object({
      appointmentId: id.nullable(),
      kind: z.literal("PERCENT"),
      percent: z.number({ error: "Enter a percentage." }).gt(0, "A percentage discount is more than 0.").max(100, "A percentage discount is at most 100."),
    }),
  ],
  { error: "Choose an amount or a percentage off." },
);

export const checkoutSchema = z.object({
  /** The ticked lines. */
  appointmentIds: z.array(id).min(1, "Tick at least one appointment to check out.").max(50),
  /** Ticked singles to redeem from a course line instead of charging. */
  redeem: z.array(z.object({ appointmentId: id, lineId: id }), { error: "Choose which lines to redeem from a course." }).max(50).default([]),
  paymentMethod,
  /** Card and cash together: how much of the total goes on each (both given, or neither). */
  split: z.object({ cardMinor: moneyMinor, cashMinor: moneyMinor }, { error: "Say how much goes on the card and how much in cash." }).optional(),
  /** The cash the client handed over, when change is given. */
  cashReceivedMinor: moneyMinor.optional(),
  /** Discounts: on one charged line (its appointment) or on the whole visit (appointmentId null). */
  discounts: z.array(discount, { error: "Choose the discounts again." }).max(51).default([]),
  discountReason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
  idempotencyKey: z.string().trim().min(8).max(64).regex(/^[\w-]+$/),
  /** The desk confirmed checking out lines that have not started yet. */
  confirmEarly,
}).refine((v) => v.discounts.length === 0 || (v.discountReason ?? "").length >= 3, {
  path: ["discountReason"],
  message: "Say why the discount is given (at least 3 characters).",
});

/** A manager's void of a visit's checkout: the receipt and why. */
export const voidCheckoutSchema = z.object({ saleId: id, reason });
