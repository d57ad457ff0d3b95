import { z } from "zod";
import { parseRate } from "@/lib/till/vat";
import { blankToUndefined, checkbox, quarterHourTime } from "@/lib/validation/fields";
import { DAY_MINUTES } from "./hours";

/**
 * What a manager types into Salon settings, checked the same way in the browser and in the action.
 * Currency and timezone are not here: they are fixed at set-up (see the page for why).
 */

export const MAX_LATE_CANCEL_HOURS = 168;
export const MAX_BOOKING_HORIZON_DAYS = 365;
/** A week: a reminder sent earlier than that is forgotten before the day. */
export const MAX_REMINDER_HOURS = 168;
export const REMINDER_HOURS_MESSAGE = `Enter whole hours from 0 to ${MAX_REMINDER_HOURS} (0 sends no reminders).`;

export const VAT_RATE_MESSAGE = "Enter a VAT rate in percent from 0 to 100, like 20 or 5.";

const time = quarterHourTime;

/** One weekday: open or closed, and when. Index in the list = weekday (0 = Sunday). */
const day = z.object({ open: checkbox, opensAtMin: time, closesAtMin: time });

const policy = (what: string) => z.enum(["RETURN", "FORFEIT"], { error: `Choose what happens to a course session after ${what}.` });

/** A blank box is a missing number (coercion would read "" as 0). */
const blankToNaN = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? Number.NaN : v);

const wholeNumber = (message: string, min: number, max: number) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

export const salonSettingsSchema = z
  .object({
    name: z.string({ error: "Give the salon a name." }).trim().min(1, "Give the salon a name.").max(80, "Keep the name under 80 characters."),
    // On receipts under the name. Left out (an older form): kept as they are.
    address: z.string().trim().max(200, "Keep the address under 200 characters.").optional(),
    phone: z.string().trim().max(30, "Keep the phone number under 30 characters.").optional(),
    lateCancelHours: z.preprocess(blankToUndefined, wholeNumber(`Enter whole hours from 0 to ${MAX_LATE_CANCEL_HOURS}.`, 0, MAX_LATE_CANCEL_HOURS)),
    lateCancelPolicy: policy("a late cancellation"),
    noShowPolicy: policy("a no-show"),
    bookingHorizonDays: z.preprocess(blankToUndefined, wholeNumber(`Enter whole days from 1 to ${MAX_BOOKING_HORIZON_DAYS}.`, 1, MAX_BOOKING_HORIZON_DAYS)),
    // Left out (an older form): kept as it is.
    patchTestValidMonths: z.preprocess(blankToUndefined, wholeNumber("Enter whole months from 1 to 24.", 1, 24).optional()),
    // Left out (an older form): kept as it is. Left blank: refused, not taken as 0 (off is typed on purpose).
    reminderHours: z.preprocess(blankToNaN, wholeNumber(REMINDER_HOURS_MESSAGE, 0, MAX_REMINDER_HOURS).optional()),
    // Left out (an older form): VAT stays as it is.
    vatRegistered: checkbox.optional(),
    vatRate: z.string().trim().optional(),
    vatNumber: z.string().trim().max(20, "Keep the VAT number under 20 characters.").optional(),
    hours: z.array(day).length(7, "Give the hours of all seven days."),
  })
  .superRefine((s, ctx) => {
    if (s.vatRate !== undefined && parseRate(s.vatRate) === null) ctx.addIssue({ code: "custom", path: ["vatRate"], message: VAT_RATE_MESSAGE });
    s.hours.forEach((d, weekday) => {
      if (!d.open) return;
      if (d.opensAtMin === undefined) ctx.addIssue({ code: "custom", path: ["hours", weekday, "opensAtMin"], message: "Choose when it opens." });
      if (d.closesAtMin === undefined) ctx.addIssue({ code: "custom", path: ["hours", weekday, "closesAtMin"], message: "Choose when it closes." });
      if (d.opensAtMin !== undefined && d.closesAtMin !== undefined && d.closesAtMin <= d.opensAtMin) {
        ctx.addIssue({ code: "custom", path: ["hours", weekday, "closesAtMin"], message: "Closing time must be after opening time." });
      }
      if (d.opensAtMin === DAY_MINUTES) ctx.addIssue({ code: "custom", path: ["hours", weekday, "opensAtMin"], message: "Choose when it opens." });
    });
  })
  .transform(({ hours, vatRate, ...s }) => ({
    ...s,
    ...(vatRate !== undefined ? { vatRateBp: parseRate(vatRate)! } : {}),
    hours: hours.map((d) => (d.open ? { opensAtMin: d.opensAtMin!, closesAtMin: d.closesAtMin! } : null)),
  }));

export type SalonSettingsFormValues = z.input<typeof salonSettingsSchema>;
export type SalonSettingsInput = z.output<typeof salonSettingsSchema>;
