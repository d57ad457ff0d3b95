"use server";

import { defineAction } from "./define-action";
import { countCash } from "@/lib/cash-up/count-cash";
import { cashCountSchema } from "@/lib/cash-up/schemas";

/** Records a day's cash count (a recount adds a row). Managers only, like the rest of Reports. */
export const countCashAction = defineAction(
  { role: "MANAGER", schema: cashCountSchema, revalidate: ["/manager/reports/takings"], write: true },
  (input, { tx, op }) => countCash(tx, input, op),
);
