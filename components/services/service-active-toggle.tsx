"use client";

import { setServiceActiveAction } from "@/lib/actions/services";
import { ActiveToggleCell, useRowAction } from "@/components/ui/active-toggle-cell";
import type { ServiceActiveResult } from "@/lib/services/save-service";

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** What stays after a deactivation, in the manager's words. */
function deactivatedText(r: ServiceActiveResult): string {
  const kept: string[] = [];
  if (r.upcomingAppointments > 0) kept.push(`${plural(r.upcomingAppointments, "upcoming appointment keeps", "upcoming appointments keep")} it`);
  if (r.coursesOnSale > 0) kept.push(`${plural(r.coursesOnSale, "course on sale includes", "courses on sale include")} it: edit or deactivate ${r.coursesOnSale === 1 ? "that course" : "those courses"} under Courses`);
  return `${r.name} is off the menu.${kept.length ? ` ${kept.join("; ")}.` : ""}`;
}

/** Deactivate (off the menu; nothing is deleted) or reactivate one service, in its table row. */
export function ServiceActiveToggle({ serviceId, name, active }: { serviceId: number; name: string; active: boolean }) {
  const { pending, message, run } = useRowAction();

  function toggle() {
    run(
      () => setServiceActiveAction({ serviceId, active: !active }),
      (data) => (data.active ? `${name} is back on the menu.` : deactivatedText(data)),
    );
  }

  // What courses still hold the service is worth reading; a plain confirmation is only announced.
  return (
    <ActiveToggleCell
      name={name}
      active={active}
      pending={pending}
      message={message}
      onToggle={toggle}
      messageWidth="max-w-64"
      worthReading={Boolean(message && /course/.test(message.text))}
    />
  );
}
