import type { Tx } from "@/lib/db";
import { checkValidity } from "@/lib/courses/validity";
import { expiryOf } from "@/lib/courses/views/course-card";
import { loadDaySummaries, loadFreeTimes, type DaySummary } from "@/lib/online-booking/availability";
import { lastBookableDay } from "@/lib/online-booking/free-times";
import { formatSalonDate, type SalonDate } from "@/lib/time";
import type { BookableLine } from "./bookable-line";

/** A day for a course session: as online booking sees it, or "outside" the course's dates. */
export type SessionDay = { date: SalonDate; state: DaySummary["state"] | "outside"; freeCount: number };

/** A session on `date` would lie within the course's validity (domain rule: every session it holds does). */
export function insideCourse({ course, line }: Pick<BookableLine, "course" | "line">, date: SalonDate): boolean {
  return checkValidity(course, line.serviceId, { clientId: course.clientId, serviceId: line.serviceId, date }, course.sessions).valid;
}

/** The last day a session can be booked here: the booking horizon, or the course's expiry when sooner. */
export function lastSessionDay(bookable: Pick<BookableLine, "course">, today: SalonDate, horizonDays: number): SalonDate {
  const horizon = lastBookableDay(today, horizonDays);
  const expiry = expiryOf(bookable.course).date;
  return expiry && expiry < horizon ? expiry : horizon;
}

export function outsideCourseText({ course }: Pick<BookableLine, "course">): string {
  const expiry = expiryOf(course).date;
  return expiry ? `${course.name} can be used until ${formatSalonDate(expiry)}. Choose a day on or before then.` : `${course.name} cannot be used on that day. Choose another day.`;
}

/** A strip of days for the line's treatment with a staff member (or anyone), each inside the course's dates or not. */
export async function loadSessionDays(tx: Tx, bookable: BookableLine, choice: { staffId: number | null; from: SalonDate; days: number }, now: Date) {
  const strip = await loadDaySummaries(tx, { serviceId: bookable.line.serviceId, ...choice }, now);
  const days: SessionDay[] = strip.days.map((d) => (d.state === "open" || d.state === "full") && !insideCourse(bookable, d.date) ? { ...d, state: "outside", freeCount: 0 } : d);
  return { ...strip, days };
}

/** A day's free start times for a session of the line; none on a day outside the course's dates. */
export async function loadSessionTimes(tx: Tx, bookable: BookableLine, choice: { staffId: number | null; date: SalonDate }, now: Date) {
  const day = await loadFreeTimes(tx, { serviceId: bookable.line.serviceId, ...choice }, now);
  if (!day.refusal && !insideCourse(bookable, choice.date)) return { ...day, refusal: outsideCourseText(bookable), times: [] };
  return day;
}
