import type { CoursePick } from "@/components/courses/course-card";
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

/** A minutes line can only hold a booking that fits in what is left. */
export function minutesShortfall(line: DrawerLine, durationMin: number | null): string | undefined {
  if (line.unit !== "MINUTES" || durationMin === null || line.free >= durationMin) return undefined;
  return `Only ${line.free} minutes left; this booking needs ${durationMin}.`;
}

/** Field errors from the server, under the names the drawer's fields use. */
export function fieldErrorsFor(fieldErrors: Record<string, string[]> | undefined) {
  const f = fieldErrors ?? {};
  return {
    clientId: f.clientId,
    staffId: f.staffId,
    date: f.date,
    startMin: f.startMin ?? f.startsAt,
    serviceId: f.serviceId,
    notes: f.notes,
  };
}
