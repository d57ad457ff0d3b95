import { Badge } from "@/components/ui/badge";
import type { PortalVisit } from "@/lib/client-portal/load-portal";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";
import { CancelVisit } from "./cancel-visit";

/** The client's appointments still to come, soonest first, each with Cancel (policy said first). */
export function UpcomingVisits({ visits, timezone }: { visits: PortalVisit[]; timezone: string }) {
  if (visits.length === 0) return <p className="rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted">No appointments booked.</p>;
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
      {visits.map((v) => {
        const day = formatSalonDate(salonDateOf(v.startsAt, timezone));
        const time = formatSalonTime(v.startsAt, timezone);
        const what = `${v.serviceName} on ${day} at ${time}`;
        return (
          <li key={v.id} aria-label={what} className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-4 gap-y-3 px-4 py-3.5 sm:px-5">
            <div className="min-w-0">
              <p className="font-medium text-ink">
                {day} <span className="text-ink-muted">at</span> {time}
              </p>
              <p className="text-sm text-ink-muted">
                {v.serviceName} with {v.staffName}
              </p>
              <p className="mt-1 text-xs">
                {v.status === "CHECKED_IN" && (
                  <Badge tone="success" className="mr-1.5">
                    Checked in
                  </Badge>
                )}
                {v.courseName ? <span className="font-medium text-brand-800">Held from {v.courseName}</span> : <span className="text-ink-muted">Single treatment</span>}
              </p>
            </div>
            {/* Cancel sits top right; its confirm step takes the row's full width under the visit. */}
            {v.cancelNote && <CancelVisit appointmentId={v.id} what={what} note={v.cancelNote} />}
          </li>
        );
      })}
    </ul>
  );
}
