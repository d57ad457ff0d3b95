import { StatusIcon } from "@/components/calendar/status-icon";
import { cx } from "@/components/ui/cx";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";

type Status = AppointmentDetail["status"];

const STATUS: Record<Status, { label: string; className: string }> = {
  // Sky-600 on sky-100 is 3.5:1; the word needs 4.5:1, so Booked reads in sky-800 (its shape keeps the hue).
  BOOKED: { label: "Booked", className: "bg-status-booked-soft text-sky-800 ring-status-booked/30" },
  CHECKED_IN: { label: "Checked in", className: "bg-status-checked-in-soft text-status-checked-in ring-status-checked-in/30" },
  COMPLETED: { label: "Completed", className: "bg-status-completed-soft text-status-completed ring-status-completed/30" },
  CANCELLED: { label: "Cancelled", className: "bg-status-cancelled-soft text-slate-600 ring-status-cancelled/30" },
  NO_SHOW: { label: "No-show", className: "bg-status-no-show-soft text-status-no-show ring-status-no-show/30" },
};

/** Why a closed appointment's fields are greyed out, in the desk's words. */
export const READ_ONLY_LINE: Record<Status, string> = {
  BOOKED: "",
  CHECKED_IN: "",
  COMPLETED: "This appointment is completed (paid at checkout) and can no longer be changed.",
  CANCELLED: "This appointment was cancelled and can no longer be changed.",
  NO_SHOW: "This appointment was a no-show and can no longer be changed.",
};

export function StatusBadge({ status }: { status: Status }) {
  const style = STATUS[status];
  return (
    <span className={cx("inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", style.className)}>
      <StatusIcon status={status} />
      {style.label}
    </span>
  );
}
