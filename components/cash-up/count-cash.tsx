"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { countCashAction } from "@/lib/actions/cash-up";
import { PriceInput } from "@/components/services/price-input";
import { ActionDialog, DialogButtons } from "@/components/ui/action-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { expectedCash } from "@/lib/cash-up/takings";
import { cashCountSchema } from "@/lib/cash-up/schemas";
import { formatMoney, moneyInputText, parseMoneyInput } from "@/lib/money";
import type { SalonDate } from "@/lib/time";

type Props = {
  day: SalonDate;
  dayText: string;
  /** The day's cash takings as the till says now. */
  cashMinor: number;
  /** Where the float starts: this day's last count, else the last one made. */
  floatMinor: number;
  currency: string;
  recount: boolean;
  onDone: (message: string) => void;
};

/** "Count cash": the float left in the drawer and the cash counted, with the variance as it is typed. */
export function CountCash({ day, dayText, cashMinor, floatMinor, currency, recount, onDone }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [float, setFloat] = useState(moneyInputText(floatMinor));
  const [counted, setCounted] = useState("");
  const [note, setNote] = useState("");
  const money = (minor: number) => formatMoney(minor, currency);
  const { errors, setErrors, edit, pending, submit } = useActionForm(cashCountSchema, countCashAction, (data) => {
    setOpen(false);
    const v = data.varianceMinor;
    onDone(`Cash for ${dayText} counted: ${v === 0 ? "it matches" : v < 0 ? `${money(-v)} short` : `${money(v)} over`}.`);
    router.refresh();
  });

  const floatRead = parseMoneyInput(float);
  const countedRead = counted.trim() ? parseMoneyInput(counted) : null;
  const expected = floatRead.ok ? expectedCash(floatRead.minor, cashMinor) : null;
  const variance = expected !== null && countedRead?.ok ? countedRead.minor - expected : null;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setFloat(moneyInputText(floatMinor));
      setCounted("");
      setNote("");
      setErrors({});
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit({ day, floatMinor: float, countedMinor: counted, note });
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger={recount ? "Recount" : "Count cash"}
      triggerLabel={`${recount ? "Recount" : "Count"} cash for ${dayText}`}
      title={`Cash-up for ${dayText}`}
      description={`The till took ${money(cashMinor)} in cash (after change and cash paid back). Count the drawer, float included.`}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <PriceInput label="Float in the drawer" currency={currency} value={float} onChange={edit("floatMinor", setFloat)} error={errors.floatMinor} hint="Left in the till to start the day." />
          <PriceInput label="Cash counted" currency={currency} value={counted} onChange={edit("countedMinor", setCounted)} error={errors.countedMinor} hint="Everything in the drawer." />
        </div>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-md bg-slate-50 px-4 py-3 text-sm tabular-nums" aria-live="polite">
          <dt className="text-ink-muted">Expected in the drawer</dt>
          <dd className="text-right font-medium text-ink">{expected === null ? "—" : money(expected)}</dd>
          <dt className="text-ink-muted">Variance</dt>
          <dd className={variance === null || variance === 0 ? "text-right font-medium text-ink" : "text-right font-semibold text-red-700"}>
            {variance === null ? "—" : variance === 0 ? "Matches" : variance < 0 ? `${money(-variance)} short` : `${money(variance)} over`}
          </dd>
        </dl>
        <ReasonField
          label="Note"
          name="note"
          value={note}
          onChange={edit("note", setNote)}
          error={errors.note}
          hint="Needed when the cash does not match: what happened (a refund in cash not put through, a miscount…)."
        />
        <DialogButtons error={errors.form} onCancel={() => onOpenChange(false)} pending={pending} submitLabel="Save count" />
      </form>
    </ActionDialog>
  );
}
