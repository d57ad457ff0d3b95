"use client";

import { useState } from "react";
import { setStaffActiveAction } from "@/lib/actions/staff";
import { ActiveToggleCell, useRowAction } from "@/components/ui/active-toggle-cell";
import { Button } from "@/components/ui/button";

type Props = { staffId: number; name: string; active: boolean; isSelf: boolean };

/**
 * Deactivate (asks first: it signs them out and takes them off the calendar) or reactivate, in the
 * staff member's row. Your own row explains why it can't.
 */
export function StaffActiveToggle({ staffId, name, active, isSelf }: Props) {
  const { pending, message, run } = useRowAction();
  const [confirming, setConfirming] = useState(false);

  function save(next: boolean) {
    run(
      async () => {
        const result = await setStaffActiveAction({ staffId, active: next });
        setConfirming(false);
        return result;
      },
      (data) => (next ? `${name} is active again.` : `${name} is deactivated${data.signedOut ? " and signed out" : ""}.`),
    );
  }

  if (isSelf) return <span className="inline-flex h-8 items-center px-3 text-xs text-ink-subtle">That&apos;s you</span>;

  return (
    <ActiveToggleCell
      name={name}
      active={active}
      pending={pending}
      message={message}
      onToggle={() => (active ? setConfirming(true) : save(true))}
      messageWidth="max-w-72"
    >
      {confirming && (
        <div role="group" aria-label={`Deactivate ${name}?`} className="flex max-w-72 flex-col items-end gap-1.5 rounded-md border border-line bg-canvas p-2 text-left whitespace-normal">
          <p className="text-xs text-ink">Sign {name} out and take them off the calendar? Past appointments stay.</p>
          <div className="flex gap-1">
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
              Keep
            </Button>
            <Button variant="danger" size="sm" onClick={() => save(false)} disabled={pending}>
              {pending ? "Deactivating…" : "Deactivate"}
              <span className="sr-only"> {name}</span>
            </Button>
          </div>
        </div>
      )}
    </ActiveToggleCell>
  );
}
