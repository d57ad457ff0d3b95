import Link from "next/link";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { formatMinutes } from "@/lib/time";
import { MAX_REMINDER_HOURS } from "@/lib/settings/settings-input";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** The example appointment: Friday at 14:30, in minutes from Monday 00:00. */
const EXAMPLE = 4 * 24 * 60 + 14 * 60 + 30;

/** "gets it on Thursday at 14:30", worked out for a booking on Friday at 14:30. Pure. */
export function reminderExample(hours: number): string {
  if (hours === 0) return "No reminders are sent. Confirmations, changes and cancellations still go at once.";
  const at = EXAMPLE - hours * 60;
  const day = Math.floor(at / (24 * 60));
  const time = formatMinutes(((at % (24 * 60)) + 24 * 60) % (24 * 60));
  const when = day === 4 ? `the same day at ${time}` : day >= 0 ? `on ${DAYS[day]} at ${time}` : `on the ${DAYS[(day % 7 + 7) % 7]} before at ${time}`;
  return `A client booked for Friday at 14:30 gets their reminder ${when}.`;
}

type Props = { value: string; error?: string | string[]; onChange: (value: string) => void };

/** Manager → Settings: how long before an appointment the reminder email goes (0 = none). */
export function ReminderSetting({ value, error, onChange }: Props) {
  const hours = Number(value);
  const valid = value.trim() !== "" && Number.isInteger(hours) && hours >= 0 && hours <= MAX_REMINDER_HOURS;
  return (
    <Card
      title="Client emails"
      description={
        <>
          Clients with an email get a confirmation when they are booked, and a message when the appointment changes or is cancelled. Every message is listed under{" "}
          <Link href="/manager/messages" className="font-medium text-brand-800 underline-offset-2 hover:underline">
            Manager → Messages
          </Link>
          .
        </>
      }
    >
      <div className="space-y-4">
        <TextField
          label="Reminder email — hours before the appointment"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          error={error}
          hint={`Whole hours from 0 to ${MAX_REMINDER_HOURS} (a week); 24 is usual. 0 sends no reminders.`}
          className="max-w-sm"
          maxLength={4}
        />
        {valid && (
          <p className="rounded-md border border-line bg-canvas px-4 py-3 text-sm text-ink-muted" aria-live="polite">
            <span className="font-medium text-ink">In practice: </span>
            {reminderExample(hours)}
          </p>
        )}
      </div>
    </Card>
  );
}
