import type { AppointmentStatus } from "./geometry";

/** How each status looks on the grid: a soft fill, a strong left edge and a dot for the legend. Literal class names so Tailwind sees them. */
export const STATUS_STYLE: Record<AppointmentStatus, { label: string; block: string; dot: string }> = {
  BOOKED: {
    label: "Booked",
    block: "bg-status-booked-soft border-status-booked ring-status-booked/25",
    dot: "bg-status-booked",
  },
  CHECKED_IN: {
    label: "Checked in",
    block: "bg-status-checked-in-soft border-status-checked-in ring-status-checked-in/25",
    dot: "bg-status-checked-in",
  },
  COMPLETED: {
    label: "Completed",
    block: "bg-status-completed-soft border-status-completed ring-status-completed/25",
    dot: "bg-status-completed",
  },
  CANCELLED: {
    label: "Cancelled",
    block: "bg-status-cancelled-soft border-status-cancelled ring-status-cancelled/25",
    dot: "bg-status-cancelled",
  },
  NO_SHOW: {
    label: "No-show",
    block: "bg-status-no-show-soft border-status-no-show ring-status-no-show/25",
    dot: "bg-status-no-show",
  },
};

export const STATUS_ORDER: AppointmentStatus[] = ["BOOKED", "CHECKED_IN", "COMPLETED", "CANCELLED", "NO_SHOW"];

/** Cancelled and no-show appointments are hidden unless "Show cancelled" is on. */
export function isWithdrawn(status: AppointmentStatus): boolean {
  return status === "CANCELLED" || status === "NO_SHOW";
}
