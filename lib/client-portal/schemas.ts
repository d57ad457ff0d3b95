import { z } from "zod";
import { checkbox, email, id, salonDate } from "@/lib/validation/fields";

/** One schema per input of the client's page, shared by its forms and its server actions. */

export const requestLinkSchema = z.object({ email });

export const signInLinkSchema = z.object({
  token: z.string({ error: "This link is not complete. Please open it again from your email." }).trim().min(1, "This link is not complete. Please open it again from your email.").max(100, "This link is not complete. Please open it again from your email."),
});

/** "any" (whoever is free) or one staff member's id; null means anyone. */
export const sessionStaff = z.union([z.literal("any").transform(() => null), id], { error: "Choose a staff member from the list, or Anyone." });

const instant = z.iso.datetime({ offset: true, error: "Choose a time from the list." }).transform((v) => new Date(v));

export const bookSessionSchema = z.object({
  lineId: id,
  staffId: sessionStaff,
  startsAt: instant,
});

export const cancelMineSchema = z.object({
  appointmentId: id,
  /** The page said the session would be forfeited, and the client confirmed anyway. */
  forfeitAccepted: checkbox,
});

/** Where the client is in booking a session, read from the URL: every step is a link. */
export const sessionStepSchema = z.object({
  line: id.optional().catch(undefined),
  staff: sessionStaff.optional().catch(undefined),
  date: salonDate.optional().catch(undefined),
  from: salonDate.optional().catch(undefined),
  at: instant.optional().catch(undefined),
});
