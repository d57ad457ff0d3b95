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

/** The desk's choices on the open lines; without it the table is read-only. */
export type LineSelection = {
  ticked: ReadonlySet<number>;
  redeem: ReadonlyMap<number, number>;
  disabled: boolean;
  onTick: (appointmentId: number, on: boolean) => void;
  onRedeem: (appointmentId: number, lineId: number | null) => void;
  /** Whether the line's course offer still has a free unit for it. */
  canRedeem: (item: VisitItem) => boolean;
};

function Amount({ item, currency, redeeming }: { item: VisitItem; currency: string; redeeming: boolean }) {
  if (item.status === "NO_SHOW") return <span className="text-xs whitespace-nowrap">Not charged</span>;
  // Redeemed from a course: said as the receipt says it, not as a £0.00 price.
  if (item.priceMinor === null || redeeming) return <span className="whitespace-nowrap text-ink-muted">No charge</span>;
  return <span className="tabular-nums">{formatMoney(item.priceMinor, currency)}</span>;
}

function CourseNote({ text, open, greyed }: { text: string; open: boolean; greyed?: boolean }) {
  return (
    <span className={cx("mt-0.5 flex items-center gap-1.5 text-xs", greyed ? "text-ink-subtle" : "text-ink-muted")}>
      {/* The circle colour the drawer uses: orange while held, red once redeemed. */}
      <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", open ? "bg-booked" : "bg-redeemed", greyed && "opacity-50")} />
      {text}
    </span>
  );
}

/** The day's appointments of one client: what is ticked, charged, redeemed, left for later, or already paid. */
export function VisitTable({ items, currency, selection }: { items: VisitItem[]; currency: string; selection?: LineSelection }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Appointments in this visit</caption>
      <thead className="border-b border-line bg-slate-50/70 text-left text-xs font-medium tracking-wide text-ink-muted uppercase">
        <tr>
          {selection && (
            <th scope="col" className="w-10 py-2.5 pl-5 font-medium">
              <span className="sr-only">Check out</span>
            </th>
          )}
          <th scope="col" className={cx("py-2.5 pr-3 font-medium", selection ? "pl-2" : "pl-5")}>Time</th>
          <th scope="col" className="px-3 py-2.5 font-medium">Service</th>
          <th scope="col" className="px-3 py-2.5 font-medium">Staff</th>
          <th scope="col" className="px-3 py-2.5 font-medium">Status</th>
          <th scope="col" className="w-28 py-2.5 pr-5 pl-3 text-right font-medium">Amount</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {items.map((item) => {
          const status = STATUS[item.status];
          const greyed = item.status === "NO_SHOW";
          const open = isOpen(item);
          const ticked = open && selection?.ticked.has(item.appointmentId);
          const left = open && selection !== undefined && !ticked;
          const redeemLine = selection?.redeem.get(item.appointmentId) ?? null;
          const checkLabel = `Check out ${item.serviceName} at ${item.time}`;
          return (
            <tr key={item.appointmentId} className={cx("align-top", greyed && "bg-slate-50/60 text-ink-subtle", left && "bg-slate-50/50")}>
              {selection && (
                <td className="py-3 pl-5">
                  {open && (
                    <input
                      type="checkbox"
                      aria-label={checkLabel}
                      checked={ticked}
                      disabled={selection.disabled}
                      onChange={(e) => selection.onTick(item.appointmentId, e.target.checked)}
                      className="mt-0.5 size-4 accent-brand-700"
                    />
                  )}
                </td>
              )}
              <td className={cx("py-3 pr-3 font-medium tabular-nums", selection ? "pl-2" : "pl-5", greyed || left ? "text-ink-subtle" : "text-ink")}>{item.time}</td>
              <td className="px-3 py-3">
                <span className={cx("font-medium", greyed ? "text-ink-subtle line-through decoration-1" : left ? "text-ink-muted" : "text-ink")}>{item.serviceName}</span>
                {item.courseNote && <CourseNote text={item.courseNote} open={open} greyed={greyed} />}
                {selection && open && item.redeemOffer && (
                  <label className={cx("mt-1.5 flex items-start gap-2 text-xs", ticked ? "text-ink" : "text-ink-subtle")}>
                    <input
                      type="checkbox"
                      checked={redeemLine !== null}
                      disabled={selection.disabled || !ticked || !selection.canRedeem(item)}
                      onChange={(e) => selection.onRedeem(item.appointmentId, e.target.checked ? item.redeemOffer!.lineId : null)}
                      className="mt-px size-3.5 accent-brand-700"
                    />
                    <span>
                      <span className="font-medium">Redeem from course</span>
                      <span className="text-ink-muted"> — {item.redeemOffer.label}</span>
                      {ticked && !selection.canRedeem(item) && <span className="block text-ink-muted">No free session left for this one.</span>}
                    </span>
                  </label>
                )}
                {left && <span className="mt-0.5 block text-xs text-ink-muted">Not checked out now: stays {item.status === "CHECKED_IN" ? "checked in" : "booked"}.</span>}
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
              <td className={cx("py-3 pr-5 pl-3 text-right", greyed || left ? "text-ink-subtle" : "text-ink")}>
                <Amount item={item} currency={currency} redeeming={redeemLine !== null} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
