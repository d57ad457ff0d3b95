"use client";

import { useRouter } from "next/navigation";
import { saveServiceAction } from "@/lib/actions/services";
import { serviceSchema } from "@/lib/services/service-input";
import { Alert } from "@/components/ui/alert";
import { FormActions, FormProblems } from "@/components/ui/form-parts";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import { moneyInputText } from "@/lib/money";
import { rateLabel } from "@/lib/till/vat";
import { durationChoices } from "@/lib/services/durations";
import { NEW_CATEGORY, type ServiceFormValues } from "@/lib/services/service-input";
import type { CategoryOption, ServiceForEdit, ServiceFormChoices } from "@/lib/services/service-menu";
import { CheckboxField } from "./checkbox-field";
import { PriceInput } from "./price-input";
import { ResourceKindSelect } from "./resource-kind-select";
import { WhoDoesIt } from "./who-does-it";

type FormState = {
  name: string;
  category: string;
  newCategory: string;
  durationMinutes: string;
  price: string;
  vatRate: string;
  bookableOnline: boolean;
  needsPatchTest: boolean;
  active: boolean;
  staffIds: number[];
  resourceKind: string;
};

function initialState(categories: CategoryOption[], choices: ServiceFormChoices, service?: ServiceForEdit): FormState {
  if (!service) {
    // A new service: everyone taking appointments does it until the manager unticks them.
    const everyone = choices.staff.map((s) => s.id);
    return { name: "", category: categories.length ? "" : NEW_CATEGORY, newCategory: "", durationMinutes: "30", price: "", vatRate: "", bookableOnline: true, needsPatchTest: false, active: true, staffIds: everyone, resourceKind: "" };
  }
  return {
    name: service.name,
    category: String(service.categoryId),
    newCategory: "",
    durationMinutes: String(service.durationMinutes),
    price: moneyInputText(service.priceMinor),
    vatRate: service.vatRateBp === null ? "" : String(service.vatRateBp / 100),
    bookableOnline: service.bookableOnline,
    needsPatchTest: service.needsPatchTest,
    active: service.active,
    staffIds: service.staffIds,
    resourceKind: service.resourceKind ?? "",
  };
}

const DURATIONS = durationChoices();
const PLACED = ["name", "category", "newCategory", "durationMinutes", "price", "vatRate", "staffIds", "resourceKind"];

type Props = { categories: CategoryOption[]; choices: ServiceFormChoices; currency: string; service?: ServiceForEdit; vat: { registered: boolean; rateBp: number } };

/** Add or edit a service. The server's schema checks it as the manager types (after the first save). */
export function ServiceForm({ categories, choices, currency, service, vat }: Props) {
  const router = useRouter();
  const { formRef, state, update, pending, shown, problemCount, formError, onSubmit } = useCheckedForm({
    initial: () => initialState(categories, choices, service),
    values: (s): ServiceFormValues => ({ serviceId: service?.id, ...s }),
    schema: serviceSchema,
    save: saveServiceAction,
    onSaved: (data) => router.push(`/manager/services?saved=${data.id}`),
    placed: PLACED,
  });

  const priceHint = service
    ? "A new price applies to appointments booked from now on. Appointments already booked keep their price, and courses already sold keep the price they were sold at."
    : "Typed like 45 or 1,045.50, with a point for pence. Changing it later never alters courses already sold: they keep the price they were sold at.";

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending}>
      {service && (service.appointments > 0 || service.coursesSold > 0) && (
        <Alert tone="info" title="Changes apply from now on">
          {[
            service.appointments > 0 && `${service.appointments} ${service.appointments === 1 ? "appointment uses" : "appointments use"} this service`,
            service.coursesSold > 0 && `${service.coursesSold} client ${service.coursesSold === 1 ? "course includes" : "courses include"} it`,
          ]
            .filter(Boolean)
            .join(" and ")}
          . They keep the service and the price they were booked or sold with.
        </Alert>
      )}
      <FormProblems count={problemCount} formError={formError} subject="this service" />

      <TextField
        label="Name"
        value={state.name}
        onChange={(e) => update({ name: e.target.value })}
        error={shown.name}
        hint="As the desk and clients see it, e.g. “Gel manicure”."
        autoComplete="off"
        maxLength={120}
        className="max-w-xl"
      />

      <div className="flex flex-wrap items-start gap-x-6 gap-y-5">
        <Select
          label="Category"
          value={state.category}
          onChange={(e) => update({ category: e.target.value })}
          error={shown.category}
          placeholder={categories.length ? "Choose a category" : undefined}
          className="w-64"
        >
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={NEW_CATEGORY}>New category…</option>
        </Select>
        {state.category === NEW_CATEGORY && (
          <TextField
            label="New category name"
            value={state.newCategory}
            onChange={(e) => update({ newCategory: e.target.value })}
            error={shown.newCategory}
            hint="Added at the end of the menu."
            autoComplete="off"
            maxLength={60}
            className="w-64"
          />
        )}
      </div>

      <div className="flex flex-wrap items-start gap-x-6 gap-y-5">
        <Select
          label="Duration"
          value={state.durationMinutes}
          onChange={(e) => update({ durationMinutes: e.target.value })}
          error={shown.durationMinutes}
          hint="How long it blocks the calendar."
          options={DURATIONS}
          className="w-44"
        />
        <PriceInput
          label="Price"
          currency={currency}
          value={state.price}
          onChange={(price) => update({ price })}
          error={shown.price}
          hint={priceHint}
          className="max-w-md"
          boxClassName="w-40"
        />
        <TextField
          label="VAT rate (%)"
          inputMode="decimal"
          autoComplete="off"
          value={state.vatRate}
          onChange={(e) => update({ vatRate: e.target.value })}
          error={shown.vatRate}
          placeholder={String(vat.rateBp / 100)}
          hint={`Blank: the salon's rate (${rateLabel(vat.rateBp)}).${vat.registered ? "" : " Used once the salon is VAT registered (Settings)."}`}
          maxLength={7}
          className="w-56"
        />
      </div>

      <WhoDoesIt staff={choices.staff} value={state.staffIds} onChange={(staffIds) => update({ staffIds })} error={shown.staffIds} />

      <ResourceKindSelect kinds={choices.kinds} value={state.resourceKind} onChange={(resourceKind) => update({ resourceKind })} error={shown.resourceKind} />

      <div className="space-y-4">
        <CheckboxField
          label="Bookable online"
          checked={state.bookableOnline}
          onChange={(bookableOnline) => update({ bookableOnline })}
          hint="Clients can book it themselves on the online booking page. Untick for treatments that need a consultation first."
        />
        <CheckboxField
          label="Needs a patch test"
          checked={state.needsPatchTest}
          onChange={(needsPatchTest) => update({ needsPatchTest })}
          hint="Colour, tints and the like: booking it warns the desk when the client's patch test is missing or older than the salon allows (Settings)."
        />
        <CheckboxField
          label="Active"
          checked={state.active}
          onChange={(active) => update({ active })}
          hint="Active services can be booked. An inactive one is off the menu; appointments already booked and courses already sold keep it."
        />
      </div>

      <FormActions pending={pending} saveLabel="Save service" cancelHref="/manager/services" />
    </form>
  );
}
