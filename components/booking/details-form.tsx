"use client";

import { useActionState, useState, type FormEvent } from "react";
import { z } from "zod";
import { bookOnlineAction, type BookingFormState } from "@/lib/actions/online-booking";
import { clientDetailsSchema } from "@/lib/online-booking/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { HoneypotField } from "./honeypot-field";

type Props = {
  serviceId: number;
  /** null: anyone. */
  staffId: number | null;
  startsAt: string;
  /** "Wed 1 Jul 2026 at 10:15" */
  whenLabel: string;
  dateLabel: string;
};

type Details = { firstName: string; lastName: string; email: string; phone: string };
const EMPTY: Details = { firstName: "", lastName: "", email: "", phone: "" };

/**
 * The last step: who is booking, then confirm. The same schema as the server checks the fields
 * first; the server then checks the time is still free by the salon's rules. If it has gone (another
 * client took it, or the room it needs), the server says why and the next free times of that day are
 * offered here, so nothing typed is lost.
 */
export function DetailsForm({ serviceId, staffId, startsAt: initialStartsAt, whenLabel, dateLabel }: Props) {
  const [state, formAction, pending] = useActionState<BookingFormState, FormData>(bookOnlineAction, {});
  const [details, setDetails] = useState<Details>(EMPTY);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  // A time picked from the offered ones belongs to that answer; a newer answer forgets it.
  const [pick, setPick] = useState<{ time: { startsAt: string; label: string }; forState: BookingFormState } | null>(null);
  const picked = pick && pick.forState === state ? pick.time : null;
  const startsAt = picked?.startsAt ?? initialStartsAt;
  const errors = { ...state.fieldErrors, ...clientErrors };
  const offered = state.code === "SLOT_TAKEN" ? (state.nextTimes ?? []) : [];
  const showServerError = state.error && !(picked && state.code === "SLOT_TAKEN");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const parsed = clientDetailsSchema.safeParse(details);
    if (!parsed.success) {
      event.preventDefault();
      setClientErrors(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
      return;
    }
    setClientErrors({});
  };
  const set = (field: keyof Details) => (e: { target: { value: string } }) => {
    setDetails((d) => ({ ...d, [field]: e.target.value }));
    if (clientErrors[field]) setClientErrors((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== field)));
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="staffId" value={staffId ?? "any"} />
      <input type="hidden" name="startsAt" value={startsAt} />

      <p className="rounded-md bg-brand-50 px-3.5 py-2.5 text-sm font-medium text-brand-900 ring-1 ring-brand-200 ring-inset">
        {picked ? `${dateLabel} at ${picked.label}` : whenLabel}
      </p>

      {showServerError && (
        // A gone time is said in one sentence with its reason ("Sorry, that time has just gone: …"), so no title.
        <Alert tone="error" title={state.code === "SLOT_TAKEN" ? undefined : "We could not book that"}>
          {state.code !== "SLOT_TAKEN"
            ? state.error
            : `${state.error} ${offered.length > 0 ? "Pick one of the next free times below, then confirm." : "There are no other free times that day. Please choose another day."}`}
        </Alert>
      )}
      {offered.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="mb-2 text-sm font-medium text-ink">Next free times on {dateLabel}</legend>
          <div className="flex flex-wrap gap-2">
            {offered.map((t) => (
              <label
                key={t.startsAt}
                className="flex h-10 cursor-pointer items-center gap-2 rounded-md border border-line-strong bg-surface px-3 text-sm font-medium text-ink has-checked:border-brand-700 has-checked:bg-brand-50"
              >
                <input type="radio" name="nextTime" value={t.startsAt} checked={picked?.startsAt === t.startsAt} onChange={() => setPick({ time: t, forState: state })} className="accent-brand-700" />
                {t.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="First name" name="firstName" autoComplete="given-name" value={details.firstName} onChange={set("firstName")} error={errors.firstName} required />
        <TextField label="Last name" name="lastName" autoComplete="family-name" value={details.lastName} onChange={set("lastName")} error={errors.lastName} required />
        <TextField label="Email" name="email" type="email" autoComplete="email" inputMode="email" value={details.email} onChange={set("email")} error={errors.email} required />
        <TextField label="Phone" name="phone" type="tel" autoComplete="tel" inputMode="tel" value={details.phone} onChange={set("phone")} error={errors.phone} hint="So the salon can reach you about this visit." required />
      </div>
      <HoneypotField />

      <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={pending || (offered.length > 0 && !picked)}>
        {pending ? "Booking…" : "Confirm booking"}
      </Button>
    </form>
  );
}
