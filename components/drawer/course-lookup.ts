import type { CoursePick } from "@/components/courses/course-card";
import { lengthFromMinutesLeft, LENGTH_STEP } from "@/lib/appointments/drawer-options";
import type { DrawerCourse, DrawerLine } from "@/lib/courses/views/course-card";

/** The course and line a pick points at, if they are still on screen and the unit is still free. */
export function findPick(courses: DrawerCourse[] | null, pick: CoursePick | null): { course: DrawerCourse; line: DrawerLine } | null {
  if (!courses || !pick) return null;
  for (const course of courses) {
    const line = course.lines.find((l) => l.id === pick.lineId);
    if (!line) continue;
    if (pick.circle !== null && line.circles.find((c) => c.number === pick.circle)?.state !== "free") return null;
    return { course, line };
  }
  return null;
}

/**
 * A minutes line can hold a booking as long as what is left: fewer minutes than the usual length
 * book a shorter session (the Length follows). Blocked only when not even the shortest step is left.
 */
export function minutesShortfall(line: DrawerLine, usualMin: number | null): string | undefined {
  if (line.unit !== "MINUTES" || lengthFromMinutesLeft(usualMin ?? LENGTH_STEP, line.free) !== null) return undefined;
  return `Only ${line.free} minutes left: too few to book.`;
}

/**
 * The courses as they will be once this booking holds `minutes` of a minutes line (a new pick, or a
 * held line whose length changed by `minutes`): the bar follows the Length chosen.
 */
export function withMinutesHeld(courses: DrawerCourse[] | null, lineId: number | null, minutes: number): DrawerCourse[] | null {
  if (!courses || lineId === null || minutes === 0) return courses;
  return courses.map((course) =>
    course.unit !== "MINUTES" || !course.lines.some((l) => l.id === lineId)
      ? course
      : {
          ...course,
          lines: course.lines.map((l) => (l.id === lineId ? { ...l, booked: Math.max(0, l.booked + minutes), free: Math.max(0, l.free - minutes) } : l)),
        },
  );
}

/** The line with this id as loaded (before any preview). */
export function lineById(courses: DrawerCourse[] | null, lineId: number): DrawerLine | null {
  for (const course of courses ?? []) for (const line of course.lines) if (line.id === lineId) return line;
  return null;
}

/**
 * Field errors from the server, under the names the drawer's fields use. A warning the desk may
 * override (NEEDS_CONFIRMATION) is a question, not a field in error.
 */
export function fieldErrorsFor(fieldErrors: Record<string, string[]> | undefined, code?: string) {
  const f = code === "NEEDS_CONFIRMATION" ? {} : (fieldErrors ?? {});
  return {
    clientId: f.clientId,
    staffId: f.staffId,
    date: f.date,
    startMin: f.startMin ?? f.startsAt,
    serviceId: f.serviceId,
    durationMin: f.durationMin,
    resourceId: f.resourceId,
    notes: f.notes,
  };
}
