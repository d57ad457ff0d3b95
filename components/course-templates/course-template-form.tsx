"use client";

import { useRouter } from "next/navigation";
import { saveCourseTemplateAction } from "@/lib/actions/course-templates";
import { courseTemplateSchema } from "@/lib/course-templates/template-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormActions, FormProblems } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import { MAX_LINES, type CourseTemplateFormValues } from "@/lib/course-templates/template-input";
import type { CourseTemplateView } from "@/lib/course-templates/list-templates";
import { moneyInputText } from "@/lib/money";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { LineEditor, type LineState } from "./line-editor";
import { PriceField } from "./price-field";
import type { ServiceChoice } from "@/lib/course-templates/service-choices";

type Kind = "COURSE" | "PACKAGE";
type Unit = "SESSIONS" | "MINUTES";
type ValidityFrom = "PURCHASE" | "FIRST_USE";

type FormState = {
  name: string;
  kind: Kind;
  unit: Unit;
  lines: LineState[];
  price: string;
  validityMonths: string;
  validityFrom: ValidityFrom;
  active: boolean;
};

let nextKey = 1;
const newLine = (serviceId = "", quantity = ""): LineState => ({ key: nextKey++, serviceId, quantity });

function initialState(template?: CourseTemplateView): FormState {
  if (!template) {
    return { name: "", kind: "COURSE", unit: "SESSIONS", lines: [newLine()], price: "", validityMonths: "12", validityFrom: "PURCHASE", active: true };
  }
  return {
    name: template.name,
    kind: template.kind,
    unit: template.unit,
    lines: template.lines.map((l) => newLine(String(l.serviceId), String(l.quantity))),
    price: moneyInputText(template.priceMinor),
    validityMonths: template.validityMonths ? String(template.validityMonths) : "",
    validityFrom: template.validityFrom,
    active: template.active,
  };
}

function toValues(state: FormState, templateId?: number): CourseTemplateFormValues {
  return {
    templateId,
    name: state.name,
    kind: state.kind,
    unit: state.unit,
    lines: state.lines.map((l) => ({ serviceId: l.serviceId, quantity: l.quantity })),
    price: state.price,
    validityMonths: state.validityMonths,
    validityFrom: state.validityFrom,
    active: state.active,
  };
}

/** The fields that show their own message (lines also takes the messages of its rows). */
const PLACED = ["name", "lines", "price", "validityMonths"];

type Props = { services: ServiceChoice[]; currency: string; template?: CourseTemplateView };

/** Add or edit a course template, checked as the manager types (after the first save attempt). */
export function CourseTemplateForm({ services, currency, template }: Props) {
  const router = useRouter();
  const { formRef, state, update, pending, shown, problemCount, formError, onSubmit } = useCheckedForm({
    initial: () => initialState(template),
    values: (s) => toValues(s, template?.id),
    schema: courseTemplateSchema,
    save: saveCourseTemplateAction,
    onSaved: (data) => router.push(`/manager/courses?saved=${data.id}`),
    placed: PLACED,
    // A course with several lines is told at once (the type was just switched), not only on save.
    showAtOnce: (s) => (s.kind === "COURSE" && s.lines.length > 1 ? ["lines"] : []),
  });

  function setKind(kind: Kind) {
    // A package starts with room for its second service.
    update({ kind, lines: kind === "PACKAGE" && state.lines.length < 2 ? [...state.lines, newLine()] : state.lines });
  }

  function updateLine(key: number, patch: Partial<LineState>) {
    update({ lines: state.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) });
  }

  const linesError = shown.lines;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending}>
      {template && (
        <Alert tone="info" title="Changes apply to future sales only">
          {template.soldCount > 0
            ? `${template.soldCount} client ${template.soldCount === 1 ? "course was" : "courses were"} sold from this template. `
            : ""}
          Client courses already sold keep the services, quantities, price and expiry they were sold with.
        </Alert>
      )}
      <FormProblems count={problemCount} formError={formError} subject="this course" />

      <TextField
        label="Name"
        value={state.name}
        onChange={(e) => update({ name: e.target.value })}
        error={shown.name}
        hint="What the desk sees when selling it, e.g. “6 × Laser underarm”."
        autoComplete="off"
        maxLength={120}
        className="max-w-xl"
      />

      <div className="flex flex-wrap gap-x-10 gap-y-5">
        <ChoiceGroup
          legend="Type"
          name="kind"
          value={state.kind}
          onChange={setKind}
          choices={[
            { value: "COURSE", label: "Course", hint: "One service" },
            { value: "PACKAGE", label: "Package", hint: "Several services" },
          ]}
        />
        <ChoiceGroup
          legend="Unit"
          name="unit"
          value={state.unit}
          onChange={(unit) => update({ unit })}
          choices={[
            { value: "SESSIONS", label: "Sessions", hint: "A number of appointments" },
            { value: "MINUTES", label: "Minutes", hint: "A pool of treatment time" },
          ]}
        />
      </div>

      <fieldset className="space-y-3" aria-describedby={linesError ? "course-lines-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-ink">{state.kind === "COURSE" ? "Service" : "Services"}</legend>
        {state.lines.map((line, index) => (
          <LineEditor
            key={line.key}
            index={index}
            line={line}
            unit={state.unit}
            services={services}
            currency={currency}
            canRemove={state.lines.length > 1}
            errors={{ serviceId: shown[`lines.${index}.serviceId`], quantity: shown[`lines.${index}.quantity`] }}
            onChange={(patch) => updateLine(line.key, patch)}
            onRemove={() => update({ lines: state.lines.filter((l) => l.key !== line.key) })}
          />
        ))}
        {linesError && (
          <p id="course-lines-error" className="text-xs font-medium text-red-700">
            {linesError}
          </p>
        )}
        {state.kind === "PACKAGE" && (
          <Button variant="secondary" size="sm" onClick={() => update({ lines: [...state.lines, newLine()] })} disabled={state.lines.length >= MAX_LINES}>
            <span aria-hidden="true">+</span> Add service
          </Button>
        )}
      </fieldset>

      <PriceField
        currency={currency}
        unit={state.unit}
        price={state.price}
        lines={state.lines}
        services={services}
        error={shown.price}
        onChange={(price) => update({ price })}
      />

      <div className="flex flex-wrap items-start gap-x-10 gap-y-5">
        <TextField
          label="Valid for (months)"
          inputMode="numeric"
          autoComplete="off"
          value={state.validityMonths}
          onChange={(e) => update({ validityMonths: e.target.value })}
          error={shown.validityMonths}
          hint="Leave blank for no expiry."
          className="w-44"
        />
        <ChoiceGroup
          legend="Counted from"
          name="validityFrom"
          value={state.validityFrom}
          onChange={(validityFrom) => update({ validityFrom })}
          disabled={state.validityMonths.trim() === ""}
          hint={state.validityMonths.trim() === "" ? "No expiry: nothing to count from." : undefined}
          choices={[
            { value: "PURCHASE", label: "Purchase" },
            { value: "FIRST_USE", label: "First session" },
          ]}
        />
      </div>

      <label className="flex items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          checked={state.active}
          onChange={(e) => update({ active: e.target.checked })}
          aria-describedby="course-active-hint"
          className="mt-0.5 size-4 accent-brand-700"
        />
        <span>
          <span className="block font-medium text-ink">Active</span>
          <span id="course-active-hint" className="block text-xs text-ink-muted">
            Active courses can be sold at the desk. Clients keep courses they bought either way.
          </span>
        </span>
      </label>

      <FormActions pending={pending} saveLabel="Save course" cancelHref="/manager/courses" />
    </form>
  );
}
