import { useId } from "react";
import { CircleLegend } from "@/components/courses/circle-glyph";
import { CourseCard, type CoursePick } from "@/components/courses/course-card";
import { Alert } from "@/components/ui/alert";
import type { DrawerCourse, DrawerLine } from "@/lib/courses/views/course-card";
import { CoursesSkeleton } from "./skeleton";

type Props = {
  courses: DrawerCourse[] | null;
  loading: boolean;
  error: string | null;
  picked: CoursePick | null;
  onPick?: (pick: CoursePick | null) => void;
  currentAppointmentId?: number | null;
  currentLineId?: number | null;
  lineBlocked?: (line: DrawerLine) => string | undefined;
};

/** The client's valid courses and packages for the day, as cards of circles and minute bars. */
export function CoursesPanel({ courses, loading, error, picked, onPick, currentAppointmentId, currentLineId, lineBlocked }: Props) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} aria-busy={loading || undefined} className="space-y-2.5">
      <h3 id={titleId} className="text-sm font-semibold text-ink">
        Courses and packages
      </h3>
      {error ? (
        <Alert tone="error">{error}</Alert>
      ) : !courses ? (
        <CoursesSkeleton />
      ) : courses.length === 0 ? (
        <p className="rounded-md border border-dashed border-line-strong px-3 py-2.5 text-sm text-ink-muted">No valid courses or packages for this client.</p>
      ) : (
        <>
          {courses.map((course) => (
            <CourseCard
              key={course.id}
              course={course}
              picked={picked}
              onPick={onPick}
              currentAppointmentId={currentAppointmentId}
              currentLineId={currentLineId}
              lineBlocked={lineBlocked}
              className={loading ? "opacity-60 transition-opacity" : undefined}
            />
          ))}
          {courses.some((c) => c.unit === "SESSIONS") && <CircleLegend className="pt-0.5" />}
        </>
      )}
    </section>
  );
}
