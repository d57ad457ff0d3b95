"use client";

import Link from "next/link";
import { useActionState } from "react";
import { bookCourseSessionAction, type SessionFormState } from "@/lib/actions/client-portal";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { lineId: number; staffId: number | null; startsAt: string; otherTimesHref: string };

/** The last step: book the session; if the time has gone meanwhile, say why and offer the day again. */
export function SessionConfirmForm({ lineId, staffId, startsAt, otherTimesHref }: Props) {
  const [state, formAction, pending] = useActionState<SessionFormState, FormData>(bookCourseSessionAction, {});
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="lineId" value={lineId} />
      <input type="hidden" name="staffId" value={staffId ?? "any"} />
      <input type="hidden" name="startsAt" value={startsAt} />
      {state.error && (
        <Alert tone="error" title={state.code === "SLOT_TAKEN" ? undefined : "We could not book that"}>
          {state.error}{" "}
          {state.code === "SLOT_TAKEN" && (
            <Link href={otherTimesHref} className="font-medium underline underline-offset-2">
              Choose another time
            </Link>
          )}
        </Alert>
      )}
      <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Booking…" : "Book this session"}
      </Button>
    </form>
  );
}
