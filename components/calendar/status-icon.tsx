import type { ReactNode } from "react";
import type { AppointmentStatus } from "./geometry";
import { STATUS_STYLE } from "./status";

/**
 * A distinct shape per status, so the status reads without its colour (deuteranopia makes Booked and
 * Checked in one blue, Completed and No-show one brown). Drawn in the status's strong colour; the word is
 * its tooltip here and in the block's description for screen readers, and the legend pairs the two.
 */
export function StatusIcon({ status, className = "size-3" }: { status: AppointmentStatus; className?: string }) {
  return (
    <span title={STATUS_STYLE[status].label} aria-hidden="true" data-status-icon={status} className={`inline-flex shrink-0 ${STATUS_TEXT[status]}`}>
      <svg viewBox="0 0 12 12" className={className} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        {SHAPES[status]}
      </svg>
    </span>
  );
}

const STATUS_TEXT: Record<AppointmentStatus, string> = {
  BOOKED: "text-status-booked",
  CHECKED_IN: "text-status-checked-in",
  COMPLETED: "text-status-completed",
  CANCELLED: "text-status-cancelled",
  NO_SHOW: "text-status-no-show",
};

const SHAPES: Record<AppointmentStatus, ReactNode> = {
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
