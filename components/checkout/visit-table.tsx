import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { saleNumber } from "@/lib/checkout/load-receipt";
import type { VisitItem } from "@/lib/checkout/load-visit";
import { formatMoney } from "@/lib/money";

const STATUS: Record<VisitItem["status"], { label: string; tone: BadgeTone }> = {
  BOOKED: { label: "Booked", tone: "info" },
  CHECKED_IN: { label: "Checked in", tone: "brand" },
  COMPLETED: { label: "Paid", tone: "success" },
  CANCELLED: { label: "Cancelled", tone: "neutral" },
  NO_SHOW: { label: "No-show", tone: "neutral" },
};

const isOpen = (item: VisitItem) => item.status === "BOOKED" || item.status === "CHECKED_IN";

function Amount({ item, currency }: { item: VisitItem; currency: string }) {
  if (item.status === "NO_SHOW") return <span className="text-xs whitespace-nowrap">Not charged</span>;
  // Redeemed from a course: said as the receipt says it, not as a £0.00 price.
  if (item.priceMinor === null) return <span className="whitespace-nowrap text-ink-muted">No charge</span>;
  return <span className="tabular-nums">{formatMoney(item.priceMinor ?? 0, currency)}</span>;
}

/** The day's appointments of one client: what is charged, what is redeemed, what is already paid. */
export function VisitTable({ items, currency }: { items: VisitItem[]; currency: string }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Appointments in this visit</caption>
      <thead className="border-b border-line bg-slate-50/70 text-left text-xs font-medium tracking-wide text-ink-muted uppercase">
        <tr>
          <th scope="col" className="py-2.5 pr-3 pl-5 font-medium">Time</th>
          <th scope="col" className="px-3 py-2.5 font-medium">Service</th>
          <th scope="col" className="px-3 py-2.5 font-medium">Staff</th>
          <th scope="col" className="px-3 py-2.5 font-medium">Status</th>
          <th scope="col" className="py-2.5 pr-5 pl-3 text-right font-medium">Amount</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {items.map((item) => {
          const status = STATUS[item.status];
          const greyed = item.status === "NO_SHOW";
          return (
            <tr key={item.appointmentId} className={cx("align-top", greyed && "bg-slate-50/60 text-ink-subtle")}>
              <td className={cx("py-3 pr-3 pl-5 font-medium tabular-nums", greyed ? "text-ink-subtle" : "text-ink")}>{item.time}</td>
              <td className="px-3 py-3">
                <span className={cx("font-medium", greyed ? "text-ink-subtle line-through decoration-1" : "text-ink")}>{item.serviceName}</span>
                {item.courseNote && (
                  <span className={cx("mt-0.5 flex items-center gap-1.5 text-xs", greyed ? "text-ink-subtle" : "text-ink-muted")}>
                    {/* The circle colour the drawer uses: orange while held, red once redeemed. */}
                    <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", isOpen(item) ? "bg-booked" : "bg-redeemed", greyed && "opacity-50")} />
                    {item.courseNote}
                  </span>
                )}
              </td>
              <td className={cx("px-3 py-3 whitespace-nowrap", greyed ? "text-ink-subtle" : "text-ink-muted")}>{item.staffName}</td>
              <td className="px-3 py-3">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Badge tone={status.tone} className={greyed ? "opacity-70" : undefined}>
                    {status.label}
                  </Badge>
                  {item.status === "COMPLETED" && item.saleId && (
                    <Link href={`/sales/${item.saleId}`} className="text-xs font-medium text-brand-700 underline-offset-2 hover:underline">
                      Receipt {saleNumber(item.saleId)}
                    </Link>
                  )}
                </div>
              </td>
              <td className={cx("py-3 pr-5 pl-3 text-right", greyed ? "text-ink-subtle" : "text-ink")}>
                <Amount item={item} currency={currency} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
