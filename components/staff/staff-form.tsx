"use client";

import { useRouter } from "next/navigation";
import { saveStaffAction } from "@/lib/actions/staff";
import { staffSchema } from "@/lib/staff/staff-input";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { CheckboxField } from "@/components/services/checkbox-field";
import { Alert } from "@/components/ui/alert";
import { FormActions, FormProblems } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { useCheckedForm } from "@/components/ui/use-checked-form";
import type { StaffRow } from "@/lib/staff/list-staff";
import type { SkillChoices } from "@/lib/staff/staff-skills";
import { DEFAULT_CALENDAR_COLOUR } from "@/lib/staff/palette";
import { MIN_PASSWORD_LENGTH, type StaffFormValues } from "@/lib/staff/staff-input";
import { ColourPicker } from "./colour-picker";
import { PasswordField } from "./password-field";
import { ServicesTheyDo, type TickedServices } from "./services-they-do";

type Role = "FRONT_DESK" | "MANAGER";
type FormState = { name: string; email: string; role: Role; color: string; takesAppointments: boolean; active: boolean; password: string; services: TickedServices };

function initialState(skills: SkillChoices, member?: StaffRow): FormState {
  // A new staff member starts with no services ticked: the manager says what they do.
  const services = Object.fromEntries(skills.current.map((s) => [s.serviceId, s.durationMinutes === null ? "" : String(s.durationMinutes)]));
  if (!member) return { name: "", email: "", role: "FRONT_DESK", color: DEFAULT_CALENDAR_COLOUR, takesAppointments: true, active: true, password: "", services };
  const { name, email, role, color, takesAppointments, active } = member;
  return { name, email: email ?? "", role, color, takesAppointments, active, password: "", services };
}

/** The form's ticks as the schema wants them; left out for someone not taking appointments (their services stay). */
function servicesValue(s: FormState): StaffFormValues["services"] {
  if (!s.takesAppointments) return undefined;
  return Object.entries(s.services).map(([serviceId, length]) => ({ serviceId: Number(serviceId), durationMinutes: length }));
}

const PLACED = ["name", "email", "role", "color", "active", "password", "services"];

type Props = {
  member?: StaffRow;
  /** The active menu and what they do now. */
  skills: SkillChoices;
  /** The signed-in manager is editing their own account. */
  isSelf?: boolean;
};

/** Add or edit a staff member: who they are, how they sign in, what they may do, how the calendar shows them. */
export function StaffForm({ member, skills, isSelf = false }: Props) {
  const router = useRouter();
  const { formRef, state, update, pending, shown, problemCount, formError, onSubmit } = useCheckedForm({
    initial: () => initialState(skills, member),
    values: ({ services, ...s }): StaffFormValues => ({ staffId: member?.id, ...s, services: servicesValue({ services, ...s }) }),
    schema: staffSchema,
    save: saveStaffAction,
    onSaved: (data) => router.push(`/manager/staff?saved=${data.id}${data.signedOut ? "&signedOut=1" : ""}`),
    placed: PLACED,
  });

  const hasPassword = Boolean(member?.canSignIn);
  const passwordHint = hasPassword
    ? `Leave blank to keep the current password. At least ${MIN_PASSWORD_LENGTH} characters.${isSelf ? "" : " A new password signs them out on every device."}`
    : `At least ${MIN_PASSWORD_LENGTH} characters. Needed to sign in with the email above.`;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending}>
      {isSelf && (
        <Alert tone="info" title="This is your own account">
          You can change your details and password. Another manager has to change your role or deactivate you, so the salon is never left without a manager by accident.
        </Alert>
      )}
      <FormProblems count={problemCount} formError={formError} subject="this" />

      <div className="grid max-w-3xl gap-x-6 gap-y-5 sm:grid-cols-2">
        <TextField label="Name" value={state.name} onChange={(e) => update({ name: e.target.value })} error={shown.name} hint="As it appears on the calendar column." autoComplete="off" maxLength={100} />
        <TextField
          label="Sign-in email"
          type="email"
          value={state.email}
          onChange={(e) => update({ email: e.target.value })}
          error={shown.email}
          hint="Leave blank for someone who never signs in."
          autoComplete="off"
          spellCheck={false}
          maxLength={254}
        />
      </div>

      <PasswordField
        label={hasPassword ? "New password" : "Password"}
        hint={passwordHint}
        value={state.password}
        error={shown.password}
        onChange={(password) => update({ password })}
      />

      <div>
        <ChoiceGroup
          legend="Role"
          name="role"
          value={state.role}
          onChange={(role) => update({ role })}
          disabled={isSelf}
          hint={isSelf ? "You can't change your own role." : undefined}
          choices={[
            { value: "FRONT_DESK", label: "Front desk", hint: "Calendar, bookings, checkout, selling courses" },
            { value: "MANAGER", label: "Manager", hint: "Also courses, services, staff, reports and settings" },
          ]}
        />
        {shown.role && <p className="mt-1 text-xs font-medium text-red-700">{shown.role}</p>}
      </div>

      <ColourPicker value={state.color} onChange={(color) => update({ color })} error={shown.color} current={member?.color} />

      <div className="space-y-4">
        <CheckboxField
          label="Takes appointments"
          checked={state.takesAppointments}
          onChange={(takesAppointments) => update({ takesAppointments })}
          hint="They have a column in the calendar and can be booked. Untick for reception-only staff."
        />
        <CheckboxField
          label="Active"
          checked={state.active}
          onChange={(active) => update({ active })}
          disabled={isSelf}
          error={shown.active}
          hint={
            isSelf
              ? "You can't deactivate your own account."
              : "Deactivating signs them out at once and removes them from the calendar. Their past appointments and sales stay."
          }
        />
      </div>

      {state.takesAppointments && (
        <ServicesTheyDo
          categories={skills.categories}
          value={state.services}
          onChange={(services) => update({ services })}
          error={Object.entries(shown).find(([key, message]) => key.startsWith("services") && message)?.[1]}
        />
      )}

      <FormActions pending={pending} saveLabel={member ? "Save changes" : "Add staff member"} cancelHref="/manager/staff" />
    </form>
  );
}
