"use server";

import { defineAction } from "./define-action";
import { formatMoney } from "@/lib/money";
import { closePeriodSchema } from "@/lib/reports/as-of-input";
import { closeLiabilityPeriod } from "@/lib/reports/closings";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate } from "@/lib/time";

/** A manager closes the course liability through a day that has passed; kept, and later reports start from it. */
export const closeLiabilityPeriodAction = defineAction(
  { role: "MANAGER", schema: closePeriodSchema, write: true, revalidate: ["/manager/reports"] },
  async (input, { tx, op }) => {
    const { timezone, currency } = await getSettings(tx);
    const closing = await closeLiabilityPeriod(tx, input, { ...op, timezone });
    return { message: `Closed through ${formatSalonDate(closing.closedThrough)}: ${formatMoney(closing.totalMinor, currency)} owed on ${closing.courses} client courses.` };
  },
);
