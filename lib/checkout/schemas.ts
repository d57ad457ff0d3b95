import { z } from "zod";
import { confirmEarly } from "@/lib/appointments/schemas";
import { id, paymentMethod, reason } from "@/lib/validation/fields";

/** One schema per input, used by the checkout and receipt screens and by the server actions (lib/actions/checkout.ts). */

export const checkoutSchema = z.object({
  /** The ticked lines. */
  appointmentIds: z.array(id).min(1, "Tick at least one appointment to check out.").max(50),
  /** Ticked singles to redeem from a course line instead of charging. */
  redeem: z.array(z.object({ appointmentId: id, lineId: id }), { error: "Choose which lines to redeem from a course." }).max(50).default([]),
  paymentMethod,
  idempotencyKey: z.string().trim().min(8).max(64).regex(/^[\w-]+$/),
  /** The desk confirmed checking out lines that have not started yet. */
  confirmEarly,
});

/** A manager's void of a visit's checkout: the receipt and why. */
export const voidCheckoutSchema = z.object({ saleId: id, reason });
