"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { closePeriodSchema } from "@/lib/reports/as-of-input";
import { addDaysToDate } from "@/lib/time";

type Props = { suggested: string; today: string; action: (input: unknown) => Promise<ActionResult<{ message: string }>> };

/** "Close period": the last day of the period (a day that has passed); the closing is kept as taken. */
export function ClosePeriodForm({ suggested, today, action }: Props) {
  const [closedThrough, setClosedThrough] = useState(suggested);
  const [done, setDone] = useState<string | null>(null);
  const { errors, edit, pending, submit } = useActionForm(closePeriodSchema, action, (data) => setDone(data.message));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    submit({ closedThrough });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Close period" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label="Close through"
          type="date"
          max={addDaysToDate(today, -1)}
          value={closedThrough}
          onChange={(e) => edit("closedThrough", setClosedThrough)(e.target.value)}
          error={errors.closedThrough}
          hint="The last day of the period, e.g. a month’s end. It must have passed."
          className="w-64"
        />
        <Button type="submit" variant="primary" disabled={pending} aria-disabled={pending}>
          {pending ? "Closing…" : "Close period"}
        </Button>
      </div>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
    </form>
  );
}
