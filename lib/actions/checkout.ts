"use server";

import { checkoutSchema } from "@/lib/appointments/schemas";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { defineAction } from "./define-action";

/** Takes payment for the ticked lines of a visit (or completes it when nothing is charged). */
export const checkoutAction = defineAction({ role: "FRONT_DESK", schema: checkoutSchema, revalidate: ["/calendar"], write: true }, (input, { tx, op }) =>
  checkoutVisit(tx, input, op),
);
