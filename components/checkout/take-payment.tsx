"use client";

import { useId, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { cx } from "@/components/ui/cx";
import type { VisitTotals } from "@/lib/checkout/visit-totals";
import { formatMoney } from "@/lib/money";
import { PriceInput } from "@/components/services/price-input";

export type Method = "CARD" | "CASH" | "SPLIT";

const METHODS: { value: Method; label: string }[] = [
  { value: "CARD", label: "Card" },
  { value: "CASH", label: "Cash" },
  { value: "SPLIT", label: "Card + cash" },
];

/** The till's figures once discounts and the desk's tender are read (components/checkout/checkout-visit.tsx). */
export type TillFigures = {
  /** Before discounts, and what they take off. */
  listMinor: number;
  discountMinor: number;
  dueMinor: number;
  /** Card + cash: the card part as typed; the cash part is the rest. */
  cardText: string;
  cashMinor: number;
  /** Cash handed over, as typed ("" = exact), and the change to give (null until it can be read). */
  receivedText: string;
  changeMinor: number | null;
  tenderError: string | null;
};

type Props = {
  totals: VisitTotals;
  currency: string;
  method: Method;
  onMethod: (method: Method) => void;
  till: TillFigures;
  onCardText: (text: string) => void;
  onReceivedText: (text: string) => void;
  /** The discounts editor, shown once something is charged. */
  discounts: ReactNode;
  busy: boolean;
  error: string | null;
  /** "Check out early?": the lines that have not started, asked before paying. */
  confirmEarly: string | null;
  onSubmit: () => void;
  onConfirmEarly: () => void;
  onKeep: () => void;
};

function Row({ label, value, muted }: { label: string; value: string; muted?: boolean }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-ink-muted">{label}</dt>
      <dd className={cx("whitespace-nowrap tabular-nums", muted ? "text-ink-muted" : "text-ink")}>{value}</dd>
    </div>
  );
}

/** The payment panel of the checkout screen: what the ticked lines come to, how it is paid, and the one button. */
export function TakePayment({ totals, currency, method, onMethod, till, onCardText, onReceivedText, discounts, busy, error, confirmEarly, onSubmit, onConfirmEarly, onKeep }: Props) {
  const legendId = useId();
  const { charged, redeemed, leftOpen } = totals;
  const { dueMinor } = till;
  const nothingTicked = charged.length + redeemed.length === 0;
  const free = dueMinor === 0 && charged.length === 0;
  const label = nothingTicked ? "Take payment" : dueMinor === 0 ? "Complete visit" : `Take payment ${formatMoney(dueMinor, currency)}`;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && !nothingTicked && !confirmEarly && !till.tenderError) onSubmit();
      }}
      className="flex flex-col gap-5"
      aria-busy={busy || undefined}
    >
      <dl className="space-y-2 text-sm">
        {charged.length > 0 && <Row label={`Services charged (${charged.length})`} value={formatMoney(till.listMinor, currency)} />}
        {till.discountMinor > 0 && <Row label="Discounts" value={`−${formatMoney(till.discountMinor, currency)}`} />}
        {redeemed.length > 0 && <Row label={`Redeemed from courses (${redeemed.length})`} value={formatMoney(0, currency)} />}
        {leftOpen.length > 0 && <Row label={`Left for later (${leftOpen.length})`} value="not charged" muted />}
        <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
          <dt className="font-medium text-ink">Total due</dt>
          <dd className="text-2xl font-semibold tracking-tight text-ink tabular-nums">{formatMoney(dueMinor, currency)}</dd>
        </div>
      </dl>

      {charged.length > 0 && discounts}

      {nothingTicked ? (
        <p className="text-sm text-ink-muted">Tick the appointments the client has had to check them out.</p>
      ) : dueMinor === 0 ? (
        <p className="rounded-md bg-brand-50 px-3.5 py-3 text-sm text-brand-900 ring-1 ring-brand-200 ring-inset">
          {free ? "Nothing to pay: every ticked service is redeemed from a course." : "Nothing to pay after the discounts."}
        </p>
      ) : (
        <fieldset role="radiogroup" aria-labelledby={legendId} disabled={busy} className="space-y-2">
          <legend id={legendId} className="mb-2 text-sm font-medium text-ink">
            Payment method
          </legend>
          <div className="grid grid-cols-2 gap-2">
            {METHODS.map((m) => (
              <label
                key={m.value}
                className={cx(
                  "flex h-11 cursor-pointer items-center gap-2.5 rounded-md border px-3 text-sm transition-colors",
                  m.value === "SPLIT" && "col-span-2",
                  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                  method === m.value ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600" : "border-line-strong bg-surface hover:border-slate-400",
                  busy && "cursor-not-allowed opacity-70",
                )}
              >
                <input
                  type="radio"
                  name="paymentMethod"
                  value={m.value}
                  checked={method === m.value}
                  onChange={() => onMethod(m.value)}
                  className="size-4 accent-brand-700 focus-visible:outline-none"
                />
                <span className="font-medium whitespace-nowrap text-ink">{m.label}</span>
              </label>
            ))}
          </div>
          {method === "SPLIT" && (
            <div className="space-y-1 pt-2">
              <PriceInput label="On card" currency={currency} value={till.cardText} onChange={onCardText} />
              <p className="text-sm text-ink-muted">
                In cash: <span className="font-medium text-ink tabular-nums">{formatMoney(till.cashMinor, currency)}</span>
              </p>
            </div>
          )}
          {method !== "CARD" && till.cashMinor > 0 && (
            <div className="space-y-1 pt-2">
              <PriceInput label="Cash received" hint="Leave empty for the exact amount." currency={currency} value={till.receivedText} onChange={onReceivedText} />
              {till.changeMinor !== null && till.changeMinor > 0 && (
                <p role="status" className="text-sm font-medium text-ink">
                  Change to give: <span className="tabular-nums">{formatMoney(till.changeMinor, currency)}</span>
                </p>
              )}
            </div>
          )}
          {till.tenderError && <p className="text-sm text-red-700">{till.tenderError}</p>}
        </fieldset>
      )}

      {confirmEarly ? (
        <ConfirmPanel
          title="Check out early?"
          confirmLabel={dueMinor === 0 ? "Complete visit now" : "Take payment now"}
          pendingLabel={dueMinor === 0 ? "Completing…" : "Taking payment…"}
          keepLabel="Not yet"
          tone="neutral"
          pending={busy}
          onConfirm={onConfirmEarly}
          onKeep={onKeep}
        >
          {confirmEarly}
        </ConfirmPanel>
      ) : (
        <Button type="submit" size="lg" className="w-full" disabled={busy || nothingTicked || Boolean(till.tenderError)}>
          {busy && (
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 animate-spin" fill="none">
              <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
              <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
            </svg>
          )}
          {label}
        </Button>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      {/* Absolutely placed (sr-only), so it takes no gap in the column. */}
      <p aria-live="polite" className="sr-only">
        {busy ? (dueMinor === 0 ? "Completing the visit…" : "Taking payment…") : ""}
      </p>
    </form>
  );
}
