"use client";

import { useState, useTransition } from "react";
import { setCourseTemplateActiveAction } from "@/app/(app)/manager/courses/actions";
import { Button } from "@/components/ui/button";

/** Deactivate (stop selling; nothing is deleted) or reactivate one template, in its table row. */
export function ActiveToggle({ templateId, name, active }: { templateId: number; name: string; active: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function toggle() {
    setMessage(null);
    startTransition(async () => {
      const result = await setCourseTemplateActiveAction({ templateId, active: !active });
      setMessage(
        result.ok
          ? { ok: true, text: result.data.active ? `${name} is on sale again.` : `${name} is no longer sold. Clients keep what they bought.` }
          : { ok: false, text: result.error },
      );
    });
  }

  return (
    <div className="flex flex-col items-end">
      <Button variant={active ? "ghost" : "secondary"} size="sm" onClick={toggle} disabled={pending}>
        {active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {name}</span>
      </Button>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "sr-only" : "mt-1 max-w-56 text-left text-xs font-medium whitespace-normal text-red-700"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
