"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { cancelAppointmentAction, changeAppointmentAction, checkInAction } from "@/lib/actions/appointments";
import type { CoursePick } from "@/components/courses/course-card";
import { Button, buttonClasses } from "@/components/ui/button";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { DrawerLine } from "@/lib/courses/course-card";
import type { ServiceOption } from "@/lib/services/list-services";
import type { DayHours } from "@/lib/settings";
import { AppointmentSummary } from "./appointment-summary";
import type { CheckInOffer } from "@/lib/appointments/check-in";
import { CheckInPrompt } from "./check-in-prompt";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { fieldErrorsFor, findPick, minutesShortfall } from "./course-lookup";
import { CoursesPanel } from "./courses-panel";
import { DrawerFooter } from "./drawer-footer";
import { callAction, useBusy } from "./run-action";
import { ServiceSelect } from "./service-select";
import { useDrawerCourses } from "./use-drawer-courses";
import { WhenFields } from "./when-fields";

type Busy = "save" | "checkin" | "redeem" | "single" | "cancel" | "noshow" | "makesingle";
type Panel = "cancel" | "noshow" | "makesingle" | "early";

type Props = {
  detail: AppointmentDetail;
  services: ServiceOption[];
  staff: CalendarStaff[];
  hours: DayHours;
  /** The last success that kept the drawer open ("Checked in."). */
  message: string | null;
  /** Saved, cancelled, no-show: the drawer closes and says so. */
  onSaved: (message: string) => void;
  /** Checked in, made single: the drawer reloads the appointment and stays open. */
  onStayed: (message: string) => void;
};

/**
 * An existing appointment: change who, when or what (only what changed is sent, so converting never
 * moves it), convert it with a green circle or back to a single, check in (with the redeem prompt),
 * check out, cancel or mark a no-show. Completed, cancelled and no-show appointments are read-only.
 */
export function EditForm({ detail, services, staff, hours, message, onSaved, onStayed }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [staffId, setStaffId] = useState(detail.staffId);
  const [date, setDate] = useState(detail.date);
  const [startMin, setStartMin] = useState(detail.startMin);
  const [serviceId, setServiceId] = useState(String(detail.serviceId));
  const [pick, setPick] = useState<CoursePick | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [prompt, setPrompt] = useState<CheckInOffer | null>(null);
  // "Check in now?" for an appointment well before its start: its question, and whether the desk said yes.
  const [early, setEarly] = useState<{ question: string; confirmed: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [promptError, setPromptError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]> | undefined>();
  const { busy, run } = useBusy<Busy>();
  const courses = useDrawerCourses(detail.client.id, date, detail.id);

  // A fresh copy of the appointment (after a check-in or "make single"): start again from it, and
  // reload the circles, without unmounting (no skeleton flash, focus stays where it was).
  const [shown, setShown] = useState(detail);
  if (shown !== detail) {
    setShown(detail);
    setStaffId(detail.staffId);
    setDate(detail.date);
    setStartMin(detail.startMin);
    setServiceId(String(detail.serviceId));
    setPick(null);
    setPanel(null);
    setEarly(null);
    courses.refresh();
  }

  const readOnly = !detail.editable;
  const holdsCourse = detail.editable && detail.course !== null;
  const picked = findPick(courses.courses, pick);
  const serviceNum = Number(serviceId);
  const serviceChanged = serviceNum !== detail.serviceId;
  const durationMin = serviceChanged ? (services.find((s) => s.id === serviceNum)?.durationMinutes ?? detail.durationMin) : detail.durationMin;
  const moved = staffId !== detail.staffId || date !== detail.date || startMin !== detail.startMin;
  const dirty = moved || serviceChanged || picked !== null;
  const dropsCourse = holdsCourse && serviceChanged && !picked;
  const errors = fieldErrorsFor(fieldErrors);

  useEffect(() => {
    // Into the form once it has (re)loaded, unless the desk has already moved on from the Close
    // button; also catches focus dropped by a button that went away ("Check in" once checked in).
    const active = document.activeElement;
    if (!active || active === document.body || active.tagName === "DIALOG" || active.hasAttribute("data-drawer-close")) {
      form.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
  }, [detail]);

  function reset() {
    setStaffId(detail.staffId);
    setDate(detail.date);
    setStartMin(detail.startMin);
    setServiceId(String(detail.serviceId));
    setPick(null);
    setError(null);
    setFieldErrors(undefined);
  }

  function chooseService(value: string) {
    setServiceId(value);
    if (picked && picked.line.serviceId !== Number(value)) setPick(null);
  }

  function lineBlocked(line: DrawerLine): string | undefined {
    if (line.serviceId !== serviceNum) return "Different service";
    if (holdsCourse && detail.course?.lineId === line.id) return "This appointment is already booked from this course";
    return minutesShortfall(line, durationMin);
  }

  function openPanel(next: Panel | null) {
    setError(null);
    setPanel(next);
  }

  function focusOpener(name: Panel | "checkin") {
    if (name === "early") name = "checkin";
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[data-opens="${name}"]`)?.focus());
  }

  function keep(from: Panel) {
    setPanel(null);
    focusOpener(from);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!dirty || readOnly) return;
    void run("save", async () => {
      setError(null);
      setFieldErrors(undefined);
      const input: Record<string, unknown> = { appointmentId: detail.id };
      if (staffId !== detail.staffId) input.staffId = staffId;
      if (date !== detail.date) input.date = date;
      if (startMin !== detail.startMin) input.startMin = startMin;
      if (serviceChanged) input.serviceId = serviceNum;
      if (picked) input.clientCourseLineId = picked.line.id;
      else if (dropsCourse) input.clientCourseLineId = null;
      const result = await callAction(() => changeAppointmentAction(input));
      if (result.ok) {
        onSaved(
          picked
            ? `Booked from ${picked.course.name}: it will be redeemed at checkout.`
            : dropsCourse
              ? "Saved as a single (paid) appointment. The session went back to the course."
              : "Appointment saved.",
        );
        return;
      }
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      if (result.code === "CIRCLE_TAKEN") {
        setPick(null);
        courses.refresh();
      }
    });
  }

  function checkIn(answer?: { redeemFromLineId: number } | { asSingle: true }, confirmEarly = early?.confirmed ?? false) {
    const name: Busy = !answer ? "checkin" : "asSingle" in answer ? "single" : "redeem";
    void run(name, async () => {
      setError(null);
      setPromptError(null);
      const result = await callAction(() => checkInAction({ appointmentId: detail.id, confirmEarly, ...answer }));
      if (!result.ok) {
        if (answer) setPromptError(result.error);
        else setError(result.error);
        return;
      }
      if (result.data.status === "EARLY") {
        setEarly({ question: result.data.question, confirmed: false });
        setPanel("early");
        return;
      }
      if (confirmEarly) setPanel(null);
      if (result.data.status === "PROMPT") {
        setPrompt(result.data.offer);
        return;
      }
      const course = prompt?.courseName;
      setPrompt(null);
      onStayed(
        name === "redeem"
          ? `Checked in. ${detail.serviceName} is now booked from ${course ?? "the course"} and will be redeemed at checkout.`
          : name === "single"
            ? "Checked in as a single (paid) service."
            : "Checked in.",
      );
    });
  }

  function cancel(kind: "CANCEL" | "NO_SHOW") {
    void run(kind === "CANCEL" ? "cancel" : "noshow", async () => {
      setError(null);
      const result = await callAction(() => cancelAppointmentAction({ appointmentId: detail.id, kind }));
      if (result.ok) onSaved(result.data.message);
      else setError(result.error);
    });
  }

  function makeSingle() {
    void run("makesingle", async () => {
      setError(null);
      const result = await callAction(() => changeAppointmentAction({ appointmentId: detail.id, clientCourseLineId: null }));
      if (result.ok) onStayed("This is now a single (paid) appointment. The session went back to the course.");
      else setError(result.error);
    });
  }

  const open = detail.status === "BOOKED" || detail.status === "CHECKED_IN";
  const locked = busy !== null || dirty; // changes are saved (or undone) before the visit moves on
  const cancelMessage = detail.cancelPreview?.message || "The appointment will be cancelled and the time freed in the calendar.";
  const noShowMessage = detail.noShowPreview?.message || "The appointment will be marked as a no-show.";

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-5">
        <AppointmentSummary
          detail={detail}
          canMakeSingle={holdsCourse}
          makeSingleBlocked={locked || panel !== null}
          onMakeSingle={() => openPanel("makesingle")}
        />

        {open && (
          <div className="flex flex-wrap gap-2">
            {detail.status === "BOOKED" && (
              <Button variant="secondary" onClick={() => !locked && panel === null && checkIn()} aria-disabled={locked || panel !== null || undefined} data-opens="checkin">
                {busy === "checkin" ? "Checking in…" : "Check in"}
              </Button>
            )}
            <Link
              href={`/checkout/${detail.client.id}?date=${detail.date}`}
              prefetch={false}
              aria-disabled={locked || panel === "early" || undefined}
              tabIndex={locked || panel === "early" ? -1 : undefined}
              className={buttonClasses({ variant: "secondary" })}
            >
              Check out
            </Link>
          </div>
        )}
        {open && dirty && <p className="-mt-2 text-xs text-ink-muted">Save or undo your changes before checking in, out or cancelling.</p>}
        {panel === "early" && early && (
          <ConfirmPanel
            title="Check in early?"
            confirmLabel="Check in now"
            pendingLabel="Checking in…"
            keepLabel="Not yet"
            tone="neutral"
            pending={busy === "checkin"}
            onConfirm={() => {
              setEarly({ ...early, confirmed: true });
              checkIn(undefined, true);
            }}
            onKeep={() => {
              setEarly(null);
              keep("early");
            }}
          >
            {early.question.replace(/ Check in now\?$/, "")} Check {detail.client.name} in now?
          </ConfirmPanel>
        )}
        {panel === "makesingle" && (
          <ConfirmPanel
            title="Make this a single (paid) appointment?"
            confirmLabel="Make single"
            pendingLabel="Making single…"
            keepLabel="Keep course session"
            tone="neutral"
            pending={busy === "makesingle"}
            onConfirm={makeSingle}
            onKeep={() => keep("makesingle")}
          >
            The session goes back to {detail.course?.name ?? "the course"} and {detail.serviceName} will be charged at checkout.
          </ConfirmPanel>
        )}

        <ServiceSelect
          services={services}
          value={serviceId}
          onChange={chooseService}
          extra={{ id: detail.serviceId, name: detail.serviceName }}
          error={errors.serviceId}
          disabled={readOnly}
          autofocus={!readOnly}
          hint={
            picked
              ? `From course: ${picked.course.name}`
              : dropsCourse
                ? "Another service makes this a single (paid) appointment: the session goes back to the course."
                : undefined
          }
        />
        <WhenFields
          staff={staff}
          staffId={staffId}
          onStaffId={setStaffId}
          date={date}
          onDate={(d) => {
            setDate(d);
            setPick(null);
          }}
          startMin={startMin}
          onStartMin={setStartMin}
          hours={hours}
          durationMin={durationMin}
          errors={errors}
          disabled={readOnly}
          extraStaff={staff.some((s) => s.id === detail.staffId) ? null : { id: detail.staffId, name: "Staff member no longer taking appointments" }}
        />

        <CoursesPanel
          courses={courses.courses}
          loading={courses.loading}
          error={courses.error}
          picked={picked ? pick : null}
          onPick={readOnly ? undefined : setPick}
          currentAppointmentId={detail.id}
          currentLineId={detail.course?.lineId ?? null}
          lineBlocked={lineBlocked}
        />

        {open && (
          <div className="space-y-3 border-t border-line pt-4">
            <div className="flex flex-wrap gap-2">
              <Button
                variant="secondary"
                className="text-red-700"
                onClick={() => !locked && panel === null && openPanel("cancel")}
                aria-disabled={locked || panel !== null || undefined}
                data-opens="cancel"
              >
                Cancel appointment
              </Button>
              {detail.noShowPreview && (
                <Button
                  variant="secondary"
                  className="text-red-700"
                  onClick={() => !locked && panel === null && openPanel("noshow")}
                  aria-disabled={locked || panel !== null || undefined}
                  data-opens="noshow"
                >
                  No-show
                </Button>
              )}
            </div>
            {panel === "cancel" && (
              <ConfirmPanel
                title="Cancel this appointment?"
                confirmLabel="Confirm cancellation"
                pendingLabel="Cancelling…"
                keepLabel="Keep appointment"
                pending={busy === "cancel"}
                onConfirm={() => cancel("CANCEL")}
                onKeep={() => keep("cancel")}
              >
                {cancelMessage}
              </ConfirmPanel>
            )}
            {panel === "noshow" && (
              <ConfirmPanel
                title="Mark as a no-show?"
                confirmLabel="Confirm no-show"
                pendingLabel="Marking no-show…"
                keepLabel="Keep appointment"
                pending={busy === "noshow"}
                onConfirm={() => cancel("NO_SHOW")}
                onKeep={() => keep("noshow")}
              >
                {noShowMessage}
              </ConfirmPanel>
            )}
          </div>
        )}
      </div>

      <DrawerFooter error={error} message={message}>
        {!readOnly && (
          <>
            {dirty && (
              <Button variant="ghost" onClick={() => busy === null && reset()} aria-disabled={busy !== null || undefined}>
                Undo changes
              </Button>
            )}
            <Button type="submit" aria-disabled={!dirty || busy !== null || undefined}>
              {busy === "save" ? "Saving…" : "Save"}
            </Button>
          </>
        )}
      </DrawerFooter>

      {prompt && (
        <CheckInPrompt
          offer={prompt}
          clientName={detail.client.name}
          serviceName={detail.serviceName}
          busy={busy === "redeem" || busy === "single" ? busy : null}
          error={promptError}
          onRedeem={() => checkIn({ redeemFromLineId: prompt.lineId })}
          onSingle={() => checkIn({ asSingle: true })}
          onCancel={() => {
            setPrompt(null);
            setPromptError(null);
            focusOpener("checkin");
          }}
        />
      )}
    </form>
  );
}
