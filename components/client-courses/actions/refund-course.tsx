"use client";

import Link from "next/link";
import { useState, type FormEvent, type ReactNode } from "react";
import { refundCourseAction } from "@/lib/actions/client-courses";
import { refundCourseSchema } from "@/lib/courses/schemas";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { PriceInput } from "@/components/services/price-input";
import type { HeldSession } from "@/lib/courses/views/course-detail";
import { formatMoney, moneyInputText, parseMoney } from "@/lib/money";
import { ActionDialog, DialogButtons } from "@/components/ui/action-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Resolution = "SINGLE" | "CANCEL";
type Props = {
  clientCourseId: number;
  courseName: string;
  held: HeldSession[];
  suggestedMinor: number;
  capMinor: number;
  currency: string;
  onDone: (message: ReactNode) => void;
};

/**
 * "Refund": first each booked session is made a single appointment or cancelled, then the amount
 * (the unused value, editable up to what is refundable: more than the unused value needs a reason of
 * its own) and how it is paid back.
 */
export function RefundCourse({ clientCourseId, courseName, held, suggestedMinor, capMinor, currency, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<Record<number, Resolution | undefined>>({});
  const [amount, setAmount] = useState(moneyInputText(suggestedMinor));
  const [method, setMethod] = useState<"CARD" | "CASH">("CARD");
  const [reason, setReason] = useState("");
  const [whyMore, setWhyMore] = useState("");
  const { errors, setErrors, clearError, edit, pending, submit } = useActionForm(refundCourseSchema, refundCourseAction, (data) => {
    setOpen(false);
    onDone(
      <>
        {data.message}{" "}
        <Link href={`/sales/${data.saleId}`} className="font-medium underline underline-offset-2">
          Refund receipt
        </Link>
      </>,
    );
  });

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setChoices({});
      setAmount(moneyInputText(suggestedMinor));
      setMethod("CARD");
      setReason("");
      setWhyMore("");
      setErrors({});
    }
  }

  const money = (minor: number) => formatMoney(minor, currency);
  const minor = parseMoney(amount);
  // Above the unused value (and within the cap) the manager says why; the refund itself checks it too.
  const aboveUnused = minor !== null && minor > suggestedMinor && minor <= capMinor;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const values = {
      clientCourseId,
      amount,
      paymentMethod: method,
      reason,
      aboveUnusedReason: aboveUnused ? whyMore : undefined,
      booked: held.map((h) => ({ appointmentId: h.appointmentId, action: choices[h.appointmentId]! })),
    };
    // What only this dialog knows (the booked sessions, the cap, the unused value), told together with the schema's messages.
    const undecided = held.filter((h) => !choices[h.appointmentId]);
    const overCap = minor !== null && minor > capMinor;
    const whyMissing = aboveUnused && whyMore.trim().length < 3;
    if (undecided.length > 0 || overCap || whyMissing) {
      const parsed = refundCourseSchema.safeParse(values);
      const schema: Record<string, string> = {};
      for (const issue of parsed.success ? [] : parsed.error.issues) schema[String(issue.path[0])] ??= issue.message;
      setErrors({
        ...schema,
        booked: undecided.length > 0 ? `Choose make single or cancel for ${undecided.length === 1 ? "the booked session" : `all ${undecided.length} booked sessions`}.` : undefined,
        amount: overCap ? `At most ${money(capMinor)}.` : schema.amount,
        aboveUnusedReason: whyMissing ? `Say why you are refunding ${money(minor)}, more than the unused value of ${money(suggestedMinor)}.` : schema.aboveUnusedReason,
      });
      return;
    }
    submit(values);
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger="Refund"
      triggerVariant="danger"
      title={`Refund ${courseName}`}
      description="The course closes: nothing more can be booked from it. The refund is a negative sale dated today."
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {held.length > 0 && (
          <section aria-labelledby="refund-held" className="space-y-3">
            <h3 id="refund-held" className="text-sm font-semibold text-ink">
              1. Booked sessions ({held.length})
            </h3>
            <p className="text-sm text-ink-muted">Each keeps its time as a paid single appointment, or is cancelled.</p>
            {held.map((h) => (
              <ChoiceGroup
                key={h.appointmentId}
                legend={`${h.serviceName}, ${h.when} with ${h.staffName}${h.past ? " (not checked out)" : ""}`}
                name={`held-${h.appointmentId}`}
                value={choices[h.appointmentId] ?? ("" as Resolution)}
                onChange={(v) => {
                  setChoices((c) => ({ ...c, [h.appointmentId]: v }));
                  setErrors((e) => ({ ...e, booked: undefined }));
                }}
                choices={[
                  { value: "SINGLE", label: "Make single" },
                  { value: "CANCEL", label: "Cancel" },
                ]}
              />
            ))}
            {errors.booked && <p className="text-xs font-medium text-red-700">{errors.booked}</p>}
          </section>
        )}
        <section aria-labelledby="refund-money" className="space-y-4">
          <h3 id="refund-money" className="text-sm font-semibold text-ink">
            {held.length > 0 ? "2. " : ""}Refund
          </h3>
          <PriceInput
            label="Amount to refund"
            currency={currency}
            value={amount}
            onChange={(value) => {
              setAmount(value);
              clearError("amount");
              clearError("aboveUnusedReason");
            }}
            hint={`Unused value ${money(suggestedMinor)}. At most ${money(capMinor)}.`}
            error={errors.amount}
            boxClassName="w-40"
          />
          {aboveUnused && (
            <ReasonField
              label="Why refund more than the unused value?"
              name="aboveUnusedReason"
              value={whyMore}
              onChange={edit("aboveUnusedReason", setWhyMore)}
              error={errors.aboveUnusedReason}
              hint={`${money(minor - suggestedMinor)} above the unused value ${money(suggestedMinor)}. Required; kept with the reason in the course's history.`}
            />
          )}
          <ChoiceGroup
            legend="Paid back by"
            name="refund-method"
            value={method}
            onChange={setMethod}
            choices={[
              { value: "CARD", label: "Card" },
              { value: "CASH", label: "Cash" },
            ]}
          />
          <ReasonField value={reason} onChange={edit("reason", setReason)} error={errors.reason} />
        </section>
        <DialogButtons
          error={errors.form}
          onCancel={() => onOpenChange(false)}
          pending={pending}
          danger
          submitLabel={minor !== null ? `Refund ${formatMoney(minor, currency)}` : "Refund"}
        />
      </form>
    </ActionDialog>
  );
}
