"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import { cancelAppointmentAction, changeAppointmentAction, checkInAction } from "@/lib/actions/appointments";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";
import type { CheckInAnswer, CheckInOffer } from "@/lib/appointments/check-in";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { DrawerLine } from "@/lib/courses/views/course-card";
import type { ServiceOption } from "@/lib/services/list-services";
import type { DayHours } from "@/lib/settings/salon-settings";
import { AppointmentSummary } from "./appointment-summary";
import { CancelSection, type CancelRequest } from "./cancel-section";
import { CheckInPrompt } from "./check-in-prompt";
import { fieldErrorsFor, findPick, minutesShortfall } from "./course-lookup";
import { CoursesPanel } from "./courses-panel";
import { DrawerFooter } from "./drawer-footer";
import { ServiceSelect } from "./service-select";
import { useDrawerCourses } from "./use-drawer-courses";
import { useEditFields } from "./use-edit-fields";
import { WhenFields } from "./when-fields";

type Busy = "save" | "checkin" | "redeem" | "single" | "cancel" | "noshow" | "makesingle";

/** Where the form is in its life: editing, asking one question, or the check-in prompt over it. */
type Stage =
  | { kind: "idle" }
  | { kind: "confirm"; panel: "cancel" | "noshow" | "makesingle" }
  /** "Check in early?": the server's question. */
  | { kind: "early"; question: string }
  /** "Redeem service from course?", asked after the early question if there was one. */
  | { kind: "prompt"; offer: CheckInOffer; confirmedEarly: boolean };

const IDLE: Stage = { kind: "idle" };

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
 * moves it), convert it with a green circle or back to a single, check in (asking first when it is
 * early, then the redeem prompt), check out, cancel or mark a no-show. Completed, cancelled and
 * no-show appointments are read-only.
 */
export function EditForm({ detail, services, staff, hours, message, onSaved, onStayed }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const { fields, fresh, set, reset } = useEditFields(detail);
  const [stage, setStage] = useState<Stage>(IDLE);
  const { busy, run, failure, clear } = useAction<Busy>();
  const courses = useDrawerCourses(detail.client.id, fields.date, detail.id);
  if (fresh) {
    // A fresher copy of the appointment (after a check-in or "make single"): its circles too.
    setStage(IDLE);
    courses.refresh();
  }

  const readOnly = !detail.editable;
  const holdsCourse = detail.editable && detail.course !== null;
  const picked = findPick(courses.courses, fields.pick);
  const serviceNum = Number(fields.serviceId);
  const serviceChanged = serviceNum !== detail.serviceId;
  const durationMin = serviceChanged ? (services.find((s) => s.id === serviceNum)?.durationMinutes ?? detail.durationMin) : detail.durationMin;
  const moved = fields.staffId !== detail.staffId || fields.date !== detail.date || fields.startMin !== detail.startMin;
  const notesChanged = fields.notes.trim() !== detail.notes;
  const dirty = moved || serviceChanged || picked !== null || notesChanged;
  const dropsCourse = holdsCourse && serviceChanged && !picked;
  const errors = fieldErrorsFor(failure?.fieldErrors);
  // A failed answer to the prompt shows in the prompt; anything else above the buttons.
  const promptError = stage.kind === "prompt" ? (failure?.error ?? null) : null;
  const error = stage.kind === "prompt" ? null : (failure?.error ?? null);

  useEffect(() => {
    // Into the form once it has (re)loaded, unless the desk has already moved on from the Close
    // button; also catches focus dropped by a button that went away ("Check in" once checked in).
    const active = document.activeElement;
    if (!active || active === document.body || active.tagName === "DIALOG" || active.hasAttribute("data-drawer-close")) {
      form.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
  }, [detail]);

  function undo() {
    reset();
    clear();
  }

  function chooseService(value: string) {
    set(picked && picked.line.serviceId !== Number(value) ? { serviceId: value, pick: null } : { serviceId: value });
  }

  function lineBlocked(line: DrawerLine): string | undefined {
    if (line.serviceId !== serviceNum) return "Different service";
    if (holdsCourse && detail.course?.lineId === line.id) return "This appointment is already booked from this course";
    return minutesShortfall(line, durationMin);
  }

  function ask(next: Stage) {
    clear();
    setStage(next);
  }

  /** Back to editing, with focus on the button that opened the question. */
  function backFrom(opener: "cancel" | "noshow" | "makesingle" | "checkin") {
    setStage(IDLE);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[data-opens="${opener}"]`)?.focus());
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!dirty || readOnly) return;
    const input: Record<string, unknown> = { appointmentId: detail.id };
    if (fields.staffId !== detail.staffId) input.staffId = fields.staffId;
    if (fields.date !== detail.date || fields.startMin !== detail.startMin) Object.assign(input, { date: fields.date, startMin: fields.startMin });
    if (serviceChanged) input.serviceId = serviceNum;
    if (notesChanged) input.notes = fields.notes;
    if (picked) input.clientCourseLineId = picked.line.id;
    else if (dropsCourse) input.clientCourseLineId = null;
    const result = await run("save", () => changeAppointmentAction(input));
    if (!result) return;
    if (result.ok) {
      onSaved(
        picked
          ? `Booked from ${picked.course.name}: it will be redeemed at checkout.`
          : dropsCourse
            ? "Saved as a single (paid) appointment. The session went back to the course."
            : "Appointment saved.",
      );
    } else if (result.code === "CIRCLE_TAKEN") {
      set({ pick: null });
      courses.refresh();
    }
  }

  async function checkIn(answer?: CheckInAnswer, confirmEarly = stage.kind === "prompt" && stage.confirmedEarly) {
    const name: Busy = !answer ? "checkin" : "asSingle" in answer ? "single" : "redeem";
    const offer = stage.kind === "prompt" ? stage.offer : null;
    const result = await run(name, () =>
      checkInAction({ appointmentId: detail.id, confirmEarly, ...(answer && "asSingle" in answer ? { asSingle: true } : answer) }),
    );
    if (!result?.ok) return;
    if (result.data.status === "EARLY") return setStage({ kind: "early", question: result.data.question });
    if (result.data.status === "PROMPT") return setStage({ kind: "prompt", offer: result.data.offer, confirmedEarly: confirmEarly });
    setStage(IDLE);
    onStayed(
      name === "redeem"
        ? `Checked in. ${detail.serviceName} is now booked from ${offer?.courseName ?? "the course"} and will be redeemed at checkout.`
        : name === "single"
          ? "Checked in as a single (paid) service."
          : "Checked in.",
    );
  }

  async function cancel(request: CancelRequest) {
    const result = await run(request.kind === "CANCEL" ? "cancel" : "noshow", () => cancelAppointmentAction({ appointmentId: detail.id, ...request }));
    if (result?.ok) onSaved(result.data.message);
  }

  async function makeSingle() {
    const result = await run("makesingle", () => changeAppointmentAction({ appointmentId: detail.id, clientCourseLineId: null }));
    if (result?.ok) onStayed("This is now a single (paid) appointment. The session went back to the course.");
  }

  const open = detail.status === "BOOKED" || detail.status === "CHECKED_IN";
  const locked = busy !== null || dirty; // changes are saved (or undone) before the visit moves on
  const blocked = locked || stage.kind !== "idle";
  const panel = stage.kind === "confirm" ? stage.panel : null;

  return (
    <form ref={form} onSubmit={save} noValidate className="flex min-h-0 flex-1 flex-col">
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-5">
        <AppointmentSummary detail={detail} canMakeSingle={holdsCourse} makeSingleBlocked={blocked} onMakeSingle={() => ask({ kind: "confirm", panel: "makesingle" })} />

        {open && (
          <div className="flex flex-wrap gap-2">
            {detail.status === "BOOKED" && (
              <Button variant="secondary" onClick={() => !blocked && checkIn()} aria-disabled={blocked || undefined} data-opens="checkin">
                {busy === "checkin" && stage.kind === "idle" ? "Checking in…" : "Check in"}
              </Button>
            )}
            <Link
              href={`/checkout/${detail.client.id}?date=${detail.date}`}
              prefetch={false}
              aria-disabled={locked || stage.kind === "early" || undefined}
              tabIndex={locked || stage.kind === "early" ? -1 : undefined}
              className={buttonClasses({ variant: "secondary" })}
            >
              Check out
            </Link>
          </div>
        )}
        {open && dirty && <p className="-mt-2 text-xs text-ink-muted">Save or undo your changes before checking in, out or cancelling.</p>}
        {stage.kind === "early" && (
          <ConfirmPanel
            title="Check in early?"
            confirmLabel="Check in now"
            pendingLabel="Checking in…"
            keepLabel="Not yet"
            tone="neutral"
            pending={busy === "checkin"}
            onConfirm={() => checkIn(undefined, true)}
            onKeep={() => backFrom("checkin")}
          >
            {stage.question.replace(/ Check in now\?$/, "")} Check {detail.client.name} in now?
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
            onKeep={() => backFrom("makesingle")}
          >
            The session goes back to {detail.course?.name ?? "the course"} and {detail.serviceName} will be charged at checkout.
          </ConfirmPanel>
        )}

        <ServiceSelect
          services={services}
          value={fields.serviceId}
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
          staffId={fields.staffId}
          onStaffId={(staffId) => set({ staffId })}
          date={fields.date}
          onDate={(date) => set({ date, pick: null })}
          startMin={fields.startMin}
          onStartMin={(startMin) => set({ startMin })}
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
          picked={picked ? fields.pick : null}
          onPick={readOnly ? undefined : (pick) => set({ pick })}
          currentAppointmentId={detail.id}
          currentLineId={detail.course?.lineId ?? null}
          lineBlocked={lineBlocked}
        />

        <TextField
          label="Appointment note"
          value={fields.notes}
          onChange={(e) => set({ notes: e.target.value })}
          maxLength={1000}
          placeholder="Optional: seen by whoever opens it"
          disabled={readOnly}
          error={errors.notes}
        />

        {open && (
          <CancelSection
            detail={detail}
            asking={panel === "cancel" || panel === "noshow" ? panel : null}
            blocked={blocked}
            pending={busy === "cancel" || busy === "noshow" ? busy : null}
            onAsk={(what) => ask({ kind: "confirm", panel: what })}
            onConfirm={cancel}
            onKeep={backFrom}
          />
        )}
      </div>

      <DrawerFooter error={error} message={message}>
        {!readOnly && (
          <>
            {dirty && (
              <Button variant="ghost" onClick={() => busy === null && undo()} aria-disabled={busy !== null || undefined}>
                Undo changes
              </Button>
            )}
            <Button type="submit" aria-disabled={!dirty || busy !== null || undefined}>
              {busy === "save" ? "Saving…" : "Save"}
            </Button>
          </>
        )}
      </DrawerFooter>

      {stage.kind === "prompt" && (
        <CheckInPrompt
          offer={stage.offer}
          clientName={detail.client.name}
          serviceName={detail.serviceName}
          alert={detail.client.alert}
          busy={busy === "redeem" || busy === "single" ? busy : null}
          error={promptError}
          onRedeem={() => checkIn({ redeemFromLineId: stage.offer.lineId })}
          onSingle={() => checkIn({ asSingle: true })}
          onCancel={() => {
            clear();
            backFrom("checkin");
          }}
        />
      )}
    </form>
  );
}
