import Link from "next/link";
import type { BookableStaff } from "@/lib/online-booking/catalogue";
import { formatDuration } from "./format";

type Props = {
  /** The menu's length: a stylist's own length shows beside their name when it differs. */
  durationMinutes: number;
  staff: BookableStaff[];
  /** Where choosing leads (null: anyone): the public booking's next step, or a course session's. */
  hrefFor: (staffId: number | null) => string;
};

/** Anyone (shared fairly among those free), or one of the staff who do the treatment (public /book and a course session on /book/me). */
export function StaffList({ durationMinutes, staff, hrefFor }: Props) {
  const choices = [
    { id: null as number | null, name: "Anyone", hint: "The first free time with any of our team who do this treatment" },
    // Their own length, when it is not the menu's (a senior may be quicker).
    ...staff.map((s) => ({ id: s.id as number | null, name: s.name, hint: s.minutes !== durationMinutes ? formatDuration(s.minutes) : "" })),
  ];
  return (
    <ul aria-label="Who would you like?" className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
      {choices.map((choice) => (
        <li key={choice.id ?? "any"}>
          <Link href={hrefFor(choice.id)} className="flex items-center gap-3 px-4 py-3.5 hover:bg-slate-50 focus-visible:-outline-offset-2">
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
