import type { Tx } from "@/lib/db";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { unitsFor } from "./ledger";
import { loadClientCourses, type ClientCourseView } from "./load-courses";
import { byExpiryFirst, checkValidity, courseExpiry, sessionsWith } from "./validity";

export type RedeemableLine = { course: ClientCourseView; lineId: number; expiresOn: SalonDate | null };

export type RedeemableBooking = { appointmentId?: number; clientId: number; serviceId: number; startsAt: Date; endsAt: Date };

/**
 * Of these client courses, the lines that could pay for this booking, soonest expiry first: valid
 * for it (validity.ts) with enough free units. Pure, so a screen that already loaded the client's
 * courses (checkout) asks it without another query.
 */
export function redeemableLinesOf(courses: ClientCourseView[], booking: RedeemableBooking, timezone: string): RedeemableLine[] {
  const date = salonDateOf(booking.startsAt, timezone);
  const found: (RedeemableLine & { purchasedAt: Date; id: number })[] = [];
  for (const course of courses) {
    for (const line of course.lines) {
      if (line.serviceId !== booking.serviceId) continue;
      const validity = checkValidity(course, line.serviceId, { ...booking, date }, course.sessions);
      if (!validity.valid || line.balance.free < unitsFor(course.unit, booking.startsAt, booking.endsAt)) continue;
      const expiresOn = courseExpiry(course, sessionsWith(course.sessions, { appointmentId: booking.appointmentId ?? 0, date }));
      found.push({ course, lineId: line.id, expiresOn, purchasedAt: course.purchasedAt, id: course.id });
    }
  }
  return found.sort(byExpiryFirst).map(({ course, lineId, expiresOn }) => ({ course, lineId, expiresOn }));
}

/** The client's course lines that could pay for this service on this day: what the check-in prompt and online booking offer. */
export async function findRedeemableLines(tx: Tx, booking: RedeemableBooking, timezone: string, now: Date): Promise<RedeemableLine[]> {
  const courses = await loadClientCourses(
    tx,
    { clientId: booking.clientId, status: "ACTIVE", lines: { some: { serviceId: booking.serviceId } } },
    timezone,
    now,
  );
  return redeemableLinesOf(courses, booking, timezone);
}
