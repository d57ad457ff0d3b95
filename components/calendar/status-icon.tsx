import type { AppointmentStatus } from "./geometry";
import { SpriteIcon, STATUS_SHAPES } from "./icon-sprite";
import { STATUS_STYLE } from "./status";

/**
 * A distinct shape per status, so the status reads without its colour (deuteranopia makes Booked and
 * Checked in one blue, Completed and No-show one brown). Drawn in the status's strong colour; the word is
 * its tooltip here and in the block's description for screen readers, and the legend pairs the two.
 */
type Props = {
  status: AppointmentStatus;
  className?: string;
  /** Refer to the page's IconSprite instead of drawing the paths (the day grid's hundreds of blocks). */
  sprite?: boolean;
};

export function StatusIcon({ status, className = "size-3", sprite = false }: Props) {
  return (
    <span title={STATUS_STYLE[status].label} aria-hidden="true" data-status-icon={status} className={`inline-flex shrink-0 ${STATUS_TEXT[status]}`}>
      {sprite ? (
        <SpriteIcon name={`status-${status}`} className={className} />
      ) : (
        <svg viewBox="0 0 12 12" className={className} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          {STATUS_SHAPES[status]}
        </svg>
      )}
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
