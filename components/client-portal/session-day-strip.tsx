import { format, parseISO } from "date-fns";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { SessionDay } from "@/lib/client-portal/session-times";
import { sessionHref } from "@/lib/client-portal/session-url";
import { formatSalonDate, type SalonDate } from "@/lib/time";

type Props = {
  lineId: number;
  staffId: number | null;
  days: SessionDay[];
  selected?: SalonDate;
  today: SalonDate;
  lastDay: SalonDate;
  previousFrom: SalonDate | null;
  nextFrom: SalonDate | null;
};

const STATE_LINE: Record<Exclude<SessionDay["state"], "open">, string> = {
  closed: "Closed",
  off: "Not working",
  full: "Fully booked",
  unavailable: "Not available",
  outside: "Outside your course's dates",
};

/** A week of days with how many times are free (within the course's dates), a week back and on, and any date up to the last one. */
export function SessionDayStrip({ lineId, staffId, days, selected, today, lastDay, previousFrom, nextFrom }: Props) {
  const place = { line: lineId, staff: staffId };
  return (
    <section aria-labelledby="day-heading" className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id="day-heading" className="text-base font-semibold text-ink">
          Choose a day
        </h2>
        <div className="flex gap-2">
          {previousFrom && (
            <Link href={sessionHref({ ...place, from: previousFrom })} className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label="Earlier days">
              ‹ Earlier
            </Link>
          )}
          {nextFrom && (
            <Link href={sessionHref({ ...place, from: nextFrom })} className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label="Later days">
              Later ›
            </Link>
          )}
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
                  href={sessionHref({ ...place, from: days[0].date, date: day.date })}
                  aria-label={name}
                  aria-current={day.date === selected ? "date" : undefined}
                  className={cx(box, day.date === selected ? "border-brand-700 bg-brand-700 text-white [&_span]:text-white" : "border-line-strong bg-surface text-ink hover:border-brand-600")}
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
      <form action="/book/me/book" method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="line" value={lineId} />
        <input type="hidden" name="staff" value={staffId ?? "any"} />
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
