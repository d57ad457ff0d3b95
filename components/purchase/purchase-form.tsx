"use client";

import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useAction } from "@/components/ui/use-action";
import { sellCourseAction } from "@/lib/actions/course-templates";
import { sellCourseSchema } from "@/lib/course-templates/schemas";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { ClientHit } from "@/lib/clients/search-clients";
import type { CourseSaleReceipt } from "@/lib/course-templates/sell-at-desk";
import type { SellableKind } from "@/lib/course-templates/sellable";
import { formatMoney } from "@/lib/money";
import { ClientCombobox } from "@/components/clients/client-combobox";
import { fullName } from "@/lib/clients/display";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { ItemPicker } from "./item-picker";
import { SaleConfirmation } from "./sale-confirmation";

type Props = { kinds: SellableKind[]; currency: string; initialClient: ClientHit | null };
type Method = "CARD" | "CASH";

/**
 * The purchase screen: the client, a category (Courses today), the item, payment. One idempotency
 * key per form, made in the browser when the form appears and again after each sale.
 */
export function PurchaseForm({ kinds, currency, initialClient }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [client, setClient] = useState<ClientHit | null>(initialClient);
  const [kindId, setKindId] = useState(kinds[0]?.id);
  const [itemId, setItemId] = useState<number | null>(null);
  const [method, setMethod] = useState<Method>("CARD");
  const [key, setKey] = useState(newIdempotencyKey);
  const [errors, setErrors] = useState<{ form?: string; clientId?: string; templateId?: string }>({});
  const [receipt, setReceipt] = useState<CourseSaleReceipt | null>(null);
  const { run, pending } = useAction();

  const kind = kinds.find((k) => k.id === kindId) ?? kinds[0];
  const item = kind?.items.find((i) => i.id === itemId) ?? null;

  function sellAnother() {
    setReceipt(null);
    setItemId(null);
    setErrors({});
    setKey(newIdempotencyKey());
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = { clientId: client?.id ?? "", templateId: item?.id ?? "", paymentMethod: method, idempotencyKey: key };
    const parsed = sellCourseSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const at = (field: string) => issues.find((i) => i.path[0] === field)?.message;
      setErrors({ clientId: at("clientId"), templateId: at("templateId") });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus());
      return;
    }
    setErrors({});
    const result = await run("run", () => sellCourseAction(parsed.data));
    if (!result) return;
    if (result.ok) setReceipt(result.data);
    else setErrors({ form: result.error, clientId: result.fieldErrors?.clientId?.[0], templateId: result.fieldErrors?.templateId?.[0] });
  }

  if (receipt) return <SaleConfirmation receipt={receipt} currency={currency} onSellAnother={sellAnother} />;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        <section aria-labelledby="purchase-client" className="rounded-lg border border-line bg-surface p-5 shadow-xs">
          <h2 id="purchase-client" className="sr-only">
            Client
          </h2>
          <ClientCombobox
            value={client}
            onChange={(next) => {
              setClient(next);
              setErrors((e) => ({ ...e, form: undefined, clientId: undefined }));
            }}
            error={errors.clientId}
          />
        </section>

        <section aria-label="What to sell" className="rounded-lg border border-line bg-surface shadow-xs">
          <CategoryTabs
            kinds={kinds}
            current={kind?.id}
            onSelect={(id) => {
              setKindId(id);
              setItemId(null);
            }}
          />
          {kind && (
            <div role="tabpanel" id={`panel-${kind.id}`} aria-labelledby={`tab-${kind.id}`} className="p-5" data-invalid={errors.templateId ? "true" : undefined}>
              <ItemPicker
                legend={kind.itemLabel}
                items={kind.items}
                value={itemId}
                onChange={(id) => {
                  setItemId(id);
                  setErrors((e) => ({ ...e, form: undefined, templateId: undefined }));
                }}
                currency={currency}
                error={errors.templateId}
                emptyText={kind.emptyText}
              />
            </div>
          )}
        </section>
      </div>

      <section aria-labelledby="purchase-summary" className="rounded-lg border border-line bg-surface p-5 shadow-xs lg:sticky lg:top-28">
        <h2 id="purchase-summary" className="text-base font-semibold text-ink">
          Payment
        </h2>
        <dl className="mt-3 space-y-2 text-sm">
          <div className="flex justify-between gap-4">
            <dt className="text-ink-muted">Client</dt>
            <dd className="text-right font-medium text-ink">{client ? fullName(client) : "—"}</dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-ink-muted">{kind?.itemLabel ?? "Item"}</dt>
            <dd className="text-right font-medium text-ink">{item?.name ?? "—"}</dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-ink-muted">Expiry</dt>
            <dd className="text-right text-ink">{item?.expiry ?? "—"}</dd>
          </div>
          <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
            <dt className="font-medium text-ink">Price</dt>
            <dd className="text-xl font-semibold text-ink tabular-nums">{item ? formatMoney(item.priceMinor, currency) : "—"}</dd>
          </div>
          {item && item.savingPercent !== null && (
            <p className="text-right text-xs text-green-700">
              Saves {formatMoney(item.listValueMinor - item.priceMinor, currency)} on {formatMoney(item.listValueMinor, currency)} ({item.savingPercent}%)
            </p>
          )}
        </dl>
        <ChoiceGroup
          legend="Payment method"
          name="paymentMethod"
          value={method}
          onChange={setMethod}
          stretch
          className="mt-5"
          choices={[
            { value: "CARD", label: "Card" },
            { value: "CASH", label: "Cash" },
          ]}
        />
        {errors.form && (
          <Alert tone="error" className="mt-4">
            {errors.form}
          </Alert>
        )}
        <Button type="submit" size="lg" className="mt-5 w-full" disabled={pending} aria-describedby="purchase-total">
          {pending ? "Taking payment…" : "Take payment"}
        </Button>
        <p id="purchase-total" className="mt-2 text-center text-xs text-ink-muted">
          {item ? `${formatMoney(item.priceMinor, currency)} by ${method === "CARD" ? "card" : "cash"}` : "Choose a client and a course."}
        </p>
      </section>
    </form>
  );
}

/** One tab per sellable kind. Arrow keys move between tabs (there is one today). */
function CategoryTabs({ kinds, current, onSelect }: { kinds: SellableKind[]; current?: string; onSelect: (id: SellableKind["id"]) => void }) {
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const next = kinds[(index + (event.key === "ArrowRight" ? 1 : -1) + kinds.length) % kinds.length];
    onSelect(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }
  return (
    <div role="tablist" aria-label="Category" className="flex gap-1 border-b border-line px-3 pt-2">
      {kinds.map((k, index) => {
        const selected = k.id === current;
        return (
          <button
            key={k.id}
            id={`tab-${k.id}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={`panel-${k.id}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(k.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
            className={cx(
              "relative -mb-px rounded-t-md border border-b-0 px-4 py-2 text-sm font-medium",
              selected ? "border-line bg-surface text-brand-800" : "border-transparent text-ink-muted hover:text-ink",
            )}
          >
            {k.label}
            <span className="ml-2 rounded-full bg-slate-100 px-1.5 py-0.5 text-xs text-ink-muted">{k.items.length}</span>
          </button>
        );
      })}
    </div>
  );
}
