import type { Tx } from "@/lib/db";
import { loadClientCourse, type ClientCourseView } from "@/lib/courses/load-courses";
import { refundableValue, unredeemedValue } from "@/lib/courses/refund-course";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";
import { loadCourseHistory, type HistoryEntry } from "./course-history";
import { expiryOf } from "@/lib/courses/views/course-card";
import { fullName } from "@/lib/clients/display";

/** A booked session the refund must first turn into a single appointment or cancel. */
export type HeldSession = { appointmentId: number; when: string; serviceName: string; staffName: string; past: boolean };

export type CourseDetail = {
  course: ClientCourseView;
  client: { id: number; name: string; phone: string | null; email: string | null };
  /** The course this one was transferred from. */
  transferredFrom: { courseId: number; clientId: number; clientName: string } | null;
  today: SalonDate;
  expiry: { date: SalonDate | null; text: string };
  history: HistoryEntry[];
  refund: { suggestedMinor: number; capMinor: number; held: HeldSession[] };
  currency: string;
};

/** Everything the manager's page for one client course shows; null if there is no such course. */
export async function loadCourseDetail(tx: Tx, clientCourseId: number, now = new Date()): Promise<CourseDetail | null> {
  const settings = await getSettings(tx);
  const course = await loadClientCourse(tx, clientCourseId, settings.timezone, now);
  if (!course) return null;
  const today = salonDateOf(now, settings.timezone);
  const heldIds = course.lines.flatMap((l) => l.facts.bookings.map((b) => b.appointmentId));
  const [row, history, suggestedMinor, capMinor, held] = await Promise.all([
    tx.clientCourse.findUniqueOrThrow({
      where: { id: course.id },
      select: {
        client: { select: { id: true, firstName: true, lastName: true, phone: true, email: true } },
        transferredFrom: { select: { id: true, client: { select: { id: true, firstName: true, lastName: true } } } },
      },
    }),
    loadCourseHistory(tx, course, settings),
    unredeemedValue(tx, course),
    refundableValue(tx, course),
    tx.appointment.findMany({
      where: { id: { in: heldIds } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, service: { select: { name: true } }, staff: { select: { name: true } } },
    }),
  ]);
  const { client, transferredFrom } = row;
  return {
    course,
    client: { id: client.id, name: fullName(client), phone: client.phone, email: client.email },
    transferredFrom: transferredFrom
      ? { courseId: transferredFrom.id, clientId: transferredFrom.client.id, clientName: fullName(transferredFrom.client) }
      : null,
    today,
    expiry: expiryOf(course),
    history,
    refund: {
      suggestedMinor: Math.min(suggestedMinor, capMinor),
      capMinor,
      held: held.map((a) => ({
        appointmentId: a.id,
        when: `${formatSalonDate(salonDateOf(a.startsAt, settings.timezone))}, ${formatSalonTime(a.startsAt, settings.timezone)}`,
        serviceName: a.service.name,
        staffName: a.staff.name,
        past: a.startsAt < now,
      })),
    },
    currency: settings.currency,
  };
}
