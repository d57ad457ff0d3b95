import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadClientCourse, type ClientCourseLineView, type ClientCourseView } from "@/lib/courses/load-courses";
import { expiryOf } from "@/lib/courses/views/course-card";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, type SalonDate } from "@/lib/time";

/** A line's service as online booking sees it: the salon decides which treatments clients may book themselves. */
export type LineService = { id: number; name: string; durationMinutes: number; online: boolean };

const CALL = "To book this treatment, please call the salon.";

/** The services of these lines: may clients book them online, and does someone bookable do them. */
export async function loadLineServices(tx: Tx, serviceIds: number[]): Promise<Map<number, LineService>> {
  const rows = await tx.service.findMany({
    where: { id: { in: [...new Set(serviceIds)] } },
    select: {
      id: true,
      name: true,
      durationMinutes: true,
      active: true,
      bookableOnline: true,
      staff: { where: { staff: { active: true, takesAppointments: true } }, select: { staffId: true }, take: 1 },
    },
  });
  return new Map(rows.map((s) => [s.id, { id: s.id, name: s.name, durationMinutes: s.durationMinutes, online: s.active && s.bookableOnline && s.staff.length > 0 }]));
}

/**
 * Why the client cannot book a session of this line on their page, or null when they can: the
 * course is still valid and has a free unit (for minutes, at least the treatment's length), and
 * the salon lets clients book the treatment online (the same rule as the public booking page).
 */
export function lineRefusal(course: ClientCourseView, line: ClientCourseLineView, service: LineService | undefined, today: SalonDate): string | null {
  if (course.status !== "ACTIVE" || course.label !== "active") return "This course is finished.";
  const expiry = expiryOf(course).date;
  if (expiry && expiry < today) return "This course has expired.";
  if (course.unit === "SESSIONS" && line.balance.free < 1) return "No free sessions left: every one is booked or used.";
  if (course.unit === "MINUTES" && line.balance.free < (service?.durationMinutes ?? 1)) return `Only ${line.balance.free} minutes left: not enough for a ${service?.name ?? line.serviceName}.`;
  if (!service?.online) return CALL;
  return null;
}

export type BookableLine = { course: ClientCourseView; line: ClientCourseLineView; service: LineService };

/**
 * The client's own course line they want to book a session of, checked: someone else's line, an
 * unknown one, or one that cannot be booked is refused with the same kind of words (a client never
 * learns whether another client's line exists).
 */
export async function loadBookableLine(tx: Tx, clientId: number, lineId: number, now: Date): Promise<BookableLine> {
  const row = await tx.clientCourseLine.findUnique({ where: { id: lineId }, select: { clientCourse: { select: { id: true, clientId: true } } } });
  if (!row || row.clientCourse.clientId !== clientId) throw new DomainError("NOT_FOUND", "We could not find that course on your page. Please go back and choose it again.", "lineId");
  const { timezone } = await getSettings(tx);
  const course = (await loadClientCourse(tx, row.clientCourse.id, timezone, now))!;
  const line = course.lines.find((l) => l.id === lineId)!;
  const service = (await loadLineServices(tx, [line.serviceId])).get(line.serviceId);
  const refusal = lineRefusal(course, line, service, salonDateOf(now, timezone));
  if (refusal || !service) throw new DomainError("COURSE_NOT_VALID", refusal ?? CALL, "lineId");
  return { course, line, service };
}
