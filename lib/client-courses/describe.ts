import { format, parseISO } from "date-fns";
import type { ClientCourseLineView, ClientCourseView } from "@/lib/courses/load-courses";
import { drawerLines, type DrawerCourse } from "@/lib/courses/drawer-courses";
import { effectiveExpiry } from "@/lib/courses/validity";
import { formatSalonDate, type SalonDate } from "@/lib/time";

/** How a client course reads in the manager's list, its detail page and on the client card. */

/** Units still on the line (free + booked) and what the line holds in all (a refund keeps what it had). */
export function lineRemaining(line: ClientCourseLineView): { left: number; of: number } {
  const { total, redeemed, refunded } = line.balance;
  return { left: Math.max(0, total - redeemed), of: total + refunded };
}

/** "4 of 6 Laser underarm", "120 of 300 min Sports massage". */
export function remainingText(line: ClientCourseLineView, unit: "SESSIONS" | "MINUTES"): string {
  const { left, of } = lineRemaining(line);
  return unit === "SESSIONS" ? `${left} of ${of} ${line.serviceName}` : `${left} of ${of} min ${line.serviceName}`;
}

/** The last day it can be used, or why there is none yet. */
export function expiryOf(course: ClientCourseView, today: SalonDate): { date: SalonDate | null; text: string } {
  const started = course.expiresOn ?? (course.earliestUse ? effectiveExpiry(course, today, course.earliestUse) : null);
  if (started) return { date: started, text: formatSalonDate(started) };
  if (course.validityMonths && course.validityFrom === "FIRST_USE") {
    return { date: null, text: `${course.validityMonths} months from first session` };
  }
  return { date: null, text: "No expiry" };
}

/** The drawer's read-only course card wants this shape (components/courses/course-card.tsx). */
export function toCardCourse(course: ClientCourseView, today: SalonDate): DrawerCourse {
  const expiry = expiryOf(course, today);
  const past = expiry.date !== null && expiry.date < today;
  return {
    id: course.id,
    name: course.name,
    kind: course.kind,
    unit: course.unit,
    expiresOn: expiry.date,
    expiresLabel: expiry.date ? `${past ? "Expired" : "Expires"} ${expiry.text}` : expiry.text,
    lines: drawerLines(course),
  };
}

/** "1 Jun 2026" */
export function shortDate(date: SalonDate): string {
  return format(parseISO(date), "d MMM yyyy");
}
