"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { checkoutAction } from "@/lib/actions/checkout";
import { useAction } from "@/components/ui/use-action";
import { Card } from "@/components/ui/card";
import type { Visit } from "@/lib/checkout/load-visit";
import { offerAvailable, visitTotals } from "@/lib/checkout/visit-totals";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { readTill } from "@/lib/till/read-till";
import type { DiscountOn } from "@/lib/till/discounts";
import { DiscountsEditor } from "./discounts-editor";
import { TakePayment, type Method } from "./take-payment";
import { VisitTable } from "./visit-table";

type Props = {
  visit: Visit;
  /** The table's card description ("3 appointments on …"). */
  description: string;
  /** The payment card's body when this visit cannot be checked out (paid already, a future day). */
  closed: ReactNode | null;
};

/**
 * The checkout screen's two cards: the visit's lines, ticked as the desk says (checked in or started
 * at first), a "Redeem from course" choice on singles a course covers, and the payment panel. Only
 * the ticked lines are completed, charged or redeemed; the rest stay as they were.
 */
export function CheckoutVisit({ visit, description, closed }: Props) {
  const router = useRouter();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [ticked, setTicked] = useState<ReadonlySet<number>>(() => new Set(visit.items.filter((i) => i.ticked).map((i) => i.appointmentId)));
  const [redeem, setRedeem] = useState<ReadonlyMap<number, number>>(() => new Map());
  const [method, setMethod] = useState<Method>("CARD");
  const [discounts, setDiscounts] = useState<DiscountOn[]>([]);
  const [discountReason, setDiscountReason] = useState("");
  const [cardText, setCardText] = useState("");
  const [receivedText, setReceivedText] = useState("");
  const [confirmEarly, setConfirmEarly] = useState<string | null>(null);
  // Locked from a success until the receipt has loaded, so nothing can be ticked in between.
  const [leaving, setLeaving] = useState(false);
  const { busy, run, failure, clear } = useAction<"pay">();
  // The early question is asked in the panel, not shown as an error; a dropped connection says retrying is safe.
  const error = !failure || failure.code === "CONFIRM_EARLY" ? null : failure.code === "UNREACHABLE" ? `${failure.error} Trying again never charges twice.` : failure.error;
  const totals = visitTotals(visit.items, { ticked, redeem });
  const charged = totals.charged.map((i) => ({ appointmentId: i.appointmentId, priceMinor: i.priceMinor ?? 0 }));
  // A discount on a line no longer charged (unticked, or redeemed instead) drops out with it.
  const liveDiscounts = discounts.filter((d) => d.appointmentId === null || charged.some((c) => c.appointmentId === d.appointmentId));
  const till = readTill(charged, liveDiscounts, method, cardText, receivedText);
  const reasonMissing = liveDiscounts.length > 0 && discountReason.trim().length < 3;
  const locked = busy !== null || leaving;

  function tick(appointmentId: number, on: boolean) {
    clear();
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(appointmentId);
      else next.delete(appointmentId);
      return next;
    });
    if (!on) chooseRedeem(appointmentId, null);
  }

  function chooseRedeem(appointmentId: number, lineId: number | null) {
    setRedeem((current) => {
      const next = new Map(current);
      if (lineId === null) next.delete(appointmentId);
      else next.set(appointmentId, lineId);
      return next;
    });
  }

  async function pay(early: boolean) {
    const result = await run("pay", () =>
      checkoutAction({
        appointmentIds: [...totals.charged, ...totals.redeemed].map((i) => i.appointmentId),
        redeem: [...redeem].filter(([id]) => ticked.has(id)).map(([appointmentId, lineId]) => ({ appointmentId, lineId })),
        paymentMethod: method === "SPLIT" ? "CARD" : method,
        ...till.tender,
        discounts: liveDiscounts,
        discountReason: liveDiscounts.length ? discountReason : undefined,
        idempotencyKey,
        confirmEarly: early,
      }),
    );
    if (!result) return;
    if (result.ok) {
      setLeaving(true);
      router.push(`/sales/${result.data.saleId}`);
    } else setConfirmEarly(result.code === "CONFIRM_EARLY" ? result.error : null);
  }

  const [showReasonError, setShowReasonError] = useState(false);
  function submit() {
    if (reasonMissing) return setShowReasonError(true);
    if (totals.early.length > 0) setConfirmEarly(`${totals.early.map((i) => i.early).join(" ")} Check ${totals.early.length === 1 ? "it" : "them"} out now?`);
    else pay(false);
  }

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Card title="Appointments" description={description} padding="none" className="overflow-hidden">
        <div className="overflow-x-auto">
          <VisitTable
            items={visit.items}
            currency={visit.currency}
            selection={
              closed
                ? undefined
                : {
                    ticked,
                    redeem,
                    disabled: locked || confirmEarly !== null,
                    onTick: tick,
                    onRedeem: chooseRedeem,
                    canRedeem: (item) => offerAvailable(visit.items, redeem, item),
                  }
            }
          />
        </div>
      </Card>
      <Card title="Payment">
        {closed ?? (
          <TakePayment
            totals={totals}
            currency={visit.currency}
            method={method}
            onMethod={setMethod}
            till={{ ...till, cardText, receivedText }}
            onCardText={setCardText}
            onReceivedText={setReceivedText}
            discounts={
              <DiscountsEditor
                charged={totals.charged}
                discounts={liveDiscounts}
                offMinor={till.offMinor}
                reason={discountReason}
                reasonError={showReasonError && reasonMissing ? "Say why the discount is given (at least 3 characters)." : undefined}
                currency={visit.currency}
                disabled={locked || confirmEarly !== null}
                onAdd={(d) => (clear(), setDiscounts((list) => [...list.filter((x) => x.appointmentId !== d.appointmentId), d]))}
                onRemove={(index) => (clear(), setDiscounts((list) => list.filter((d) => d !== liveDiscounts[index])))}
                onReason={setDiscountReason}
              />
            }
            busy={locked}
            error={error}
            confirmEarly={confirmEarly}
            onSubmit={submit}
            onConfirmEarly={() => pay(true)}
            onKeep={() => setConfirmEarly(null)}
          />
        )}
      </Card>
    </div>
  );
}
