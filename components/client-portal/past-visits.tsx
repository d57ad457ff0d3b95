import type { PortalVisit } from "@/lib/client-portal/load-portal";
import { formatSalonDate, formatSalonTime, salonDateOf } from "@/lib/time";

const STATUS: Record<PortalVisit["status"], string> = {
  BOOKED: "Booked",
  CHECKED_IN: "Checked in",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
  NO_SHOW: "Missed",
};

/** The client's past visits, newest first: day, treatment, stylist, what happened. */
export function PastVisits({ visits, timezone }: { visits: PortalVisit[]; timezone: string }) {
  if (visits.length === 0) return <p className="rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted">No past visits yet.</p>;
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Past visits</caption>
        <thead className="border-b border-line bg-canvas">
          <tr className="text-left text-xs font-semibold tracking-wide text-ink-muted uppercase">
            <th scope="col" className="px-4 py-2.5 font-semibold sm:px-5">Date</th>
            <th scope="col" className="px-3 py-2.5 font-semibold">Treatment</th>
            <th scope="col" className="hidden px-3 py-2.5 font-semibold sm:table-cell">With</th>
            <th scope="col" className="hidden px-4 py-2.5 text-right font-semibold sm:table-cell sm:px-5">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {visits.map((v) => (
            <tr key={v.id}>
              <td className="px-4 py-2.5 text-ink sm:px-5">
                <span className="whitespace-nowrap">{formatSalonDate(salonDateOf(v.startsAt, timezone))}</span>
                <span className="block text-xs text-ink-muted">{formatSalonTime(v.startsAt, timezone)}</span>
              </td>
              <td className="px-3 py-2.5 text-ink">
                {v.serviceName}
                {/* On a phone the stylist and the status sit under the treatment. */}
                <span className="block text-xs text-ink-muted sm:hidden">
                  {v.staffName} · {STATUS[v.status]}
                </span>
              </td>
              <td className="hidden px-3 py-2.5 text-ink-muted sm:table-cell">{v.staffName}</td>
              <td className="hidden px-4 py-2.5 text-right text-ink sm:table-cell sm:px-5">{STATUS[v.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
