"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { cx } from "@/components/ui/cx";
import type { VisitTotals } from "@/lib/checkout/visit-totals";
import { formatMoney } from "@/lib/money";

export type Method = "CARD" | "CASH";

const METHODS: { value: Method; label: string }[] = [
  { value: "CARD", label: "Card" },
  { value: "CASH", label: "Cash" },
];

type Props = {
  totals: VisitTotals;
  currency: string;
  method: Method;
  onMethod: (method: Method) => void;
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
export function TakePayment({ totals, currency, method, onMethod, busy, error, confirmEarly, onSubmit, onConfirmEarly, onKeep }: Props) {
  const legendId = useId();
  const { charged, redeemed, leftOpen, dueMinor } = totals;
  const nothingTicked = charged.length + redeemed.length === 0;
  const free = dueMinor === 0;
  const label = nothingTicked ? "Take payment" : free ? "Complete visit" : `Take payment ${formatMoney(dueMinor, currency)}`;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && !nothingTicked && !confirmEarly) onSubmit();
      }}
      className="flex flex-col gap-5"
      aria-busy={busy || undefined}
    >
      <dl className="space-y-2 text-sm">
        {charged.length > 0 && <Row label={`Services charged (${charged.length})`} value={formatMoney(dueMinor, currency)} />}
        {redeemed.length > 0 && <Row label={`Redeemed from courses (${redeemed.length})`} value={formatMoney(0, currency)} />}
        {leftOpen.length > 0 && <Row label={`Left for later (${leftOpen.length})`} value="not charged" muted />}
        <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
          <dt className="font-medium text-ink">Total due</dt>
          <dd className="text-2xl font-semibold tracking-tight text-ink tabular-nums">{formatMoney(dueMinor, currency)}</dd>
        </div>
      </dl>

      {nothingTicked ? (
        <p className="text-sm text-ink-muted">Tick the appointments the client has had to check them out.</p>
      ) : free ? (
        <p className="rounded-md bg-brand-50 px-3.5 py-3 text-sm text-brand-900 ring-1 ring-brand-200 ring-inset">
          Nothing to pay: every ticked service is redeemed from a course.
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
                <span className="font-medium text-ink">{m.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {confirmEarly ? (
        <ConfirmPanel
          title="Check out early?"
          confirmLabel={free ? "Complete visit now" : "Take payment now"}
          pendingLabel={free ? "Completing…" : "Taking payment…"}
          keepLabel="Not yet"
          tone="neutral"
          pending={busy}
          onConfirm={onConfirmEarly}
          onKeep={onKeep}
        >
          {confirmEarly}
        </ConfirmPanel>
      ) : (
        <Button type="submit" size="lg" className="w-full" disabled={busy || nothingTicked}>
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
        {busy ? (free ? "Completing the visit…" : "Taking payment…") : ""}
      </p>
    </form>
  );
}
