import Link from "next/link";
import { shortDate } from "@/lib/courses/views/remaining";
import type { CardSale } from "@/lib/clients/client-card";
import { formatMoney } from "@/lib/money";

const METHOD = { CARD: "by card", CASH: "by cash", SPLIT: "by card and cash", NONE: "no charge" } as const;

/** A client's sales (visits, courses, refunds), newest first, each linking to its receipt. */
export function PurchasesList({ sales, currency }: { sales: CardSale[]; currency: string }) {
  if (sales.length === 0) return <p className="px-5 py-4 text-sm text-ink-muted">No purchases yet.</p>;
  return (
    <ul className="divide-y divide-line">
      {sales.map((s) => (
        <li key={s.id} className="flex flex-wrap items-start justify-between gap-x-6 gap-y-1 px-5 py-3 text-sm">
          <div className="min-w-0">
            <p className="font-medium text-ink">
              <Link href={`/sales/${s.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                Sale {String(s.id).padStart(6, "0")}
              </Link>
              <span className="font-normal text-ink-muted"> · {shortDate(s.saleOn)}</span>
            </p>
            <ul className="mt-0.5 text-ink-muted">
              {s.lines.map((l) => (
                <li key={l.id}>
                  {l.description} <span className="tabular-nums">{formatMoney(l.amountMinor, currency)}</span>
                </li>
              ))}
              {s.redeemed > 0 && (
                <li>
                  {s.redeemed} course {s.redeemed === 1 ? "session" : "sessions"} redeemed, no charge
                </li>
              )}
            </ul>
          </div>
          <p className="shrink-0 text-right">
            <span className={s.totalMinor < 0 ? "font-semibold text-red-700 tabular-nums" : "font-semibold text-ink tabular-nums"}>{formatMoney(s.totalMinor, currency)}</span>
            <span className="block text-xs text-ink-muted">
              {s.paymentMethod === "NONE" ? METHOD.NONE : `${s.totalMinor < 0 ? "refunded" : "paid"} ${METHOD[s.paymentMethod]}`}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
