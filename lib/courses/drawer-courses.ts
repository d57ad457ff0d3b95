import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { formatSalonDate, type SalonDate } from "@/lib/time";
import type { CircleState } from "./ledger";
import { loadClientCourses, type ClientCourseView } from "./load-courses";
import { effectiveExpiry } from "./validity";

export type DrawerLine = {
  id: number;
  serviceId: number;
  serviceName: string;
  unit: "SESSIONS" | "MINUTES";
  total: number;
  redeemed: number;
  booked: number;
  free: number;
  circles: { number: number; state: CircleState; appointmentId: number | null }[];
};

export type DrawerCourse = {
  id: number;
  name: string;
  kind: "COURSE" | "PACKAGE";
  unit: "SESSIONS" | "MINUTES";
  expiresOn: SalonDate | null;
  expiresLabel: string;
  lines: DrawerLine[];
};

/** A course's lines as the course card draws them (components/courses/course-card.tsx), wherever the card is shown. */
export function drawerLines(course: ClientCourseView): DrawerLine[] {
  return course.lines.map((l) => ({
    id: l.id,
    serviceId: l.serviceId,
    serviceName: l.serviceName,
    unit: course.unit,
    total: l.balance.total,
    redeemed: l.balance.redeemed,
    booked: l.balance.booked,
    free: l.balance.free,
    circles: l.circles,
  }));
}

/**
 * The courses the drawer shows for a client and day: only those valid on that day (not refunded,
 * not expired by then, something left or held by this appointment), soonest expiry first.
 */
export async function loadDrawerCourses(tx: Tx, clientId: number, date: SalonDate, appointmentId?: number, now = new Date()): Promise<DrawerCourse[]> {
  const { timezone } = await getSettings(tx);
  const courses = await loadClientCourses(tx, { clientId, status: "ACTIVE" }, timezone, now);
  const shown: DrawerCourse[] = [];
  for (const course of courses) {
    const expiresOn = effectiveExpiry(course, date, course.earliestUse);
    const holdsThis = course.lines.some((l) => l.facts.bookings.some((b) => b.appointmentId === appointmentId));
    if (!holdsThis && expiresOn && date > expiresOn) continue;
    if (!holdsThis && course.lines.every((l) => l.balance.free === 0)) continue;
    shown.push({
      id: course.id,
      name: course.name,
      kind: course.kind,
      unit: course.unit,
      expiresOn,
      expiresLabel: expiresOn ? `Expires ${formatSalonDate(expiresOn)}` : "No expiry",
      lines: drawerLines(course),
    });
  }
  return shown.sort((a, b) => (a.expiresOn ?? "9999") < (b.expiresOn ?? "9999") ? -1 : (a.expiresOn ?? "9999") > (b.expiresOn ?? "9999") ? 1 : a.id - b.id);
}
