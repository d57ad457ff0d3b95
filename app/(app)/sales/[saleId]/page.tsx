import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { longDate, PAYMENT_LABEL } from "@/components/checkout/format";
import { PrintButton } from "@/components/checkout/print-button";
import { VatTable } from "@/components/checkout/vat-table";
import { VoidCheckout } from "@/components/checkout/void-checkout";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PrintStyles } from "@/components/ui/print-styles";
import { requireStaff } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { calendarHref } from "@/lib/calendar/links";
import { loadReceipt, saleNumber, type Receipt } from "@/lib/checkout/load-receipt";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ saleId: string }> };

const parseSaleId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseSaleId((await params).saleId);
  return { title: id ? `Receipt ${String(id).padStart(6, "0")}` : "Receipt" };
}

const HEADING: Record<Receipt["kind"], string> = { VISIT: "Receipt", COURSE: "Receipt", REFUND: "Refund receipt", VOID: "Void receipt" };
const LINES_HEADING: Record<Receipt["kind"], string> = { VISIT: "Services", COURSE: "Courses and packages", REFUND: "Refunded", VOID: "Charges reversed" };

export default async function ReceiptPage({ params }: Props) {
  const staff = await requireStaff();
  const saleId = parseSaleId((await params).saleId);
  const receipt = saleId ? await loadReceipt(db, saleId) : null;
  if (!receipt) notFound();
  const money = (minor: number) => formatMoney(minor, receipt.currency);
  const refund = receipt.kind === "REFUND" || receipt.kind === "VOID";
  const voidable = receipt.kind === "VISIT" && !receipt.voided && hasRole(staff, "MANAGER");

  return (
    <div className="mx-auto max-w-xl">
      <PrintStyles />
      <div className="mb-5 flex items-center justify-between gap-3 print:hidden">
        <Link href={calendarHref(receipt.calendarDate)} className={buttonClasses({ variant: "secondary" })}>
          <span aria-hidden="true">←</span> Back to calendar
        </Link>
        <div className="flex items-center gap-2">
          {voidable && <VoidCheckout saleId={receipt.saleId} number={receipt.number} />}
          <PrintButton />
        </div>
      </div>
      {receipt.voided && (
        <Alert tone="warning" className="mb-5" title={`This checkout was voided on ${receipt.voided.when} by ${receipt.voided.by}.`}>
          <p>Reason: {receipt.voided.reason}</p>
          <p className="mt-1">
            Its sessions were booked again and the visit can be checked out again.
            {receipt.voided.reversalSaleId && (
              <>
                {" "}
                <Link href={`/sales/${receipt.voided.reversalSaleId}`} className="font-medium underline underline-offset-2">
                  Void receipt {saleNumber(receipt.voided.reversalSaleId)}
                </Link>
              </>
            )}
          </p>
        </Alert>
      )}
      {receipt.reverses && (
        <Alert tone="info" className="mb-5">
          This receipt voids{" "}
          <Link href={`/sales/${receipt.reverses.saleId}`} className="font-medium underline underline-offset-2">
            receipt {receipt.reverses.number}
          </Link>
          : its charges are reversed on the day of the void.
        </Alert>
      )}

      <article aria-labelledby="receipt-heading" className="rounded-lg border border-line bg-surface shadow-xs print:rounded-none print:border-0 print:shadow-none">
        <header className="border-b border-dashed border-line-strong px-6 pt-6 pb-5 text-center">
          <p className="text-lg font-semibold tracking-tight text-ink">{receipt.salonName}</p>
          {(receipt.salonAddress || receipt.salonPhone) && (
            <p className="mt-1 text-xs text-ink-muted">{[receipt.salonAddress, receipt.salonPhone].filter(Boolean).join(" · ")}</p>
          )}
          <h1 id="receipt-heading" className="mt-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">
            {HEADING[receipt.kind]}
            {receipt.voided && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">Void</span>}
          </h1>
          <p className="mt-1 text-sm text-ink">
            Sale no. <span className="font-mono font-medium">{receipt.number}</span>
          </p>
          <p className="mt-0.5 text-sm text-ink-muted">
            <time dateTime={receipt.takenOn}>{longDate(receipt.takenOn)}</time> at {receipt.takenAt}
          </p>
        </header>

        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1.5 border-b border-dashed border-line-strong px-6 py-4 text-sm">
          <dt className="text-ink-muted">Client</dt>
          <dd className="text-right font-medium text-ink">{receipt.client?.name ?? "Walk-in"}</dd>
          <dt className="text-ink-muted">Taken by</dt>
          <dd className="text-right text-ink">{receipt.takenBy ?? "—"}</dd>
        </dl>

        {receipt.lines.length > 0 && (
          <Section title={LINES_HEADING[receipt.kind]}>
            {receipt.lines.map((line) => (
              <Row
                key={line.id}
                label={line.label}
                detail={line.detail}
                amount={money(line.amountMinor)}
                before={line.discountMinor > 0 ? `${money(line.listMinor)} less ${money(line.discountMinor)} discount` : null}
              />
            ))}
          </Section>
        )}

        {receipt.redemptions.length > 0 && (
          <Section title="Redeemed from courses">
            {receipt.redemptions.map((r) => (
              <Row key={r.id} label={`${r.serviceName} — ${r.courseNote}`} detail={r.detail} amount="No charge" muted />
            ))}
          </Section>
        )}

        <dl className="space-y-1.5 px-6 py-5 text-sm">
          {receipt.discountReason && (
            <div className="flex justify-between gap-4">
              <dt className="text-ink-muted">Discount</dt>
              <dd className="text-right text-ink">
                −{money(receipt.lines.reduce((sum, l) => sum + l.discountMinor, 0))} <span className="text-ink-muted">({receipt.discountReason})</span>
              </dd>
            </div>
          )}
          <div className="flex items-baseline justify-between gap-4">
            <dt className="text-base font-semibold text-ink">{receipt.kind === "VOID" ? "Total reversed" : refund ? "Total refunded" : "Total"}</dt>
            <dd className="text-xl font-semibold tracking-tight text-ink tabular-nums">{money(receipt.totalMinor)}</dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-ink-muted">{refund ? "Refund method" : "Payment method"}</dt>
            <dd className="text-ink">{PAYMENT_LABEL[receipt.paymentMethod]}</dd>
          </div>
          {receipt.payments.length > 1 &&
            receipt.payments.map((p) => (
              <div key={p.method} className="flex justify-between gap-4 pl-3">
                <dt className="text-ink-muted">{PAYMENT_LABEL[p.method]}</dt>
                <dd className="text-ink tabular-nums">{money(p.amountMinor)}</dd>
              </div>
            ))}
          {receipt.payments
            .filter((p) => p.method === "CASH" && p.tenderedMinor !== null && p.changeMinor > 0)
            .map((p) => (
              <div key="change" className="flex justify-between gap-4">
                <dt className="text-ink-muted">Cash received · change given</dt>
                <dd className="text-ink tabular-nums">
                  {money(p.tenderedMinor!)} · {money(p.changeMinor)}
                </dd>
              </div>
            ))}
        </dl>

        {receipt.vat.length > 0 && <VatTable rows={receipt.vat} vatNumber={receipt.vatNumber} currency={receipt.currency} />}

        <p className="border-t border-dashed border-line-strong px-6 py-4 text-center text-xs text-ink-subtle">
          {receipt.kind === "VOID" ? "This void is recorded on the day it was made." : refund ? "This refund is recorded against the course." : "Thank you for visiting us."}
        </p>
      </article>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-b border-dashed border-line-strong px-6 py-4">
      <h2 className="mb-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">{title}</h2>
      <ul className="space-y-3">{children}</ul>
    </section>
  );
}

function Row({ label, detail, amount, muted, before }: { label: string; detail: string | null; amount: string; muted?: boolean; before?: string | null }) {
  return (
    <li className="flex items-start justify-between gap-4 text-sm">
      <div className="min-w-0">
        <p className="font-medium text-ink">{label}</p>
        {detail && <p className="text-xs text-ink-muted">{detail}</p>}
        {before && <p className="text-xs text-ink-muted">{before}</p>}
      </div>
      <p className={muted ? "shrink-0 text-ink-muted" : "shrink-0 text-ink tabular-nums"}>{amount}</p>
    </li>
  );
}
