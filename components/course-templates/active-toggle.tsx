"use client";

import { setCourseTemplateActiveAction } from "@/lib/actions/course-templates";
import { ActiveToggleCell, useRowAction } from "@/components/ui/active-toggle-cell";

/** Deactivate (stop selling; nothing is deleted) or reactivate one template, in its table row. */
export function ActiveToggle({ templateId, name, active }: { templateId: number; name: string; active: boolean }) {
  const { pending, message, run } = useRowAction();

  function toggle() {
    run(
      () => setCourseTemplateActiveAction({ templateId, active: !active }),
      (data) => (data.active ? `${name} is on sale again.` : `${name} is no longer sold. Clients keep what they bought.`),
    );
  }

  return <ActiveToggleCell name={name} active={active} pending={pending} message={message} onToggle={toggle} messageWidth="max-w-56" />;
}
