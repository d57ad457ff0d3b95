import { z } from "zod";
import { durationMinutes, id, lineChoice, note, optionalId, salonDate, startMinutes } from "@/lib/validation/fields";

/** One schema per input, used by the drawer's forms and by the server actions (lib/actions/appointments.ts). */

export const drawerCoursesSchema = z.object({ clientId: id, date: salonDate, appointmentId: optionalId });

export const appointmentIdSchema = z.object({ appointmentId: id });

/** The drawer's lengths per stylist and rooms: nothing to ask. */
export const drawerOptionsSchema = z.object({});

/** The desk's answer to a warning (outside the stylist's hours, in the past): book it anyway. */
const bookAnyway = z.boolean({ error: "Answer “Book anyway” with yes or no." }).optional();

export const bookSchema = z
  .object({
    clientId: id,
    staffId: id,
    date: salonDate,
    startMin: startMinutes,
    serviceId: optionalId,
    clientCourseLineId: optionalId,
    durationMin: durationMinutes.optional(),
    notes: note,
    bookAnyway,
    resourceId: optionalId,
  })
  .refine((b) => b.serviceId || b.clientCourseLineId, { message: "Choose a service or a green course circle.", path: ["serviceId"] });

export const changeSchema = z
  .object({
    appointmentId: id,
    staffId: optionalId,
    /** A move sends the day and the time together. */
    date: salonDate.optional(),
    startMin: startMinutes.optional(),
    serviceId: optionalId,
    durationMin: durationMinutes.optional(),
    /** A line converts it; null turns it back into a single; absent leaves it. */
    clientCourseLineId: lineChoice,
    notes: z.string().trim().max(1000, "Keep notes under 1000 characters.").optional(),
    bookAnyway,
    resourceId: optionalId,
  })
  .refine((c) => (c.date === undefined) === (c.startMin === undefined), { message: "Choose the day and the start time together.", path: ["startMin"] });

export const confirmEarly = z.boolean({ error: "Confirm checking in or out early with yes or no." }).optional();

export const checkInSchema = z.object({
  appointmentId: id,
  /** The desk confirmed checking in well before the start. */
  confirmEarly,
  /** The prompt's answer: redeem from this line, or check in as a single. Absent: ask first. */
  redeemFromLineId: optionalId,
  asSingle: z.coerce.boolean().optional(),
});

export const cancelSchema = z.object({
  appointmentId: id,
  kind: z.enum(["CANCEL", "NO_SHOW"]),
  /** Who caused it: a salon-caused cancellation never forfeits and is never late. */
  cause: z.enum(["CLIENT", "SALON"], { error: "Choose who cancelled: the client or the salon." }).default("CLIENT"),
  note: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
});
