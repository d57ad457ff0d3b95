import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { toCardCourse, type DrawerCourse } from "./course-card";
import { loadClientCourses } from "@/lib/courses/load-courses";
import { courseExpiry, sessionsWith } from "@/lib/courses/validity";


/**
 * The courses the drawer shows for a client and day: every course valid on that day (not refunded,
 * bought by then, not expired by then, something free or booked), even when nothing on it is free,
 * and always the one the appointment holds. Soonest expiry first.
 */
export async function loadDrawerCourses(tx: Tx, clientId: number, date: SalonDate, appointmentId?: number, now = new Date()): Promise<DrawerCourse[]> {
  const { timezone } = await getSettings(tx);
  const today = salonDateOf(now, timezone);
  const courses = await loadClientCourses(tx, { clientId, status: "ACTIVE" }, timezone, now);
  const shown: DrawerCourse[] = [];
  for (const course of courses) {
    const holdsThis = appointmentId !== undefined && course.lines.some((l) => l.facts.bookings.some((b) => b.appointmentId === appointmentId));
    if (!holdsThis) {
      if (course.label !== "active" || date < course.purchasedOn) continue;
      const expiryThen = courseExpiry(course, sessionsWith(course.sessions, { appointmentId: appointmentId ?? 0, date }));
      if (expiryThen && date > expiryThen) continue;
    }
    shown.push(toCardCourse(course, today));
  }
  const key = (c: DrawerCourse) => c.expiresOn ?? "9999-99-99";
  return shown.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
}
