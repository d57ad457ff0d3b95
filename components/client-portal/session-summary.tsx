import { formatDuration } from "@/components/booking/format";

type Props = { serviceName: string; minutes: number; staffName: string; dateLabel: string; time: string; paidBy: string };

/** The session about to be booked, as a definition list a screen reader reads in pairs; no price: the course pays. */
export function SessionSummary({ serviceName, minutes, staffName, dateLabel, time, paidBy }: Props) {
  const rows: [string, string][] = [
    ["Treatment", `${serviceName} (${formatDuration(minutes)})`],
    ["With", staffName],
    ["Day", dateLabel],
    ["Time", time],
    ["Paid by", paidBy],
  ];
  return (
    <div className="rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5">
      <dl className="grid grid-cols-[auto_1fr] gap-x-5 gap-y-2 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-ink-muted">{term}</dt>
            <dd className="font-medium text-ink">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
