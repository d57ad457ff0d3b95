import { useId, useRef, useState } from "react";
import { CircleLegend } from "@/components/courses/circle-glyph";
import { CourseCard, type CoursePick } from "@/components/courses/course-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DrawerCourse, DrawerLine } from "@/lib/courses/views/course-card";
import { CoursesSkeleton } from "./skeleton";
import { SeriesPanel, type SeriesFrom } from "./series-panel";

type Props = {
  courses: DrawerCourse[] | null;
  loading: boolean;
  error: string | null;
  picked: CoursePick | null;
  onPick?: (pick: CoursePick | null) => void;
  currentAppointmentId?: number | null;
  currentLineId?: number | null;
  lineBlocked?: (line: DrawerLine) => string | undefined;
  /** The stylist, day and time chosen in the drawer: a series booked from a course starts there. */
  seriesFrom?: { staffId: number; date: string; startMin: number } | null;
  /** A series was booked from a course (the drawer may refresh and say so). */
  onSeriesBooked?: (message: string) => void;
};

/** A series starts from the slot chosen, the appointment open (one of the line's), or the line's last session. */
function seriesEntry(line: DrawerLine, chosen: boolean, currentLineId: number | null | undefined): boolean {
  if (line.unit !== "SESSIONS" || line.free < 2) return false;
  return chosen || currentLineId === line.id || line.circles.some((c) => c.state !== "free");
}

/** The client's valid courses and packages for the day, as cards of circles and minute bars. */
export function CoursesPanel({ courses, loading, error, picked, onPick, currentAppointmentId, currentLineId, lineBlocked, seriesFrom, onSeriesBooked }: Props) {
  const titleId = useId();
  const section = useRef<HTMLElement>(null);
  const [seriesLine, setSeriesLine] = useState<number | null>(null);
  // The course as the series left it, until the drawer loads its courses again.
  const [booked, setBooked] = useState<{ base: DrawerCourse[]; course: DrawerCourse } | null>(null);
  const shown = booked && courses && booked.base === courses ? courses.map((c) => (c.id === booked.course.id ? booked.course : c)) : courses;
  const from: SeriesFrom =
    currentAppointmentId && currentLineId === seriesLine ? { appointmentId: currentAppointmentId } : seriesFrom ? { ...seriesFrom } : {};

  function closeSeries(lineId: number) {
    setSeriesLine(null);
    requestAnimationFrame(() => section.current?.querySelector<HTMLElement>(`[data-series-line="${lineId}"]`)?.focus());
  }

  return (
    <section ref={section} aria-labelledby={titleId} aria-busy={loading || undefined} className="space-y-2.5">
      <h3 id={titleId} className="text-sm font-semibold text-ink">
        Courses and packages
      </h3>
      {error ? (
        <Alert tone="error">{error}</Alert>
      ) : !shown ? (
        <CoursesSkeleton />
      ) : shown.length === 0 ? (
        <p className="rounded-md border border-dashed border-line-strong px-3 py-2.5 text-sm text-ink-muted">No valid courses or packages for this client.</p>
      ) : (
        <>
          {shown.map((course) => {
            // The open panel stays once its series has taken the line's free circles (it says what it booked).
            const lines = course.lines.filter((l) => seriesLine === l.id || seriesEntry(l, Boolean(seriesFrom), currentLineId));
            return (
              <div key={course.id} className="space-y-2">
                <CourseCard
                  course={course}
                  picked={picked}
                  onPick={onPick}
                  currentAppointmentId={currentAppointmentId}
                  currentLineId={currentLineId}
                  lineBlocked={lineBlocked}
                  className={loading ? "opacity-60 transition-opacity" : undefined}
                />
                {lines.map((line) =>
                  seriesLine === line.id ? (
                    <SeriesPanel
                      key={line.id}
                      lineId={line.id}
                      from={from}
                      onClose={() => closeSeries(line.id)}
                      onBooked={(fresh, message) => {
                        if (courses) setBooked({ base: courses, course: fresh });
                        onPick?.(null); // a green circle picked before may be one the series took
                        onSeriesBooked?.(message);
                      }}
                    />
                  ) : (
                    <Button
                      key={line.id}
                      size="sm"
                      variant="secondary"
                      className="w-full"
                      data-series-line={line.id}
                      onClick={() => setSeriesLine(line.id)}
                    >
                      {course.lines.length > 1 ? `Book the remaining ${line.serviceName} sessions…` : "Book the remaining sessions…"}
                    </Button>
                  ),
                )}
              </div>
            );
          })}
          {shown.some((c) => c.unit === "SESSIONS") && <CircleLegend className="pt-0.5" />}
        </>
      )}
    </section>
  );
}
