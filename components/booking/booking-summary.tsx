import type { ReactNode } from "react";
import { formatMoney } from "@/lib/money";
import { formatDuration } from "./format";

type Props = {
  serviceName: string;
  durationMinutes: number;
  /** A single's price… */
  price?: { minor: number; currency: string };
  /** …or the course a session is held from (the client's page): nothing to pay on the day. */
  paidBy?: string;
  staffName?: string;
  /** "Wed 1 Jul 2026" */
  dateLabel?: string;
  time?: string;
  children?: ReactNode;
};

/** What is being (or was) booked, as a definition list a screen reader reads in pairs. */
export function BookingSummary({ serviceName, durationMinutes, price, paidBy, staffName, dateLabel, time, children }: Props) {
  const rows: [string, ReactNode][] = [
    ["Treatment", `${serviceName} (${formatDuration(durationMinutes)})`],
    ...(staffName ? ([["With", staffName]] as [string, ReactNode][]) : []),
    ...(dateLabel ? ([["Day", dateLabel]] as [string, ReactNode][]) : []),
    ...(time ? ([["Time", time]] as [string, ReactNode][]) : []),
    ...(price ? ([["Price", formatMoney(price.minor, price.currency)]] as [string, ReactNode][]) : []),
    ...(paidBy ? ([["Paid by", paidBy]] as [string, ReactNode][]) : []),
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
      {children}
    </div>
  );
}
