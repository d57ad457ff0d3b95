"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { saveSalonSettingsAction } from "@/lib/actions/settings";
import { salonSettingsSchema } from "@/lib/settings/settings-input";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Card } from "@/components/ui/card";
import { FormProblems, SaveButton } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import type { SettingsFormData } from "@/lib/settings/settings-form";
import type { OutsideHours } from "@/lib/settings/save-settings";
import type { SalonSettingsFormValues } from "@/lib/settings/settings-input";
import { CheckboxField } from "@/components/services/checkbox-field";
import { FixedSetting } from "./fixed-setting";
import { OpeningHoursEditor, type DayState } from "./opening-hours-editor";
import { PolicySummary } from "./policy-summary";
import { ReminderSetting } from "./reminder-setting";

type Policy = "RETURN" | "FORFEIT";
type FormState = {
  name: string;
  address: string;
  phone: string;
  vatRegistered: boolean;
  vatRate: string;
  vatNumber: string;
  lateCancelHours: string; lateCancelPolicy: Policy; noShowPolicy: Policy; bookingHorizonDays: string; patchTestValidMonths: string;
  reminderHours: string;
  hours: DayState[];
};

function initialState(s: SettingsFormData): FormState {
  return {
    name: s.name,
    address: s.address,
    phone: s.phone,
    vatRegistered: s.vatRegistered,
    vatRate: String(s.vatRateBp / 100),
    vatNumber: s.vatNumber,
    lateCancelHours: String(s.lateCancelHours),
    lateCancelPolicy: s.lateCancelPolicy,
    noShowPolicy: s.noShowPolicy,
    bookingHorizonDays: String(s.bookingHorizonDays),
    patchTestValidMonths: String(s.patchTestValidMonths),
    reminderHours: String(s.reminderHours),
    // A closed day offers a usual 09:00–17:30 when it is ticked open.
    hours: s.hours.map((d) => (d ? { open: true, opensAtMin: String(d.opensAtMin), closesAtMin: String(d.closesAtMin) } : { open: false, opensAtMin: "540", closesAtMin: "1050" })),
  };
}

const policyChoices = (what: string) => [
  { value: "RETURN" as const, label: "Give the session back", hint: "It goes back on the client's course, to book again." },
  { value: "FORFEIT" as const, label: "Forfeit the session", hint: `It counts as used, recorded as “${what}”.` },
];

/** Salon settings: name, opening hours, cancellation and no-show policy, online booking horizon. */
export function SettingsForm({ settings }: { settings: SettingsFormData }) {
  const router = useRouter();
  const [saved, setSaved] = useState<{ outsideHours: OutsideHours } | null>(null);
  const form = useCheckedForm({
    initial: () => initialState(settings),
    values: (s): SalonSettingsFormValues => ({ ...s }),
    schema: salonSettingsSchema,
    save: saveSalonSettingsAction,
    staysOpen: true,
    onSaved: (data) => {
      setSaved(data);
      router.refresh(); // the header shows the salon's name
    },
  });
  const { formRef, state, pending, shown, problemCount, formError } = form;

  // Any edit, or another save, takes back the last "Settings saved."
  function update(patch: Partial<FormState>) {
    setSaved(null);
    form.update(patch);
  }

  function onSubmit(event: FormEvent) {
    setSaved(null);
    form.onSubmit(event);
  }

  function updateDay(weekday: number, patch: Partial<DayState>) {
    update({ hours: state.hours.map((d, i) => (i === weekday ? { ...d, ...patch } : d)) });
  }

  const outside = saved?.outsideHours;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending}>
      <FormProblems count={problemCount} formError={formError} subject="the settings" />

      <Card title="Salon" description="How the salon appears in the app and on the online booking page.">
        <div className="grid gap-x-6 gap-y-5 md:grid-cols-3">
          <TextField label="Salon name" value={state.name} onChange={(e) => update({ name: e.target.value })} error={shown.name} autoComplete="organization" maxLength={100} />
          <TextField
            label="Address on receipts"
            hint="One line, e.g. 12 High Street, Bath BA1 1AA"
            value={state.address}
            onChange={(e) => update({ address: e.target.value })}
            error={shown.address}
            maxLength={200}
          />
          <TextField label="Phone on receipts" value={state.phone} onChange={(e) => update({ phone: e.target.value })} error={shown.phone} inputMode="tel" maxLength={30} />
          <FixedSetting
            label="Currency"
            value={currencyLabel(settings.currency)}
            why="Fixed at set-up. Every price, course and sale is stored in this currency; switching would relabel past amounts without converting them."
          />
          <FixedSetting
            label="Timezone"
            value={settings.timezone.replace(/_/g, " ")}
            why="Fixed at set-up. The calendar, opening hours and the day each sale counts on are read in this timezone; changing it would shift them."
          />
        </div>
      </Card>

      <Card
        title="VAT"
        description="Prices are always VAT-inclusive. When registered, receipts show the VAT by rate and reports show net, VAT and gross. A course or package is a single-purpose voucher: its VAT falls on the day it is sold, from its services' rates; redeeming a session carries none."
      >
        <div className="space-y-5">
          <CheckboxField
            label="VAT registered"
            hint="From the next sale on. Sales already taken keep the VAT they were taken with."
            checked={state.vatRegistered}
            onChange={(vatRegistered) => update({ vatRegistered })}
          />
          <div className="grid gap-x-6 gap-y-5 md:grid-cols-3">
            <TextField
              label="Default VAT rate (%)"
              hint="20 is the UK standard rate. A service can have its own under Manager → Services."
              inputMode="decimal"
              autoComplete="off"
              value={state.vatRate}
              onChange={(e) => update({ vatRate: e.target.value })}
              error={shown.vatRate}
              maxLength={7}
            />
            <TextField label="VAT number" hint="Printed on receipts." value={state.vatNumber} onChange={(e) => update({ vatNumber: e.target.value })} error={shown.vatNumber} maxLength={20} autoComplete="off" />
          </div>
        </div>
      </Card>

      <Card title="Opening hours" description="The calendar and online booking only offer times inside these hours. Appointments already booked are never moved." padding="none">
        <OpeningHoursEditor days={state.hours} errors={shown} onChange={updateDay} />
      </Card>

      <Card title="Cancellations and no-shows" description="What happens to a course session when its appointment is cancelled late or missed. Single appointments are never charged automatically.">
        <div className="space-y-6">
          <TextField
            label="Late-cancel window (hours)"
            inputMode="numeric"
            autoComplete="off"
            value={state.lateCancelHours}
            onChange={(e) => update({ lateCancelHours: e.target.value })}
            error={shown.lateCancelHours}
            hint="A cancellation less than this many hours before the start is late. 0: never late."
            className="max-w-xs"
          />
          <div className="grid gap-6 lg:grid-cols-2">
            <ChoiceGroup
              legend="Late cancellation"
              name="lateCancelPolicy"
              value={state.lateCancelPolicy}
              onChange={(lateCancelPolicy) => update({ lateCancelPolicy })}
              choices={policyChoices("late cancellation")}
              stretch
            />
            <ChoiceGroup legend="No-show" name="noShowPolicy" value={state.noShowPolicy} onChange={(noShowPolicy) => update({ noShowPolicy })} choices={policyChoices("no-show")} stretch />
          </div>
          <PolicySummary lateCancelHours={state.lateCancelHours} lateCancelPolicy={state.lateCancelPolicy} noShowPolicy={state.noShowPolicy} />
        </div>
      </Card>

      <Card title="Online booking" description="Clients book single services online; a valid course for that service is used automatically.">
        <TextField
          label="Booking horizon (days)"
          inputMode="numeric"
          autoComplete="off"
          value={state.bookingHorizonDays}
          onChange={(e) => update({ bookingHorizonDays: e.target.value })}
          error={shown.bookingHorizonDays}
          hint="How far ahead clients can book online, from 1 to 365 days. The desk can always book further ahead."
          className="max-w-xs"
        />
      </Card>

      <ReminderSetting value={state.reminderHours} error={shown.reminderHours} onChange={(reminderHours) => update({ reminderHours })} />

      <Card title="Patch tests" description="Services marked “Needs a patch test” (under Manager → Services) warn the desk when the client's test is missing or too old.">
        <TextField
          label="A patch test is good for (months)"
          inputMode="numeric"
          autoComplete="off"
          value={state.patchTestValidMonths}
          onChange={(e) => update({ patchTestValidMonths: e.target.value })}
          error={shown.patchTestValidMonths}
          hint="From 1 to 24 months; 6 is usual."
          className="max-w-xs"
        />
      </Card>

      <div className="sticky bottom-4 z-10 flex flex-wrap items-center gap-4 rounded-lg border border-line bg-surface/95 px-5 py-3 shadow-md backdrop-blur">
        <SaveButton pending={pending}>Save settings</SaveButton>
        {!saved && <p className="text-sm text-ink-muted">Saved settings apply to the calendar and online booking at once.</p>}
        {saved && (
          <div role="status" className="text-sm">
            <span className="font-medium text-green-800">Settings saved.</span>
            {outside && outside.count > 0 && (
              <span className="ml-1 text-amber-800">
                {outside.count === 1 ? "1 booked appointment is" : `${outside.count} booked appointments are`} now outside opening hours ({outside.examples.join("; ")}
                {outside.count > outside.examples.length ? "; …" : ""}). They stay booked; call the clients if they need to move.
              </span>
            )}
          </div>
        )}
      </div>
    </form>
  );
}

function currencyLabel(currency: string): string {
  const name = new Intl.DisplayNames(["en-GB"], { type: "currency" }).of(currency);
  return name && name !== currency ? `${currency} · ${name}` : currency;
}
