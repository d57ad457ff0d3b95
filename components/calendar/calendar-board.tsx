"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { unpackDay, type PackedDay } from "@/lib/calendar/day-wire";
import { staffShown } from "@/lib/calendar/who-works";
import type { ClientHit } from "@/lib/clients/search-clients";
import { fullName } from "@/lib/clients/display";
import type { ServiceOption } from "@/lib/services/list-services";
import { AppointmentDrawer, type DrawerTarget } from "@/components/drawer/appointment-drawer";
import { ChangeQuestion } from "./change-question";
import { useAppointmentChanges } from "./use-appointment-changes";
import { usePendingMoves } from "./use-pending-moves";
import { CalendarToolbar } from "./calendar-toolbar";
import { DayGrid } from "./day-grid";
import { IconSprite } from "./icon-sprite";
import { gridRange } from "./geometry";
import { isWithdrawn } from "./status";
import { Toaster, useToasts } from "@/components/ui/toaster";
import { useSalonNow } from "./use-salon-now";

type Props = {
  /** lib/calendar/day-wire.ts: the day in its compact form. */
  packedDay: PackedDay;
  services: ServiceOption[];
  /** Today in the salon's timezone and the minutes after its midnight, as the server saw them. */
  today: string;
  nowMin: number;
  longDate: string;
  initialShowCancelled: boolean;
  /** `?staff=all`: everyone taking appointments, not only those working that day. */
  initialShowAllStaff: boolean;
  /** `?appointment=ID` (the week view links here): the drawer opens on it. */
  initialAppointmentId: number | null;
  /** A manager's "No services" prompt links to the staff member's services. */
  isManager: boolean;
  /** The URL asked for something that is not a date; today is shown instead. */
  invalidDate: boolean;
  /** `?client=ID` (the header's "New appointment"): a free time clicked books for this client. */
  bookingFor: ClientHit | null;
};


/** The drawer's width (the dialog is max 420px and never wider than the window). */
const DRAWER_PX = 420;

/**
 * Pixels to slide the grid right so `element` clears the open drawer by a small gap; 0 when it is
 * already clear or when the drawer takes most of a narrow window anyway.
 */
function shiftBesideDrawer(element: HTMLElement): number {
  const drawer = Math.min(DRAWER_PX, window.innerWidth);
  if (drawer > window.innerWidth * 0.6) return 0;
  const left = element.getBoundingClientRect().left;
  return Math.max(0, Math.ceil(drawer + 16 - left));
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Keeps a toggle in the URL (shareable, survives a reload) without a round trip: the data is already here. */
function rememberInUrl(name: string, value: string | null) {
  const params = new URLSearchParams(window.location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
}

/**
 * The front desk's day view: toolbar, the staff × time grid, drag to move or resize, and the
 * left-hand drawer. Server data arrives as props; after a change the route is refreshed (scroll and
 * state are kept).
 */
export function CalendarBoard({
  packedDay,
  services,
  today,
  nowMin,
  longDate,
  initialShowCancelled,
  initialShowAllStaff,
  initialAppointmentId,
  isManager,
  invalidDate,
  bookingFor: askedFor,
}: Props) {
  const day = useMemo(() => unpackDay(packedDay), [packedDay]);
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const [, startRefresh] = useTransition();
  const [showCancelled, setShowCancelled] = useState(initialShowCancelled);
  const [showAllStaff, setShowAllStaff] = useState(initialShowAllStaff);
  // `?appointment=ID` opens the drawer on it, once, on the day it was asked for.
  const [asked] = useState(() => {
    const a = initialAppointmentId === null ? undefined : day.appointments.find((x) => x.id === initialAppointmentId);
    return a ? { date: day.date, appointment: a } : null;
  });
  // The drawer belongs to the day it was opened on: moving to another day closes it.
  const [selection, setSelection] = useState<{ date: string; target: DrawerTarget } | null>(() =>
    asked ? { date: asked.date, target: { mode: "edit", appointmentId: asked.appointment.id } } : null,
  );
  const target = selection?.date === day.date ? selection.target : null;
  const opener = useRef<HTMLElement | null>(null);
  // How far the grid slides right while the drawer is open, so the slot or appointment it is about
  // stays in sight beside the drawer instead of under it.
  const [shift, setShift] = useState(0);
  const { toasts, show, dismiss } = useToasts();
  // Booking for one client stays on while the desk moves between days, until they are booked or it is stopped.
  const [bookingFor, setBookingFor] = useState(askedFor);
  const [lastAsked, setLastAsked] = useState(askedFor);
  if (askedFor?.id !== lastAsked?.id) {
    setLastAsked(askedFor);
    if (askedFor) setBookingFor(askedFor);
  }
  const stopBookingFor = useCallback(() => {
    setBookingFor(null);
    rememberInUrl("client", null);
  }, []);
  const now = useSalonNow(day.timezone, { date: today, minutes: nowMin });

  const { appointments, begin: beginMove } = usePendingMoves(day.appointments);
  const visible = useMemo(() => (showCancelled ? appointments : appointments.filter((a) => !isWithdrawn(a.status))), [appointments, showCancelled]);
  // Whose columns: those working today and anyone with a live appointment (the server's data, so a
  // column never vanishes under a drag still being saved), or everyone.
  const shownStaff = useMemo(() => staffShown(day.staff, day.appointments, showAllStaff), [day.staff, day.appointments, showAllStaff]);
  // The grid spans the opening hours (and anything booked outside them), whatever is hidden.
  const range = useMemo(() => gridRange(day.hours, day.appointments), [day.hours, day.appointments]);

  const withdrawn = day.appointments.filter((a) => isWithdrawn(a.status)).length;
  const current = day.appointments.filter((a) => !isWithdrawn(a.status));
  const summary = [
    plural(current.length, "appointment"),
    current.some((a) => a.isCourse) && `${current.filter((a) => a.isCourse).length} from courses`,
    current.some((a) => a.source === "ONLINE") && `${current.filter((a) => a.source === "ONLINE").length} online`,
  ]
    .filter(Boolean)
    .join(" · ");

  const navigate = useCallback((href: string) => startNavigation(() => router.push(href, { scroll: false })), [router]);

  const toggleCancelled = useCallback((next: boolean) => {
    setShowCancelled(next);
    rememberInUrl("cancelled", next ? "1" : null);
  }, []);

  const toggleAllStaff = useCallback((next: boolean) => {
    setShowAllStaff(next);
    rememberInUrl("staff", next ? "all" : null);
  }, []);

  const staffName = useCallback((id: number) => day.staff.find((s) => s.id === id)?.name ?? "another staff member", [day.staff]);

  // After any change the day is read again (scroll and state are kept).
  const onChanged = useCallback(() => startRefresh(() => router.refresh()), [router]);
  const { onDrop, onResize, question, answer } = useAppointmentChanges({ date: day.date, beginMove, staffName, show, refresh: onChanged });

  const onBook = useCallback(
    (staffId: number, startMin: number, element: HTMLElement) => {
      opener.current = element;
      setShift(shiftBesideDrawer(element));
      setSelection({ date: day.date, target: { mode: "new", staffId, date: day.date, startMin } });
    },
    [day.date],
  );

  const onOpen = useCallback(
    (appointmentId: number, element: HTMLElement) => {
      opener.current = element;
      setShift(shiftBesideDrawer(element));
      setSelection({ date: day.date, target: { mode: "edit", appointmentId } });
    },
    [day.date],
  );

  const onClose = useCallback(() => {
    setSelection(null);
    setShift(0);
    rememberInUrl("appointment", null);
    // Back to where the desk was in the grid (the slot may have become an appointment meanwhile).
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const back = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>('[data-nav][tabindex="0"]');
      back?.focus({ preventScroll: true });
    });
  }, []);

  const booking = target?.mode === "new";
  const notify = useCallback(
    (message: string) => {
      show({ tone: "success", message });
      if (booking) stopBookingFor();
    },
    [show, booking, stopBookingFor],
  );

  // Other desks and online bookings change the day too: reload it every minute while the tab is in
  // view and when the desk comes back to it, but not under an open drawer.
  const drawerOpen = useRef(false);
  useEffect(() => {
    drawerOpen.current = target !== null;
  }, [target]);
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible" && !drawerOpen.current) startRefresh(() => router.refresh());
    };
    const timer = setInterval(refresh, 60_000);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [router]);

  // Opened from the week view: slide the grid clear of the drawer, as a click on the block would.
  useEffect(() => {
    if (!asked) return;
    // After the grid has scrolled to it (DayGrid's openAt).
    const frame = requestAnimationFrame(() => {
      const element = document.querySelector<HTMLElement>(`[data-appointment-id="${asked.appointment.id}"]`);
      if (!element) return;
      opener.current = element;
      setShift(shiftBesideDrawer(element));
    });
    return () => cancelAnimationFrame(frame);
  }, [asked]);

  const closed = day.hours === null;
  const isToday = day.date === now.date;
  const hiddenStaff = day.staff.length - shownStaff.length;

  return (
    <div className="flex h-[calc(100dvh-9.3125rem)] min-h-[30rem] flex-col gap-4">
      <IconSprite />
      <CalendarToolbar
        date={day.date}
        today={now.date}
        longDate={longDate}
        showCancelled={showCancelled}
        hiddenCount={withdrawn}
        showAllStaff={showAllStaff}
        hiddenStaffCount={hiddenStaff}
        weekStaffId={shownStaff[0]?.id ?? day.staff[0]?.id ?? null}
        summary={summary}
        onToggleCancelled={toggleCancelled}
        onToggleAllStaff={toggleAllStaff}
        onNavigate={navigate}
      />

      {bookingFor && (
        <Alert tone="info" className="shrink-0 py-1.5">
          <div className="flex items-center justify-between gap-4">
            <span>
              Booking for <strong className="font-semibold">{fullName(bookingFor)}</strong>: choose a free time.
            </span>
            <button
              type="button"
              onClick={stopBookingFor}
              className="rounded-md px-2 py-1 text-sm font-medium text-brand-800 hover:bg-white/60 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              Stop booking for {bookingFor.firstName}
            </button>
          </div>
        </Alert>
      )}

      {invalidDate && (
        <Alert tone="warning" className="shrink-0 py-2">
          That is not a date. Showing today.
        </Alert>
      )}

      {range && shownStaff.length > 0 ? (
        <>
          {closed && (
            <Alert tone="info" className="shrink-0 py-2">
              The salon is closed on this day. The appointments below were booked before the opening hours changed.
            </Alert>
          )}
          <div className="flex min-h-0 flex-1 flex-col overflow-x-clip">
            <div
              // A layer of its own from the start: sliding beside the drawer then moves it without
              // repainting the whole board on a slow PC.
              className="flex min-h-0 flex-1 flex-col transition-transform duration-200 ease-out will-change-transform motion-reduce:transition-none"
              style={target && shift ? { transform: `translateX(${shift}px)` } : undefined}
            >
              <DayGrid
                key={day.date}
                date={day.date}
                longDate={longDate}
                staff={shownStaff}
                isManager={isManager}
                appointments={visible}
                range={range}
                nowMin={isToday ? now.minutes : null}
                selectedId={target?.mode === "edit" ? target.appointmentId : null}
                openAt={asked?.date === day.date ? { staffId: asked.appointment.staffId, minute: asked.appointment.startMin } : null}
                newSlot={target?.mode === "new" ? target : null}
                busy={navigating}
                onBook={onBook}
                onOpen={onOpen}
                onDrop={onDrop}
                onResize={onResize}
              />
            </div>
          </div>
        </>
      ) : (
        <div className="flex min-h-0 flex-1 flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-line-strong bg-surface px-6 text-center">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-8 text-ink-subtle" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
            <rect x="3.5" y="5" width="17" height="15" rx="2" />
            <path d="M3.5 9.5h17M8 3v4M16 3v4" />
          </svg>
          <p className="text-base font-semibold text-ink">
            {closed ? "The salon is closed on this day." : day.staff.length === 0 ? "No one is taking appointments yet." : "Nobody is working on this day."}
          </p>
          <p className="max-w-sm text-sm text-ink-muted">
            {closed
              ? "Choose another day to book appointments."
              : day.staff.length === 0
                ? "A manager can add staff members under Manager → Staff."
                : "Everyone has the day off. Show all staff to book someone anyway."}
          </p>
          {!closed && day.staff.length > 0 && (
            <button
              type="button"
              onClick={() => toggleAllStaff(true)}
              className="mt-1 rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              Show all staff
            </button>
          )}
        </div>
      )}

      <AppointmentDrawer
        target={target}
        onClose={onClose}
        onChanged={onChanged}
        onNotice={notify}
        services={services}
        staff={day.staff}
        date={day.date}
        hours={day.hours}
        client={bookingFor}
        patchTestValidMonths={day.patchTestValidMonths}
      />
      <ChangeQuestion question={question} onAnswer={answer} />
      <Toaster toasts={toasts} onDismiss={dismiss} />
    </div>
  );
}
