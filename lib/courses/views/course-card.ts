import type { CircleState } from "@/lib/courses/ledger";
import type { ClientCourseView } from "@/lib/courses/load-courses";
import { formatSalonDate, type SalonDate } from "@/lib/time";

/** A client course as its card draws it (components/courses/course-card.tsx): drawer, client card, manager pages. */

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
  /** Said under the name when nothing on it can be booked ("Nothing free: 2 booked, 4 redeemed"). */
  note: string | null;
  lines: DrawerLine[];
};

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

/** The last day it can be used, or why there is none yet: the same wherever the course is shown. */
export function expiryOf(course: ClientCourseView): { date: SalonDate | null; text: string } {
  if (course.expiry) return { date: course.expiry, text: formatSalonDate(course.expiry) };
  if (course.validityMonths && course.validityFrom === "FIRST_USE") {
    return { date: null, text: `${course.validityMonths} month${course.validityMonths === 1 ? "" : "s"} from first session` };
  }
  return { date: null, text: "No expiry" };
}

/** "Nothing free: 2 booked, 4 redeemed" when no line has a free unit; null otherwise. */
export function nothingFreeNote(course: ClientCourseView): string | null {
  if (course.lines.some((l) => l.balance.free > 0)) return null;
  const booked = course.lines.reduce((a, l) => a + l.balance.booked, 0);
  const redeemed = course.lines.reduce((a, l) => a + l.balance.redeemed, 0);
  const unit = course.unit === "SESSIONS" ? "" : " min";
  return `Nothing free: ${booked}${unit} booked, ${redeemed}${unit} redeemed`;
}

export function toCardCourse(course: ClientCourseView, today: SalonDate): DrawerCourse {
  const expiry = expiryOf(course);
  const past = expiry.date !== null && expiry.date < today;
  return {
    id: course.id,
    name: course.name,
    kind: course.kind,
    unit: course.unit,
    expiresOn: expiry.date,
    expiresLabel: expiry.date ? `${past ? "Expired" : "Expires"} ${expiry.text}` : expiry.text === "No expiry" ? "No expiry" : `Valid ${expiry.text}`,
    note: course.status === "ACTIVE" && course.label === "active" ? nothingFreeNote(course) : null,
    lines: drawerLines(course),
  };
}
