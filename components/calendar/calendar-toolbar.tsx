"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { addDaysToDate, isPlausibleDate } from "@/lib/time";
import { AlertMark, CourseMark, OnlineMark, OutsideHoursMark } from "./appointment-block";
import { calendarHref, daySheetHref, weekHref } from "@/lib/calendar/links";
import { OffHoursSwatch } from "./off-hours";
import { STATUS_ORDER, STATUS_STYLE } from "./status";
import { StatusIcon } from "./status-icon";

type Props = {
  date: string;
  today: string;
  longDate: string;
  showCancelled: boolean;
  hiddenCount: number;
  showAllStaff: boolean;
  /** Staff taking appointments not shown: not working that day, nothing booked. */
  hiddenStaffCount: number;
  /** Whose week "Week" opens (the first column). */
  weekStaffId: number | null;
  summary: string;
  onToggleCancelled: (show: boolean) => void;
  onToggleAllStaff: (show: boolean) => void;
  onNavigate: (href: string) => void;
};

const chevron = (d: string) => (
  <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    <path d={d} />
  </svg>
);

export function CalendarToolbar({
  date,
  today,
  longDate,
  showCancelled,
  hiddenCount,
  showAllStaff,
  hiddenStaffCount,
  weekStaffId,
  summary,
  onToggleCancelled,
  onToggleAllStaff,
  onNavigate,
}: Props) {
  // Client-side navigation in a transition (the old day stays until the new one is ready); a modified
  // click (new tab, new window) keeps the link's own behaviour.
  const go = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate(href);
  };
  const prev = calendarHref(addDaysToDate(date, -1), showCancelled, showAllStaff);
  const next = calendarHref(addDaysToDate(date, 1), showCancelled, showAllStaff);
  const todayHref = calendarHref(today, showCancelled, showAllStaff);
  const isToday = date === today;

  // The picker follows the day on screen. Picking from its calendar navigates at once; typing waits for
  // a pause (each keystroke in a date field already makes a complete date), Enter or leaving goes now.
  const [picked, setPicked] = useState(date);
  const [shownDate, setShownDate] = useState(date);
  if (shownDate !== date) {
    setShownDate(date);
    setPicked(date);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastKeyAt = useRef(0);
  const requested = useRef({ from: "", href: "" });
  useEffect(() => () => clearTimeout(timer.current), []);
  const goToPicked = (value: string, delay: number) => {
    clearTimeout(timer.current);
    if (value === date || !isPlausibleDate(value)) return;
    const href = calendarHref(value, showCancelled, showAllStaff);
    const go = () => {
      // Blur right after a pick would ask for the same day again while it is still loading.
      if (requested.current.from === date && requested.current.href === href) return;
      requested.current = { from: date, href };
      onNavigate(href);
    };
    if (delay === 0) go();
    else timer.current = setTimeout(go, delay);
  };

  return (
    <div className="flex shrink-0 flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Calendar</h1>
          <p className="flex items-center gap-2 text-lg font-medium text-ink-muted">
            <time dateTime={date}>{longDate}</time>
            {isToday && (
              <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-200 ring-inset">Today</span>
            )}
          </p>
        </div>

        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label="Choose day" className="flex items-center">
            <Link href={prev} onClick={go(prev)} aria-label="Previous day" title="Previous day" className={cx(buttonClasses({ variant: "secondary", size: "sm" }), "rounded-r-none px-2")}>
              {chevron("m10 3.5-4.5 4.5 4.5 4.5")}
            </Link>
            <Link
              href={todayHref}
              onClick={go(todayHref)}
              aria-current={isToday ? "date" : undefined}
              className={cx(buttonClasses({ variant: "secondary", size: "sm" }), "-ml-px rounded-none")}
            >
              Today
            </Link>
            <Link href={next} onClick={go(next)} aria-label="Next day" title="Next day" className={cx(buttonClasses({ variant: "secondary", size: "sm" }), "-ml-px rounded-l-none px-2")}>
              {chevron("m6 3.5 4.5 4.5L6 12.5")}
            </Link>
          </nav>

          <div className="flex items-center gap-2">
            <label htmlFor="calendar-go-to-date" className="text-sm font-medium text-ink-muted">
              Go to date
            </label>
            <input
              id="calendar-go-to-date"
              type="date"
              value={picked}
              onChange={(event) => {
                setPicked(event.currentTarget.value);
                goToPicked(event.currentTarget.value, Date.now() - lastKeyAt.current < 250 ? 700 : 0);
              }}
              onBlur={(event) => goToPicked(event.currentTarget.value, 0)}
              onKeyDown={(event) => {
                lastKeyAt.current = Date.now();
                if (event.key === "Enter") goToPicked(event.currentTarget.value, 0);
              }}
              className="h-8 rounded-md border border-line-strong bg-surface px-2 text-sm text-ink shadow-xs hover:border-slate-400 focus:outline-2 focus:-outline-offset-1 focus:outline-brand-600"
            />
          </div>

          <div className="flex items-center gap-2">
            <input
              id="calendar-show-cancelled"
              type="checkbox"
              checked={showCancelled}
              onChange={(event) => onToggleCancelled(event.currentTarget.checked)}
              className="size-4 rounded border-line-strong accent-brand-700"
            />
            <label htmlFor="calendar-show-cancelled" className="text-sm font-medium text-ink select-none">
              Show cancelled
            </label>
            <span className="w-16 text-xs text-ink-subtle tabular-nums">{!showCancelled && hiddenCount > 0 ? `${hiddenCount} hidden` : ""}</span>
          </div>

          <div className="flex items-center gap-2">
            <input
              id="calendar-show-all-staff"
              type="checkbox"
              checked={showAllStaff}
              onChange={(event) => onToggleAllStaff(event.currentTarget.checked)}
              aria-describedby="calendar-staff-hidden"
              className="size-4 rounded border-line-strong accent-brand-700"
            />
            <label htmlFor="calendar-show-all-staff" className="text-sm font-medium text-ink select-none">
              Show all staff
            </label>
            <span id="calendar-staff-hidden" className="w-24 text-xs whitespace-nowrap text-ink-subtle tabular-nums">
              {!showAllStaff && hiddenStaffCount > 0 ? `${hiddenStaffCount} not working` : ""}
            </span>
          </div>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 text-xs text-ink-muted">
        {/* Wide screens show the key in a line; a tablet keeps the room for the day and opens it on demand. */}
        <ul aria-label="Legend" className="hidden flex-wrap items-center gap-x-4 gap-y-1 xl:flex">
          <LegendItems />
        </ul>
        {/* A popover: Esc or a tap elsewhere closes it, as the desk expects. */}
        <details
          className="group relative xl:hidden"
          onKeyDown={(event) => {
            if (event.key !== "Escape" || !event.currentTarget.open) return;
            event.preventDefault();
            event.currentTarget.open = false;
            event.currentTarget.querySelector("summary")?.focus();
          }}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) event.currentTarget.open = false;
          }}
        >
          <summary className="cursor-pointer list-none rounded-md px-2 py-1 font-medium text-ink ring-1 ring-line ring-inset select-none hover:bg-canvas focus-visible:outline-2 focus-visible:outline-brand-600 [&::-webkit-details-marker]:hidden">
            Legend <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-180">▾</span>
          </summary>
          <ul aria-label="Legend" className="absolute top-full left-0 z-40 mt-1 grid w-56 gap-2 rounded-md border border-line bg-surface p-3 shadow-lg">
            <LegendItems />
          </ul>
        </details>
        <div className="flex items-center gap-4">
          <p className="tabular-nums">{summary}</p>
          {weekStaffId !== null && (
            <Link href={weekHref(weekStaffId, date)} prefetch={false} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              Week view
            </Link>
          )}
          <Link href={daySheetHref(date)} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Day sheet
          </Link>
        </div>
      </div>
    </div>
  );
}

/** What each shape and mark on an appointment means. */
function LegendItems() {
  return (
    <>
      {STATUS_ORDER.map((status) => (
        <li key={status} className="flex items-center gap-1.5">
          <StatusIcon status={status} />
          {STATUS_STYLE[status].label}
        </li>
      ))}
      <li className="flex items-center gap-1.5 xl:border-l xl:border-line xl:pl-4">
        <CourseMark />
        Course session
      </li>
      <li className="flex items-center gap-1.5">
        <OnlineMark />
        Booked online
      </li>
      <li className="flex items-center gap-1.5">
        <AlertMark />
        Client alert
      </li>
      <li className="flex items-center gap-1.5">
        <OutsideHoursMark />
        Booked anyway
      </li>
      <li className="flex items-center gap-1.5 xl:border-l xl:border-line xl:pl-4">
        <OffHoursSwatch />
        Not working / break
      </li>
    </>
  );
}
