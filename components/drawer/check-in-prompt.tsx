"use client";

import { ClientAlert } from "@/components/clients/client-alert";
import { useId, useLayoutEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

import type { CheckInOffer } from "@/lib/appointments/check-in";

type Props = {
  offer: CheckInOffer;
  clientName: string;
  serviceName: string;
  /** The client's alert, repeated here: the moment they arrive is when it matters. */
  alert: string;
  busy: "redeem" | "single" | null;
  error: string | null;
  onRedeem: () => void;
  onSingle: () => void;
  /** Esc: nothing happens, the appointment stays as it was. */
  onCancel: () => void;
};

/**
 * "Redeem service from course?": checking in a single appointment for a client who holds a course
 * with a free unit for that service. A second modal dialog over the drawer; Esc backs out.
 */
export function CheckInPrompt({ offer, clientName, serviceName, alert, busy, error, onRedeem, onSingle, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  // Layout effect: the cleanup closes the dialog while it is still in the document, so the browser
  // gives focus back to "Check in" rather than dropping it on the page.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        if (busy) e.preventDefault(); // never while an answer is on its way
      }}
      onClose={(e) => {
        if (e.target === e.currentTarget && ref.current?.isConnected) onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-4 p-6">
        <div className="flex items-start gap-3">
          <span aria-hidden="true" className="mt-0.5 grid size-9 shrink-0 place-items-center rounded-full bg-green-50 ring-1 ring-green-200">
            <svg viewBox="0 0 22 22" className="size-5">
              <circle cx="11" cy="11" r="8.5" className="fill-white stroke-free" strokeWidth="2.2" />
            </svg>
          </span>
          <div className="space-y-1.5">
            <h2 id={titleId} className="text-lg font-semibold text-ink">
              Redeem service from course?
            </h2>
            <p id={bodyId} className="text-sm text-ink-muted">
              {clientName} has {offer.courseName} ({offer.expiresLabel}) with a free session for {serviceName}.
            </p>
          </div>
        </div>
        <ClientAlert alert={alert} compact />
        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => busy === null && onSingle()} aria-disabled={busy !== null || undefined}>
            {busy === "single" ? "Checking in…" : "Check in as single"}
          </Button>
          <Button data-autofocus onClick={() => busy === null && onRedeem()} aria-disabled={busy !== null || undefined}>
            {busy === "redeem" ? "Redeeming…" : "Redeem from course"}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
