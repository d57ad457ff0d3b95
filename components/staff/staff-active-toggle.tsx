"use client";

import { useState, useTransition } from "react";
import { setStaffActiveAction } from "@/app/(app)/manager/staff/actions";
import { Button } from "@/components/ui/button";

type Props = { staffId: number; name: string; active: boolean; isSelf: boolean };

/**
 * Deactivate (asks first: it signs them out and takes them off the calendar) or reactivate, in the
 * staff member's row. Your own row explains why it can't.
 */
export function StaffActiveToggle({ staffId, name, active, isSelf }: Props) {
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function run(next: boolean) {
    setMessage(null);
    startTransition(async () => {
      const result = await setStaffActiveAction({ staffId, active: next });
      setConfirming(false);
      setMessage(
        result.ok
          ? { ok: true, text: next ? `${name} is active again.` : `${name} is deactivated${result.data.signedOut ? " and signed out" : ""}.` }
          : { ok: false, text: result.error },
      );
    });
  }

  if (isSelf) return <span className="inline-flex h-8 items-center px-3 text-xs text-ink-subtle">That&apos;s you</span>;

  return (
    <div className="flex flex-col items-end">
      {confirming ? (
        <div role="group" aria-label={`Deactivate ${name}?`} className="flex max-w-72 flex-col items-end gap-1.5 rounded-md border border-line bg-canvas p-2 text-left whitespace-normal">
          <p className="text-xs text-ink">Sign {name} out and take them off the calendar? Past appointments stay.</p>
          <div className="flex gap-1">
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
              Keep
            </Button>
            <Button variant="danger" size="sm" onClick={() => run(false)} disabled={pending}>
              {pending ? "Deactivating…" : "Deactivate"}
              <span className="sr-only"> {name}</span>
            </Button>
          </div>
        </div>
      ) : (
        <Button variant={active ? "ghost" : "secondary"} size="sm" onClick={() => (active ? setConfirming(true) : run(true))} disabled={pending}>
          {active ? "Deactivate" : "Reactivate"}
          <span className="sr-only"> {name}</span>
        </Button>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "sr-only" : "mt-1 max-w-72 text-left text-xs font-medium whitespace-normal text-red-700"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
