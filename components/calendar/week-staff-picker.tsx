"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { weekHref } from "@/lib/calendar/links";
import type { CalendarStaff } from "@/lib/calendar/load-day";

/**
 * Whose week: choosing a name shows their week at once. A plain GET form underneath, so Enter (or
 * no script yet) still works.
 */
export function WeekStaffPicker({ staff, staffId, date }: { staff: CalendarStaff[]; staffId: number; date: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <form action="/calendar/week" method="get" className="flex items-center gap-2" aria-busy={pending || undefined}>
      <input type="hidden" name="date" value={date} />
      <label htmlFor="week-staff" className="text-sm font-medium text-ink-muted">
        Staff member
      </label>
      <select
        id="week-staff"
        name="staffId"
        defaultValue={staffId}
        onChange={(event) => {
          const id = Number(event.currentTarget.value);
          startTransition(() => router.push(weekHref(id, date)));
        }}
        className="h-8 rounded-md border border-line-strong bg-surface pr-8 pl-2 text-sm text-ink shadow-xs hover:border-slate-400 focus:outline-2 focus:-outline-offset-1 focus:outline-brand-600"
      >
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="h-8 rounded-md border border-line-strong px-3 text-sm font-medium">
          Show
        </button>
      </noscript>
    </form>
  );
}
