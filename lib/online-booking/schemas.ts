import { z } from "zod";
import { email, id, personName, phone, salonDate } from "@/lib/validation/fields";

/** One schema per input, shared by the public pages' forms and their server actions. */

/** "any" (the first free staff member) or one staff member's id; null means anyone. */
export const staffChoice = z.union([z.literal("any").transform(() => null), id]);

const instant = z.iso
  .datetime({ offset: true, error: "Choose a time from the list." })
  .transform((v) => new Date(v));

/** Who is booking: asked of every client, normalised so they match their client card. */
export const clientDetailsSchema = z.object({
  firstName: personName,
  lastName: personName,
  email,
  phone,
});

export const onlineBookingSchema = clientDetailsSchema.extend({
  serviceId: id,
  staffId: staffChoice,
  startsAt: instant,
});

export const cancelBookingSchema = z.object({ token: z.string().trim().min(1).max(100) });

/** The wizard's place, read from the URL: every step is a link, so Back and reload just work. */
export const bookingStepSchema = z.object({
  service: id.optional().catch(undefined),
  staff: staffChoice.optional().catch(undefined),
  date: salonDate.optional().catch(undefined),
  from: salonDate.optional().catch(undefined),
  at: instant.optional().catch(undefined),
});
