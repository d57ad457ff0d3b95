"use client";

import { setResourceActiveAction } from "@/lib/actions/resources";
import { ActiveToggleCell, useRowAction } from "@/components/ui/active-toggle-cell";

/**
 * Deactivate (no new booking gets it; appointments already in it keep it, and the row says how many
 * and which comes next) or reactivate, in its table row.
 */
export function ResourceActiveToggle({ resourceId, name, active }: { resourceId: number; name: string; active: boolean }) {
  const { pending, message, run } = useRowAction();

  function toggle() {
    run(
      () => setResourceActiveAction({ resourceId, active: !active }),
      (data) => (data.active ? `${name} takes bookings again.` : `${name} is deactivated: no new bookings get it.${data.warning ? ` ${data.warning}` : ""}`),
    );
  }

  return (
    <ActiveToggleCell
      name={name}
      active={active}
      pending={pending}
      message={message}
      onToggle={toggle}
      messageWidth="max-w-72"
      worthReading={Boolean(message?.ok && /hold|can't be booked/.test(message.text))}
    />
  );
}
