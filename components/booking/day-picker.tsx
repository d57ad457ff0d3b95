import { format, parseISO } from "date-fns";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { DaySummary } from "@/lib/online-booking/availability";
import { formatSalonDate, type SalonDate } from "@/lib/time";

/** A day of the strip; "outside": beyond a course's dates (the client's page). */
export type DayChoice = { date: SalonDate; state: DaySummary["state"] | "outside"; freeCount: number };

type Props = {
  days: DayChoice[];
  selected?: SalonDate;
  today: SalonDate;
  lastDay: SalonDate;
  previousFrom: SalonDate | null;
  nextFrom: SalonDate | null;
  /** The strip from `from`, with `date` chosen: a link of the flow the picker is in. */
  hrefFor: (place: { from: SalonDate; date?: SalonDate }) => string;
  /** "Or pick a date" submits here (GET) with these fields beside the date. */
  form: { action: string; fields: Record<string, string> };
};

const STATE_LINE: Record<Exclude<DayChoice["state"], "open">, string> = {
  closed: "Closed",
  off: "Not working",
  full: "Fully booked",
  unavailable: "Not available",
  outside: "Outside your course's dates",
};

/** A week of days with how many times are free, a week back and on, and any date up to the last one (public /book and a course session on /book/me). */
export function DayPicker({ days, selected, today, lastDay, previousFrom, nextFrom, hrefFor, form }: Props) {
  return (
    <section aria-labelledby="day-heading" className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id="day-heading" className="text-base font-semibold text-ink">
          Choose a day
        </h2>
        <div className="flex gap-2">
          {previousFrom ? (
            <Link href={hrefFor({ from: previousFrom })} className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label="Earlier days">
              ‹ Earlier
            </Link>
          ) : null}
          {nextFrom ? (
            <Link href={hrefFor({ from: nextFrom })} className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label="Later days">
              Later ›
            </Link>
          ) : null}
        </div>
      </div>
      <ul className="grid grid-cols-4 gap-2 sm:grid-cols-7">
        {days.map((day) => {
          const d = parseISO(day.date);
          const name = `${formatSalonDate(day.date)}, ${day.state === "open" ? `${day.freeCount} free ${day.freeCount === 1 ? "time" : "times"}` : STATE_LINE[day.state]}`;
          const face = (
            <>
              <span className="text-xs text-ink-muted">{format(d, "EEE")}</span>
              <span className="text-lg leading-tight font-semibold">{format(d, "d")}</span>
              <span className="text-xs">{format(d, "MMM")}</span>
            </>
          );
          const box = "flex flex-col items-center rounded-lg border px-1 py-2 text-center";
          return (
            <li key={day.date}>
              {day.state === "open" ? (
                <Link
                  href={hrefFor({ from: days[0].date, date: day.date })}
                  aria-label={name}
                  aria-current={day.date === selected ? "date" : undefined}
                  className={cx(
                    box,
                    day.date === selected ? "border-brand-700 bg-brand-700 text-white [&_span]:text-white" : "border-line-strong bg-surface text-ink hover:border-brand-600",
                  )}
                >
                  {face}
                </Link>
              ) : (
                <span className={cx(box, "border-line bg-slate-50 text-ink-subtle")} title={STATE_LINE[day.state]}>
                  <span className="sr-only">{name}</span>
                  <span aria-hidden="true" className="contents">
                    {face}
                  </span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <form action={form.action} method="get" className="flex flex-wrap items-end gap-2">
        {Object.entries(form.fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="space-y-1">
          <label htmlFor="pick-date" className="block text-sm font-medium text-ink">
            Or pick a date
          </label>
          <input
            id="pick-date"
            name="date"
            type="date"
            min={today}
            max={lastDay}
            defaultValue={selected}
            required
            className="h-10 rounded-md border border-line-strong bg-surface px-3 text-sm text-ink shadow-xs"
          />
        </div>
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Show times
        </button>
      </form>
    </section>
  );
}
