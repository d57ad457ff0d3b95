"use client";

import { useCallback, useEffect, useId, useRef } from "react";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { ClientHit } from "@/lib/clients/search-clients";
import type { ServiceOption } from "@/lib/services/list-services";
import type { DayHours } from "@/lib/settings/salon-settings";
import { EditAppointment } from "./edit-appointment";
import { trapTab } from "./focus-trap";
import { NewAppointment } from "./new-appointment";
import { useDrawerOptions } from "./use-drawer-options";

export type DrawerTarget = { mode: "new"; staffId: number; date: string; startMin: number } | { mode: "edit"; appointmentId: number };

type Props = {
  /** null = closed. */
  target: DrawerTarget | null;
  onClose: () => void;
  /** Called after any successful save, check-in, cancellation or no-show: the board refreshes. */
  onChanged: () => void;
  /** What a save or cancellation did, said by the app's toaster once the drawer has closed. */
  onNotice: (text: string) => void;
  services: ServiceOption[];
  staff: CalendarStaff[];
  /** The calendar's day, YYYY-MM-DD, and its opening hours. */
  date: string;
  hours: DayHours;
  /** A new appointment starts with this client chosen (the calendar is booking for them). */
  client?: ClientHit | null;
  /** Months a patch test stays good (the salon's setting). */
  patchTestValidMonths: number;
};

function targetKey(target: DrawerTarget): string {
  return target.mode === "new" ? `new:${target.staffId}:${target.date}:${target.startMin}` : `edit:${target.appointmentId}`;
}

/**
 * The left-hand drawer (LHD): a <dialog> that slides in over the calendar, modal to the desk and to
 * assistive technology (aria-modal, a backdrop that takes every click, Tab kept inside, Esc closes)
 * but opened with show(), not showModal(): a native modal makes the whole page inert, and Chromium
 * then restyles every element of the calendar on opening and again on closing (about 80 ms a time on
 * a slow reception PC, most of what opening the drawer cost). Every way of closing goes through the
 * dialog's close event, which tells the board; the board gives focus back to what opened it. What a
 * save or cancellation did is said by the app's toaster (components/ui/toaster.tsx), which outlives
 * the drawer.
 */
export function AppointmentDrawer({ target, onClose, onChanged, onNotice, services, staff, hours, client, patchTestValidMonths }: Props): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const isOpen = target !== null;
  const openRef = useRef(isOpen);
  const options = useDrawerOptions(isOpen);

  useEffect(() => {
    openRef.current = isOpen;
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      dialog.show();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  const close = useCallback(() => ref.current?.close(), []);

  // Esc closes the drawer wherever focus is (a click on the drawer's text leaves it on the page),
  // unless a control used it first (a client list closing) or it belongs to a dialog over the
  // drawer (the check-in prompt backs out by itself). On the document, so React's handlers run first.
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const inDialog = event.target instanceof Element ? event.target.closest("dialog") : null;
      if (inDialog && inDialog !== ref.current) return;
      event.preventDefault();
      close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [isOpen, close]);

  const onSaved = useCallback(
    (text: string) => {
      close();
      onNotice(text);
      onChanged();
    },
    [close, onChanged, onNotice],
  );

  return (
    <>
      {/* The dimmed calendar: a click on it closes the drawer, like Esc, and reaches nothing behind. */}
      {isOpen && (
        <div
          aria-hidden="true"
          data-drawer-backdrop=""
          onClick={close}
          className="fixed inset-0 z-40 bg-slate-900/25 transition-opacity duration-200 ease-out starting:opacity-0 motion-reduce:transition-none"
        />
      )}
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-modal="true"
        onClose={(e) => {
          // React passes a nested dialog's close (the check-in prompt) up the tree: only ours counts.
          if (e.target === e.currentTarget && openRef.current) onClose();
        }}
        onKeyDown={trapTab}
        className={[
          "fixed inset-y-0 right-auto left-0 z-50 m-0 h-dvh max-h-none w-full max-w-[420px] overflow-hidden border-0 border-r border-line bg-canvas p-0 text-ink shadow-2xl",
          "-translate-x-full transition-[translate,display] transition-discrete duration-200 ease-out open:translate-x-0 starting:open:-translate-x-full",
          "motion-reduce:transition-none",
        ].join(" ")}
      >
        {target && (
          <div className="flex h-full flex-col">
            <header className="flex shrink-0 items-center justify-between gap-3 border-b border-line bg-surface px-5 py-3.5">
              <h2 id={titleId} className="text-lg font-semibold text-ink">
                {target.mode === "new" ? "New appointment" : "Appointment"}
              </h2>
              <button
                type="button"
                aria-label="Close"
                title="Close (Esc)"
                data-drawer-close
                onClick={close}
                className="grid size-9 place-items-center rounded-md text-ink-muted hover:bg-slate-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
                  <path d="M5 5l10 10M15 5L5 15" />
                </svg>
              </button>
            </header>
            {target.mode === "new" ? (
              <NewAppointment key={targetKey(target)} slot={target} services={services} staff={staff} hours={hours} onSaved={onSaved} initialClient={client} patchTestValidMonths={patchTestValidMonths} options={options} />
            ) : (
              <EditAppointment
                key={targetKey(target)}
                appointmentId={target.appointmentId}
                services={services}
                staff={staff}
                hours={hours}
                options={options}
                onSaved={onSaved}
                onChanged={onChanged}
              />
            )}
          </div>
        )}
      </dialog>
    </>
  );
}
