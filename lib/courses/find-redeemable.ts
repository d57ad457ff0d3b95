import type { Tx } from "@/lib/db";
import { salonDateOf } from "@/lib/time";
import { unitsFor } from "./ledger";
import { loadClientCourses, type ClientCourseView } from "./load-courses";
import { byExpiryFirst, checkValidity, effectiveExpiry } from "./validity";

export type RedeemableLine = { course: ClientCourseView; lineId: number; expiresOn: string | null };

/**
 * The client's course lines that could pay for this service on this day, soonest expiry first:
 * what the check-in prompt and online booking offer.
 */
export async function findRedeemableLines(
  tx: Tx,
  booking: { clientId: number; serviceId: number; startsAt: Date; endsAt: Date },
  timezone: string,
  now: Date,
): Promise<RedeemableLine[]> {
  const courses = await loadClientCourses(
    tx,
    { clientId: booking.clientId, status: "ACTIVE", lines: { some: { serviceId: booking.serviceId } } },
    timezone,
    now,
  );
  const date = salonDateOf(booking.startsAt, timezone);
  const found: (RedeemableLine & { purchasedAt: Date; id: number })[] = [];
  for (const course of courses) {
    for (const line of course.lines) {
      const validity = checkValidity(course, line.serviceId, { clientId: booking.clientId, serviceId: booking.serviceId, date, earliestUse: course.earliestUse });
      if (!validity.valid || line.balance.free < unitsFor(course.unit, booking.startsAt, booking.endsAt)) continue;
      const expiresOn = effectiveExpiry(course, date, course.earliestUse);
      found.push({ course, lineId: line.id, expiresOn, purchasedAt: course.purchasedAt, id: course.id });
    }
  }
  return found
    .sort((a, b) => byExpiryFirst({ ...a, expiresOn: a.expiresOn }, { ...b, expiresOn: b.expiresOn }))
    .map(({ course, lineId, expiresOn }) => ({ course, lineId, expiresOn }));
}
