import { formatSalonDate, validityEnd, type SalonDate } from "@/lib/time";

/**
 * When a client course may be used. Pure: lib/courses/load-courses.ts feeds it the course's terms and
 * the sessions it holds or has redeemed; every operation that adds or moves a session asks it first.
 *
 * The rule (domain.md): every session a course holds or has redeemed lies within its validity, from
 * its purchase day to its expiry. A course valid "from the first session" has no expiry until it holds
 * one; then its clock starts on the earliest session, so booking an earlier session moves the expiry
 * earlier, and is refused if that would leave a later session past it.
 */

export type CourseTerms = {
  name: string;
  clientId: number;
  status: "ACTIVE" | "REFUNDED";
  validityMonths: number | null;
  validityFrom: "PURCHASE" | "FIRST_USE";
  purchasedOn: SalonDate;
  /** Fixed once known: at sale (from purchase), at the first redemption (from first use), by an extension. */
  expiresOn: SalonDate | null;
};

/** A session the course holds (booked, checked in) or has used (redeemed, forfeited), on its salon day. */
export type CourseSession = { appointmentId: number; date: SalonDate; serviceName?: string };

const earliest = (sessions: { date: SalonDate }[]) => sessions.reduce<SalonDate | null>((min, s) => (min === null || s.date < min ? s.date : min), null);

/** The last day the course can be used while it holds `sessions`; null = no expiry (yet). */
export function courseExpiry(terms: CourseTerms, sessions: { date: SalonDate }[]): SalonDate | null {
  if (terms.expiresOn) return terms.expiresOn;
  if (terms.validityFrom !== "FIRST_USE" || !terms.validityMonths) return null;
  const first = earliest(sessions);
  return first ? validityEnd(first, terms.validityMonths) : null;
}

export type OutsideValidity<S extends CourseSession = CourseSession> = { session: S; problem: "BEFORE_PURCHASE" | "AFTER_EXPIRY"; expiry: SalonDate | null };

/** The sessions that lie outside the course's validity: before its purchase day or after its expiry. */
export function sessionsOutsideValidity<S extends CourseSession>(terms: CourseTerms, sessions: S[]): OutsideValidity<S>[] {
  const expiry = courseExpiry(terms, sessions);
  const outside: OutsideValidity<S>[] = [];
  for (const session of sessions) {
    if (session.date < terms.purchasedOn) outside.push({ session, problem: "BEFORE_PURCHASE", expiry });
    else if (expiry && session.date > expiry) outside.push({ session, problem: "AFTER_EXPIRY", expiry });
  }
  return outside;
}

/** The sessions after an appointment takes (or moves to) `date`: its own earlier place no longer counts. */
export function sessionsWith(sessions: CourseSession[], change: CourseSession): CourseSession[] {
  return [...sessions.filter((s) => s.appointmentId !== change.appointmentId), change];
}

export type Validity = { valid: true } | { valid: false; reason: string };

const sessionName = (s: CourseSession) => `the ${s.serviceName ? `${s.serviceName} ` : ""}session on ${formatSalonDate(s.date)}`;

/**
 * Whether an appointment may hold a unit of a course line: the course belongs to the appointment's
 * client, is not refunded, covers the service, and with this session every session it holds or has
 * used stays within its validity. `sessions` are the course's sessions now (the appointment's own,
 * if it already holds one, is replaced by its new day).
 */
export function checkValidity(
  course: CourseTerms,
  lineServiceId: number,
  booking: { appointmentId?: number; clientId: number; serviceId: number; date: SalonDate },
  sessions: CourseSession[] = [],
): Validity {
  if (course.clientId !== booking.clientId) return { valid: false, reason: `${course.name} belongs to another client.` };
  if (course.status !== "ACTIVE") return { valid: false, reason: `${course.name} has been refunded and can no longer be used.` };
  if (booking.date < course.purchasedOn) {
    return { valid: false, reason: `${course.name} was bought on ${formatSalonDate(course.purchasedOn)}, after this appointment.` };
  }
  const self: CourseSession = { appointmentId: booking.appointmentId ?? 0, date: booking.date };
  const after = sessionsWith(sessions, self);
  const expiry = courseExpiry(course, after);
  if (expiry && booking.date > expiry) {
    return { valid: false, reason: `${course.name} expires on ${formatSalonDate(expiry)}, before this appointment.` };
  }
  const atRisk = sessionsOutsideValidity(course, after).find((o) => o.session !== self);
  if (atRisk && atRisk.expiry) {
    return {
      valid: false,
      reason:
        `${course.name} is valid for ${course.validityMonths} month${course.validityMonths === 1 ? "" : "s"} from its first session: a session on ${formatSalonDate(booking.date)} ` +
        `would end it on ${formatSalonDate(atRisk.expiry)}, leaving ${sessionName(atRisk.session)} past expiry. ` +
        `Move that session first, or book this one as a single.`,
    };
  }
  if (lineServiceId !== booking.serviceId) return { valid: false, reason: `${course.name} does not cover this service.` };
  return { valid: true };
}

/**
 * Why an appointment the course holds cannot be redeemed (checkout re-checks): it lies outside the
 * course's validity. null when it may be.
 */
export function redemptionRefusal(course: CourseTerms, sessions: CourseSession[], appointmentId: number): string | null {
  if (course.status !== "ACTIVE") return `${course.name} has been refunded; its sessions can no longer be redeemed.`;
  const out = sessionsOutsideValidity(course, sessions).find((o) => o.session.appointmentId === appointmentId);
  if (!out) return null;
  const what = sessionName(out.session);
  return out.problem === "BEFORE_PURCHASE"
    ? `${what[0].toUpperCase()}${what.slice(1)} is before ${course.name} was bought (${formatSalonDate(course.purchasedOn)}).`
    : `${what[0].toUpperCase()}${what.slice(1)} is after ${course.name} expired (${formatSalonDate(out.expiry!)}).`;
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
