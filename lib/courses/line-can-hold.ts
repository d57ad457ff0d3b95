import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { salonDateOf } from "@/lib/time";
import { unitsFor } from "./ledger";
import { loadClientCourse, type ClientCourseView } from "./load-courses";
import { checkValidity } from "./validity";

/**
 * Checks, inside the write transaction, that an appointment may hold a unit of a course line:
 * the course is valid for this client, service and day, and enough units are free. Another desk's
 * booking committed a moment ago is seen here, so the last circle is only ever given once.
 */
export async function assertLineCanHold(
  tx: Tx,
  hold: { lineId: number; clientId: number; serviceId: number; startsAt: Date; endsAt: Date; appointmentId?: number },
  timezone: string,
  now: Date,
): Promise<ClientCourseView> {
  const line = await tx.clientCourseLine.findUnique({ where: { id: hold.lineId }, select: { clientCourseId: true } });
  if (!line) throw new DomainError("NOT_FOUND", "That course no longer exists.", "clientCourseLineId");
  const course = (await loadClientCourse(tx, line.clientCourseId, timezone, now))!;
  const view = course.lines.find((l) => l.id === hold.lineId)!;

  const validity = checkValidity(
    course,
    view.serviceId,
    { appointmentId: hold.appointmentId, clientId: hold.clientId, serviceId: hold.serviceId, date: salonDateOf(hold.startsAt, timezone) },
    course.sessions,
  );
  if (!validity.valid) {
    const code = validity.reason.includes("does not cover") ? "WRONG_SERVICE" : "COURSE_NOT_VALID";
    throw new DomainError(code, validity.reason, "clientCourseLineId");
  }

  const needed = unitsFor(course.unit, hold.startsAt, hold.endsAt);
  // Units this appointment already holds on the line come back to it before the check.
  const own = view.facts.bookings.find((b) => b.appointmentId === hold.appointmentId)?.units ?? 0;
  if (view.balance.free + own < needed) {
    throw new DomainError(
      "CIRCLE_TAKEN",
      course.unit === "SESSIONS"
        ? `The last free session of ${course.name} was just taken by another booking. The course has been refreshed.`
        : `${course.name} has only ${view.balance.free + own} minutes left; this appointment needs ${needed}.`,
      "clientCourseLineId",
    );
  }
  return course;
}
