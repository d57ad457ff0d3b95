"use server";

import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { checkoutSchema, voidCheckoutSchema } from "@/lib/checkout/schemas";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { defineAction } from "./define-action";

/** Takes payment for the ticked lines of a visit (or completes it when nothing is charged). */
export const checkoutAction = defineAction({ role: "FRONT_DESK", schema: checkoutSchema, revalidate: ["/calendar"], write: true }, (input, { tx, op }) =>
  checkoutVisit(tx, input, op),
);

/**
 * Voids a visit's checkout with a reason (managers only): its redemptions and charges are reversed by
 * compensating records dated today, and the visit can be checked out again.
 */
export const voidCheckoutAction = defineAction(
  { role: "MANAGER", schema: voidCheckoutSchema, revalidate: [["/sales", "layout"], ["/checkout", "layout"], ["/calendar", "layout"], ["/clients", "layout"], ["/manager", "layout"]], write: true },
  (input, { tx, op }) => voidCheckout(tx, input, op),
);
