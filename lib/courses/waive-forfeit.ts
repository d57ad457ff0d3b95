import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatSalonDate, salonDateOf } from "@/lib/time";
import { staffIdOf, type OpContext } from "@/lib/op-context";
import { getSettings } from "@/lib/settings/salon-settings";
import { loadClientCourse } from "./load-courses";

/**
 * Waives a forfeited session (a no-show or late cancellation the policy charged to the course): a
 * compensating record gives the unit back as free, with who, when and why. The forfeit stays in the
 * history and in its day's figures; its value comes back into the liability on the day of the waiver.
 * Waiving twice changes nothing.
 */
export async function waiveForfeit(tx: Tx, input: { redemptionId: number; reason: string }, ctx: OpContext) {
  const redemption = await tx.redemption.findUnique({
    where: { id: input.redemptionId },
    select: { id: true, reason: true, reversedAt: true, clientCourseLine: { select: { clientCourseId: true } } },
  });
  if (!redemption) throw new DomainError("NOT_FOUND", "That forfeited session no longer exists.");
  if (redemption.reason === "CHECKOUT") {
    throw new DomainError("INVALID_STATE", "This session was redeemed at checkout, not forfeited: void the checkout instead.");
  }
  if (redemption.reversedAt) return { waived: false };
  const { timezone } = await getSettings(tx);
  const course = (await loadClientCourse(tx, redemption.clientCourseLine.clientCourseId, timezone, ctx.now))!;
  if (course.status !== "ACTIVE") throw new DomainError("INVALID_STATE", `${course.name} was refunded; a session cannot come back to it.`);
  const today = salonDateOf(ctx.now, timezone);
  if (course.expiry && course.expiry < today) {
    throw new DomainError("INVALID_STATE", `${course.name} expired on ${formatSalonDate(course.expiry)}: extend its expiry first, then waive.`);
  }
  await tx.redemption.update({ where: { id: redemption.id }, data: { reversedAt: ctx.now } });
  await tx.redemptionReversal.create({
    data: { redemptionId: redemption.id, kind: "WAIVE", reason: input.reason, staffId: staffIdOf(ctx), createdAt: ctx.now, reversedOn: today },
  });
  return { waived: true };
}
