import Link from "next/link";
import { formatDuration } from "@/components/booking/format";
import type { BookableStaff } from "@/lib/online-booking/catalogue";
import { sessionHref } from "@/lib/client-portal/session-url";

/** Who does the session: anyone (shared fairly among those free), or one of the staff who do the treatment. */
export function SessionStaffList({ lineId, durationMinutes, staff }: { lineId: number; durationMinutes: number; staff: BookableStaff[] }) {
  const choices = [
    { id: null as number | null, name: "Anyone", hint: "The first free time with any of our team who do this treatment" },
    ...staff.map((s) => ({ id: s.id as number | null, name: s.name, hint: s.minutes !== durationMinutes ? formatDuration(s.minutes) : "" })),
  ];
  return (
    <ul aria-label="Who would you like?" className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
      {choices.map((choice) => (
        <li key={choice.id ?? "any"}>
          <Link href={sessionHref({ line: lineId, staff: choice.id })} className="flex items-center gap-3 px-4 py-3.5 hover:bg-slate-50 focus-visible:-outline-offset-2">
            <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-800 ring-1 ring-brand-200">
              {choice.id === null ? "★" : choice.name.charAt(0)}
            </span>
            <span className="min-w-0">
              <span className="block font-medium text-ink">{choice.name}</span>
              {choice.hint && <span className="block text-sm text-ink-muted">{choice.hint}</span>}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
