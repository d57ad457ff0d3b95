import type { DrawerLine } from "@/lib/courses/views/course-card";
import { cx } from "@/components/ui/cx";
import { CircleGlyph } from "./circle-glyph";

export type CirclesLine = Pick<DrawerLine, "id" | "serviceName" | "circles">;

type Props = {
  line: CirclesLine;
  /** The number of the green circle picked for this booking, if it is on this line. */
  selectedCircle?: number | null;
  /** Picking a green circle (its number) or un-picking it (null). Without it the row is read-only. */
  onSelect?: (circle: number | null) => void;
  /** The appointment open in the drawer: its circle is outlined. */
  currentAppointmentId?: number | null;
  /** Why the green circles cannot be picked here (e.g. "Different service"); shown as their title. */
  disabledReason?: string;
  className?: string;
};

/**
 * A sessions line as a row of circles: red redeemed, orange booked, green free. Every circle is a
 * button named "Laser underarm session 3 of 6, free"; only green ones can be pressed, and a pressed
 * one is ringed and ticked (aria-pressed). The rest say aria-disabled but stay focusable, so a
 * keyboard or screen-reader user can still hear the whole row.
 */
export function CourseCircles({ line, selectedCircle = null, onSelect, currentAppointmentId = null, disabledReason, className }: Props) {
  const total = line.circles.length;
  return (
    <div role="group" aria-label={`${line.serviceName} sessions`} className={cx("flex flex-wrap gap-1", className)}>
      {line.circles.map((circle) => {
        const pickable = circle.state === "free" && onSelect !== undefined && !disabledReason;
        const selected = pickable && selectedCircle === circle.number;
        const isCurrent = currentAppointmentId !== null && circle.appointmentId === currentAppointmentId;
        const title = isCurrent ? "This appointment" : circle.state === "free" && disabledReason ? disabledReason : undefined;
        return (
          <button
            key={circle.number}
            type="button"
            aria-label={`${line.serviceName} session ${circle.number} of ${total}, ${circle.state}`}
            aria-pressed={circle.state === "free" ? selected : undefined}
            aria-disabled={pickable ? undefined : true}
            data-state={circle.state}
            data-current={isCurrent || undefined}
            title={title}
            onClick={pickable ? () => onSelect(selected ? null : circle.number) : undefined}
            className={cx(
              // 44 px to a finger (a tablet at the desk), 28 px to a mouse; the glyph stays the same size.
              "grid size-7 place-items-center rounded-full transition-transform [@media(pointer:coarse)]:size-11",
              "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
              pickable ? "hover:scale-110 active:scale-95" : "cursor-default",
              circle.state === "free" && disabledReason && "opacity-45",
              selected && "ring-2 ring-brand-700 ring-offset-1",
              isCurrent && "outline-2 outline-offset-0 outline-ink outline-dashed",
            )}
          >
            <CircleGlyph state={circle.state} selected={selected} />
          </button>
        );
      })}
    </div>
  );
}
