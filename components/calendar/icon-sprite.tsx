import type { ReactNode } from "react";
import type { AppointmentStatus } from "./geometry";

/**
 * The day grid's repeated icons, drawn once per page: each appointment and column header then
 * refers to one (`<use>`) instead of carrying its paths. A busy day has hundreds of them, and their
 * markup was a tenth of the calendar's HTML.
 */
export type SpriteIconName = `status-${AppointmentStatus}` | "course" | "week";

/** What each status looks like (status-icon.tsx draws the same shapes inline elsewhere). */
export const STATUS_SHAPES: Record<AppointmentStatus, ReactNode> = {
  // A clock: expected at a time.
  BOOKED: (
    <>
      <circle cx="6" cy="6" r="4.7" />
      <path d="M6 3.4V6l1.8 1.2" />
    </>
  ),
  // A filled dot with an arrow in: here now.
  CHECKED_IN: (
    <>
      <circle cx="6" cy="6" r="5" fill="currentColor" stroke="none" />
      <path d="M3.3 6h4.6M6.1 4.1 8 6 6.1 7.9" stroke="white" />
    </>
  ),
  // A tick: done and paid.
  COMPLETED: <path d="M2 6.4 4.7 9 10 3.2" strokeWidth="1.9" />,
  // A cross: will not happen.
  CANCELLED: <path d="M3 3l6 6M9 3 3 9" />,
  // A struck-through circle: never came.
  NO_SHOW: (
    <>
      <circle cx="6" cy="6" r="4.7" />
      <path d="M2.7 9.3 9.3 2.7" />
    </>
  ),
};

/** A session from a course: a ring (appointment-block.tsx's CourseMark draws it inline elsewhere). */
export const COURSE_SHAPE = <circle cx="5" cy="5" r="3.6" fill="none" stroke="currentColor" strokeWidth="1.6" />;

const STATUSES = Object.keys(STATUS_SHAPES) as AppointmentStatus[];

/** Rendered once, before the grid. */
export function IconSprite() {
  return (
    <svg aria-hidden="true" className="absolute size-0 overflow-hidden">
      {STATUSES.map((status) => (
        <symbol key={status} id={`icon-status-${status}`} viewBox="0 0 12 12" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          {STATUS_SHAPES[status]}
        </symbol>
      ))}
      <symbol id="icon-course" viewBox="0 0 10 10">
        {COURSE_SHAPE}
      </symbol>
      <symbol id="icon-week" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round">
        <rect x="2" y="3" width="12" height="11" rx="1.5" />
        <path d="M2 6.5h12M5 1.8v2.4M11 1.8v2.4M5 9h.01M8 9h.01M11 9h.01M5 11.5h.01M8 11.5h.01" />
      </symbol>
    </svg>
  );
}

/** One of the sprite's icons; the page must hold an IconSprite. */
export function SpriteIcon({ name, className }: { name: SpriteIconName; className: string }) {
  return (
    <svg aria-hidden="true" className={className}>
      <use href={`#icon-${name}`} />
    </svg>
  );
}
