import { validityEnd, type SalonDate } from "@/lib/time";

export type CourseValidityFacts = {
  clientId: number;
  status: "ACTIVE" | "REFUNDED";
  validityMonths: number | null;
  validityFrom: "PURCHASE" | "FIRST_USE";
  /** Stored once known: set at sale (from purchase), at first redemption (from first use), moved by extensions. */
  expiresOn: SalonDate | null;
};

/**
 * The last day the course can be used, for a use on `useDate`. A course valid from first use whose
 * first session is not yet redeemed counts from its earliest booked session, or from this use.
 */
export function effectiveExpiry(course: CourseValidityFacts, useDate: SalonDate, earliestUse: SalonDate | null = null): SalonDate | null {
  if (course.expiresOn) return course.expiresOn;
  if (course.validityFrom === "FIRST_USE" && course.validityMonths) {
    const first = earliestUse && earliestUse < useDate ? earliestUse : useDate;
    return validityEnd(first, course.validityMonths);
  }
  return null;
}

export type Validity = { valid: true } | { valid: false; reason: string };

/**
 * A client course is valid for a booking when it belongs to the appointment's client, is not
 * refunded, has not expired by the appointment's date, and the line's service is the appointment's.
 */
export function checkValidity(
  course: CourseValidityFacts & { name: string },
  lineServiceId: number,
  booking: { clientId: number; serviceId: number; date: SalonDate; earliestUse?: SalonDate | null },
): Validity {
  if (course.clientId !== booking.clientId) return { valid: false, reason: `${course.name} belongs to another client.` };
  if (course.status !== "ACTIVE") return { valid: false, reason: `${course.name} has been refunded and can no longer be used.` };
  const expiry = effectiveExpiry(course, booking.date, booking.earliestUse ?? null);
  if (expiry && booking.date > expiry) {
    return { valid: false, reason: `${course.name} expires on ${expiry}, before this appointment.` };
  }
  if (lineServiceId !== booking.serviceId) {
    return { valid: false, reason: `${course.name} does not cover this service.` };
  }
  return { valid: true };
}

/** Soonest expiry first; courses that never expire last; then the oldest purchase. */
export function byExpiryFirst<T extends { expiresOn: SalonDate | null; purchasedAt: Date; id: number }>(a: T, b: T): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return 1;
    if (b.expiresOn === null) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  return +a.purchasedAt - +b.purchasedAt || a.id - b.id;
}
