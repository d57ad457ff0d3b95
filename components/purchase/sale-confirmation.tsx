"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { CourseSaleReceipt } from "@/lib/course-templates/sell-at-desk";
import { formatMoney } from "@/lib/money";

const METHOD: Record<CourseSaleReceipt["paymentMethod"], string> = { CARD: "card", CASH: "cash", SPLIT: "card and cash", NONE: "no payment" };

/** What the desk sees after taking payment: what was sold, and where to go next. */
export function SaleConfirmation({ receipt, currency, onSellAnother }: { receipt: CourseSaleReceipt; currency: string; onSellAnother: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="rounded-lg border border-green-200 bg-green-50 p-5 focus:outline-none">
      <p className="text-base font-semibold text-green-900">
        Sold {receipt.courseName} to {receipt.clientName} — {formatMoney(receipt.priceMinor, currency)} ({METHOD[receipt.paymentMethod]})
      </p>
      <p className="mt-1 text-sm text-green-800">The course is on the client card now, and its full price counts in today&rsquo;s sales.</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href={`/clients/${receipt.clientId}`} className={buttonClasses({ variant: "primary", size: "sm" })}>
          Open client card
        </Link>
        <Link href="/calendar" className={buttonClasses({ variant: "secondary", size: "sm" })}>
          Book a session
        </Link>
        <Link href={`/sales/${receipt.saleId}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          Receipt
        </Link>
        <Button variant="ghost" size="sm" onClick={onSellAnother}>
          Sell another
        </Button>
      </div>
    </div>
  );
}
