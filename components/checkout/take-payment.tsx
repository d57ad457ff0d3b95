"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { checkoutAction } from "@/app/(app)/calendar/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

type Method = "CARD" | "CASH";

const METHODS: { value: Method; label: string }[] = [
  { value: "CARD", label: "Card" },
  { value: "CASH", label: "Cash" },
];

/**
 * One key per page load, sent with every click: a double click or a retry finds the first sale.
 * crypto.randomUUID needs a secure context; a desk on plain http (a LAN address) falls back to
 * getRandomValues, which works everywhere.
 */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `checkout-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

type Props = {
  /** The visit's open appointments, paid for together. */
  appointmentIds: number[];
  dueMinor: number;
};

/** The payment panel of the checkout screen: method, then "Take payment", then the receipt. */
export function TakePayment({ appointmentIds, dueMinor }: Props) {
  const router = useRouter();
  const legendId = useId();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [method, setMethod] = useState<Method>("CARD");
  const [error, setError] = useState<string | null>(null);
  // Locked from the first click until a failure: stays locked while the receipt loads.
  const [locked, setLocked] = useState(false);
  const inFlight = useRef(false);
  const [pending, startTransition] = useTransition();
  const busy = locked || pending;
  const nothingToPay = dueMinor === 0;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return; // a second click before React re-rendered the button as disabled
    inFlight.current = true;
    setLocked(true);
    setError(null);
    startTransition(async () => {
      let message: string;
      try {
        const result = await checkoutAction({ appointmentIds, paymentMethod: method, idempotencyKey });
        if (result.ok) {
          router.push(`/sales/${result.data.saleId}`);
          return;
        }
        message = result.error;
      } catch {
        message = "The salon server could not be reached. Check the connection and try again: trying again never charges twice.";
      }
      inFlight.current = false;
      setLocked(false);
      setError(message);
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-busy={busy || undefined}>
      {nothingToPay ? (
        <p className="rounded-md bg-brand-50 px-3.5 py-3 text-sm text-brand-900 ring-1 ring-brand-200 ring-inset">
          Nothing to pay: every service is redeemed from a course.
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
                  onChange={() => setMethod(m.value)}
                  className="size-4 accent-brand-700 focus-visible:outline-none"
                />
                <span className="font-medium text-ink">{m.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <Button type="submit" size="lg" className="w-full" disabled={busy}>
        {busy && (
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 animate-spin" fill="none">
            <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
            <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
          </svg>
        )}
        Take payment
      </Button>
      <p aria-live="polite" className="sr-only">
        {busy ? "Taking payment…" : ""}
      </p>

      {error && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
