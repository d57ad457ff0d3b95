"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { adjustRemaining, extendExpiry } from "@/lib/courses/manage-course";
import { refundCourse } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { DomainError, isDomainError } from "@/lib/errors";
import { opContext } from "@/lib/op-context";
import { formatSalonDate } from "@/lib/time";
import { adjustRemainingSchema, extendExpirySchema, refundCourseSchema, transferCourseSchema } from "./schemas";

// A change shows on the list, the course's page, the client cards and the calendar (refunds free
// or cancel appointments), so every page under these is refreshed.
function refresh() {
  for (const path of ["/manager/client-courses", "/clients", "/calendar"]) revalidatePath(path, "layout");
}

/** Sets what is left on a line; never below what is booked. Managers only. */
export const adjustRemainingAction = defineAction({ role: "MANAGER", schema: adjustRemainingSchema }, async (input, staff) => {
  await inTransaction((tx) => adjustRemaining(tx, input, opContext(staff.id)));
  refresh();
  return { message: `Remaining changed to ${input.remaining}. The change is in the history.` };
});

export const extendExpiryAction = defineAction({ role: "MANAGER", schema: extendExpirySchema }, async (input, staff) => {
  await inTransaction((tx) => extendExpiry(tx, input, opContext(staff.id)));
  refresh();
  return { message: `Expiry extended to ${formatSalonDate(input.expiresOn)}.` };
});

/** Moves what is left to another client as a new course; booked sessions stay. */
export const transferCourseAction = defineAction({ role: "MANAGER", schema: transferCourseSchema }, async (input, staff) => {
  const created = await inTransaction(async (tx) => {
    const course = await transferCourse(tx, input, opContext(staff.id));
    const client = await tx.client.findUniqueOrThrow({ where: { id: input.toClientId }, select: { firstName: true, lastName: true } });
    return { id: course.id, clientName: `${client.firstName} ${client.lastName}` };
  });
  refresh();
  return { newCourseId: created.id, message: `What was left is now ${created.clientName}’s course.` };
});

/**
 * Refunds a course: booked sessions made single or cancelled, then a negative sale dated today. More
 * than the unused value is refused without aboveUnusedReason (a refusal at that field).
 */
export const refundCourseAction = defineAction({ role: "MANAGER", schema: refundCourseSchema }, async ({ amount, ...input }, staff) => {
  const { saleId } = await inTransaction((tx) => refundCourse(tx, { ...input, amountMinor: amount }, opContext(staff.id))).catch((error: unknown) => {
    // The form's field is "amount" (pounds as typed); the operation names it amountMinor.
    if (isDomainError(error) && error.field === "amountMinor") throw new DomainError(error.code, error.message, "amount");
    throw error;
  });
  refresh();
  return { saleId, message: "Refunded. The refund counts in today’s sales." };
});
