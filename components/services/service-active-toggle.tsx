"use client";

import { useState, useTransition } from "react";
import { setServiceActiveAction } from "@/app/(app)/manager/services/actions";
import { Button } from "@/components/ui/button";
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
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function toggle() {
    setMessage(null);
    startTransition(async () => {
      const result = await setServiceActiveAction({ serviceId, active: !active });
      setMessage(
        result.ok
          ? { ok: true, text: result.data.active ? `${name} is back on the menu.` : deactivatedText(result.data) }
          : { ok: false, text: result.error },
      );
    });
  }

  // A warning worth reading stays visible; a plain confirmation is only announced.
  const visible = message && (!message.ok || /course/.test(message.text));
  return (
    <div className="flex flex-col items-end">
      <Button variant={active ? "ghost" : "secondary"} size="sm" onClick={toggle} disabled={pending}>
        {active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {name}</span>
      </Button>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={visible ? `mt-1 max-w-64 text-left text-xs font-medium whitespace-normal ${message.ok ? "text-amber-800" : "text-red-700"}` : "sr-only"}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
