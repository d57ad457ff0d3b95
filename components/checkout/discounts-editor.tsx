"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { PriceInput } from "@/components/services/price-input";
import type { VisitItem } from "@/lib/checkout/load-visit";
import { formatMoney, parseMoneyInput } from "@/lib/money";
import type { DiscountOn } from "@/lib/till/discounts";

type Props = {
  /** The lines being charged: a discount goes on one of them or on the whole visit. */
  charged: VisitItem[];
  discounts: DiscountOn[];
  /** What each discount takes off, in the order given; null where it cannot be applied. */
  offMinor: (number | null)[];
  reason: string;
  reasonError?: string;
  currency: string;
  disabled: boolean;
  onAdd: (discount: DiscountOn) => void;
  onRemove: (index: number) => void;
  onReason: (reason: string) => void;
};

const WHOLE = "visit";

function what(d: DiscountOn, charged: VisitItem[]): string {
  const line = charged.find((i) => i.appointmentId === d.appointmentId);
  const size = d.kind === "PERCENT" ? `${d.percent}%` : null;
  return `${size ? `${size} off ` : ""}${line ? `${line.serviceName} at ${line.time}` : "the whole visit"}`;
}

/**
 * Discounts at checkout: "Add a discount" opens a small form (the whole visit or one line, an amount
 * or a percentage); each applied one is listed with what it takes off and a Remove button; one
 * reason covers them all and is printed on the receipt.
 */
export function DiscountsEditor({ charged, discounts, offMinor, reason, reasonError, currency, disabled, onAdd, onRemove, onReason }: Props) {
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState<string>(WHOLE);
  const [kind, setKind] = useState<"AMOUNT" | "PERCENT">("PERCENT");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);

  function apply() {
    const appointmentId = on === WHOLE ? null : Number(on);
    if (discounts.some((d) => d.appointmentId === appointmentId)) return setError(appointmentId === null ? "The visit already has a discount: remove it first." : "That line already has a discount: remove it first.");
    if (kind === "PERCENT") {
      const percent = Number(value.replace("%", "").trim());
      if (!value.trim() || !Number.isFinite(percent) || percent <= 0 || percent > 100) return setError("Enter a percentage above 0 and at most 100.");
      onAdd({ appointmentId, kind, percent: Math.round(percent * 100) / 100 });
    } else {
      const read = parseMoneyInput(value);
      if (!read.ok) return setError(read.error);
      if (read.minor <= 0) return setError("Enter an amount above nothing.");
      onAdd({ appointmentId, kind, minor: read.minor });
    }
    setValue("");
    setError(null);
    setOpen(false);
  }

  return (
    <div className="space-y-3">
      {discounts.length > 0 && (
        <ul aria-label="Discounts" className="space-y-1.5 text-sm">
          {discounts.map((d, i) => (
            <li key={`${d.appointmentId ?? WHOLE}`} className="flex items-center justify-between gap-2">
              <span className="min-w-0 text-ink">
                Discount: {what(d, charged)}
                {offMinor[i] === null ? (
                  <span className="block text-xs text-red-700">More than it is taken off: remove it.</span>
                ) : (
                  <span className="ml-1 text-ink-muted tabular-nums">−{formatMoney(offMinor[i]!, currency)}</span>
                )}
              </span>
              <Button variant="ghost" size="sm" disabled={disabled} onClick={() => onRemove(i)} aria-label={`Remove discount: ${what(d, charged)}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {discounts.length > 0 && (
        <TextField label="Reason for the discount" hint="Printed on the receipt." value={reason} onChange={(e) => onReason(e.target.value)} error={reasonError} maxLength={500} disabled={disabled} />
      )}
      {open ? (
        <fieldset className="space-y-3 rounded-md border border-line p-3" disabled={disabled}>
          <legend className="px-1 text-sm font-medium text-ink">Add a discount</legend>
          <Select label="On" value={on} onChange={(e) => setOn(e.target.value)}>
            <option value={WHOLE}>The whole visit</option>
            {charged.map((i) => (
              <option key={i.appointmentId} value={i.appointmentId}>
                {i.serviceName} at {i.time}
              </option>
            ))}
          </Select>
          <Select label="Off" value={kind} onChange={(e) => setKind(e.target.value as "AMOUNT" | "PERCENT")}>
            <option value="PERCENT">A percentage</option>
            <option value="AMOUNT">An amount</option>
          </Select>
          {kind === "AMOUNT" ? (
            <PriceInput label="Amount off" currency={currency} value={value} onChange={setValue} error={error ?? undefined} />
          ) : (
            <TextField label="Percentage off" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} error={error ?? undefined} placeholder="10" />
          )}
          <div className="flex gap-2">
            <Button size="sm" onClick={apply}>
              Apply discount
            </Button>
            <Button size="sm" variant="secondary" onClick={() => (setOpen(false), setError(null))}>
              Cancel
            </Button>
          </div>
        </fieldset>
      ) : (
        <Button variant="secondary" size="sm" disabled={disabled} onClick={() => setOpen(true)}>
          Add a discount
        </Button>
      )}
    </div>
  );
}
