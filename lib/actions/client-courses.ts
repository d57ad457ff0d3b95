"use server";

import { adjustRemainingSchema, extendExpirySchema, refundCourseSchema, transferCourseSchema, waiveForfeitSchema } from "@/lib/courses/schemas";
import { waiveForfeit } from "@/lib/courses/waive-forfeit";
import { fullName } from "@/lib/clients/display";
import { adjustRemaining, extendExpiry } from "@/lib/courses/manage-course";
import { refundCourse } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { DomainError, isDomainError } from "@/lib/errors";
import { formatSalonDate } from "@/lib/time";
import { defineAction } from "./define-action";

/** A manager's changes to a client's course, each with a reason kept in its history. Managers only. */

// A change shows on the list, the course's page, the client cards and the calendar (refunds free
// or cancel appointments), so every page under these is refreshed.
const REFRESH: [string, "layout"][] = [
  ["/manager/client-courses", "layout"],
  ["/clients", "layout"],
  ["/calendar", "layout"],
];
const options = { role: "MANAGER", revalidate: REFRESH, write: true } as const;

/** Sets what is left on a line; never below what is booked. */
export const adjustRemainingAction = defineAction({ ...options, schema: adjustRemainingSchema }, async (input, { tx, op }) => {
  await adjustRemaining(tx, input, op);
  return { message: `Remaining changed to ${input.remaining}. The change is in the history.` };
});

export const extendExpiryAction = defineAction({ ...options, schema: extendExpirySchema }, async (input, { tx, op }) => {
  await extendExpiry(tx, input, op);
  return { message: `Expiry extended to ${formatSalonDate(input.expiresOn)}.` };
});

/** Moves what is left to another client as a new course; booked sessions stay. */
export const transferCourseAction = defineAction({ ...options, schema: transferCourseSchema }, async (input, { tx, op }) => {
  const course = await transferCourse(tx, input, op);
  const client = await tx.client.findUniqueOrThrow({ where: { id: input.toClientId }, select: { firstName: true, lastName: true } });
  return { newCourseId: course.id, message: `What was left is now ${fullName(client)}’s course.` };
});

/**
 * Refunds a course: booked sessions made single or cancelled, then a negative sale dated today. More
 * than the unused value is refused without aboveUnusedReason (a refusal at that field).
 */
export const refundCourseAction = defineAction({ ...options, schema: refundCourseSchema }, async ({ amount, ...input }, { tx, op }) => {
  const { saleId } = await refundCourse(tx, { ...input, amountMinor: amount }, op).catch((error: unknown) => {
    // The form's field is "amount" (pounds as typed); the operation names it amountMinor.
    if (isDomainError(error) && error.field === "amountMinor") throw new DomainError(error.code, error.message, "amount");
    throw error;
  });
  return { saleId, message: "Refunded. The refund counts in today’s sales." };
});

/** Waives a forfeited session with a reason: it comes back to the course as free; the forfeit stays in the history. */
export const waiveForfeitAction = defineAction({ ...options, schema: waiveForfeitSchema }, async (input, { tx, op }) => {
  const { waived } = await waiveForfeit(tx, input, op);
  return { message: waived ? "Forfeit waived: the session is back on the course. The waiver is in the history." : "That forfeit was already waived." };
});
