import type { DrawerCourse, DrawerLine } from "@/lib/courses/views/course-card";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { CourseCircles } from "./course-circles";
import { MinutesBar } from "./minutes-bar";

/** A course unit picked for a booking: a green circle of a sessions line, or a minutes line (circle null). */
export type CoursePick = { lineId: number; circle: number | null };

type Props = {
  course: DrawerCourse;
  picked?: CoursePick | null;
  /** Without it the card is read-only. */
  onPick?: (pick: CoursePick | null) => void;
  /** The appointment open in the drawer (its circle is outlined) and the line it holds. */
  currentAppointmentId?: number | null;
  currentLineId?: number | null;
  /** Why a line's free units cannot be picked here; undefined when they can. */
  lineBlocked?: (line: DrawerLine) => string | undefined;
  /** The course name's heading level where the card sits (the drawer uses 4). */
  headingLevel?: 3 | 4;
  className?: string;
};

function leftLabel(line: DrawerLine): string {
  return line.unit === "SESSIONS" ? `${line.free} of ${line.total} free` : `${line.free} min free`;
}

/** One client course: its name, kind and expiry, then each line with its circles or minutes bar. */
export function CourseCard({ course, picked = null, onPick, currentAppointmentId = null, currentLineId = null, lineBlocked, headingLevel = 4, className }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const showLineNames = course.kind === "PACKAGE" || course.lines.length > 1;
  return (
    <article aria-label={course.name} className={cx("rounded-lg border border-line bg-surface p-3.5 shadow-xs", className)}>
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <Heading className="min-w-0 text-sm font-semibold text-ink">{course.name}</Heading>
        <span className="flex items-center gap-2 text-xs text-ink-muted">
          <Badge tone={course.kind === "PACKAGE" ? "info" : "brand"}>{course.kind === "PACKAGE" ? "Package" : "Course"}</Badge>
          {course.expiresLabel}
        </span>
      </header>
      {course.note && <p className="mt-1.5 text-xs text-ink-muted">{course.note}</p>}
      <ul className="mt-3 space-y-3">
        {course.lines.map((line) => {
          const blocked = lineBlocked?.(line);
          const mine = picked?.lineId === line.id ? picked : null;
          return (
            <li key={line.id} className="space-y-1.5">
              {(showLineNames || line.unit === "SESSIONS") && (
                <p className="flex items-baseline justify-between gap-3 text-xs">
                  <span className="font-medium text-ink">{line.serviceName}</span>
                  {line.unit === "SESSIONS" && <span className="text-ink-muted">{leftLabel(line)}</span>}
                </p>
              )}
              {line.unit === "SESSIONS" ? (
                <CourseCircles
                  line={line}
                  selectedCircle={mine?.circle ?? null}
                  onSelect={onPick ? (circle) => onPick(circle === null ? null : { lineId: line.id, circle }) : undefined}
                  currentAppointmentId={currentAppointmentId}
                  disabledReason={blocked}
                />
              ) : (
                <MinutesBar
                  line={line}
                  selected={mine !== null}
                  onSelect={onPick ? (on) => onPick(on ? { lineId: line.id, circle: null } : null) : undefined}
                  holdsCurrent={currentLineId === line.id}
                  disabledReason={blocked}
                />
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
