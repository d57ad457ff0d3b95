"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { saveStaffAction } from "@/app/(app)/manager/staff/actions";
import { staffSchema } from "@/app/(app)/manager/staff/schemas";
import { ChoiceGroup } from "@/components/course-templates/choice-group";
import { CheckboxField } from "@/components/services/checkbox-field";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { issuesByPath } from "@/lib/course-templates/template-input";
import type { StaffRow } from "@/lib/staff/list-staff";
import { DEFAULT_CALENDAR_COLOUR } from "@/lib/staff/palette";
import { MIN_PASSWORD_LENGTH, type StaffFormValues } from "@/lib/staff/staff-input";
import { ColourPicker } from "./colour-picker";
import { PasswordField } from "./password-field";

type Role = "FRONT_DESK" | "MANAGER";
type FormState = { name: string; email: string; role: Role; color: string; takesAppointments: boolean; active: boolean; password: string };

function initialState(member?: StaffRow): FormState {
  if (!member) return { name: "", email: "", role: "FRONT_DESK", color: DEFAULT_CALENDAR_COLOUR, takesAppointments: true, active: true, password: "" };
  const { name, email, role, color, takesAppointments, active } = member;
  return { name, email: email ?? "", role, color, takesAppointments, active, password: "" };
}

const PLACED = ["name", "email", "role", "color", "active", "password"];

type Props = { member?: StaffRow; /** The signed-in manager is editing their own account. */ isSelf?: boolean };

/** Add or edit a staff member: who they are, how they sign in, what they may do, how the calendar shows them. */
export function StaffForm({ member, isSelf = false }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState(() => initialState(member));
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ error?: string; fieldErrors?: Record<string, string[]> }>({});
  const [pending, startTransition] = useTransition();

  const values: StaffFormValues = { staffId: member?.id, ...state };
  const parsed = staffSchema.safeParse(values);
  const issues = parsed.success ? {} : issuesByPath(parsed.error.issues);
  const shown: Record<string, string | undefined> = submitted ? { ...issues } : {};
  for (const [key, messages] of Object.entries(server.fieldErrors ?? {})) shown[key] ??= messages[0];
  const serverFieldsPlaced = Object.keys(server.fieldErrors ?? {}).length > 0 && Object.keys(server.fieldErrors!).every((k) => PLACED.includes(k));

  function update(patch: Partial<FormState>) {
    setServer({});
    setState((s) => ({ ...s, ...patch }));
  }

  function focusFirstInvalid() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success) return focusFirstInvalid();
    startTransition(async () => {
      const result = await saveStaffAction(values);
      if (!result.ok) {
        setServer({ error: result.error, fieldErrors: result.fieldErrors });
        return focusFirstInvalid();
      }
      router.push(`/manager/staff?saved=${result.data.id}${result.data.signedOut ? "&signedOut=1" : ""}`);
    });
  }

  const problemCount = submitted ? Object.keys(issues).length : 0;
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
      {problemCount > 0 && (
        <Alert tone="error">{problemCount === 1 ? "One thing needs fixing" : `${problemCount} things need fixing`} before this can be saved.</Alert>
      )}
      {server.error && problemCount === 0 && !serverFieldsPlaced && <Alert tone="error">{server.error}</Alert>}

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

      <div className="flex items-center gap-3 border-t border-line pt-5">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : member ? "Save changes" : "Add staff member"}
        </Button>
        <Link href="/manager/staff" className={buttonClasses({ variant: "ghost" })}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
