"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import { cancelAppointmentAction, changeAppointmentAction, checkInAction } from "@/lib/actions/appointments";
import type { AppointmentDetail } from "@/lib/appointments/appointment-detail";
import { defaultLength, lengthFromMinutesLeft, notTheirServiceNote, roomsFor, type DrawerOptions } from "@/lib/appointments/drawer-options";
import type { CheckInAnswer, CheckInOffer } from "@/lib/appointments/check-in";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { DrawerLine } from "@/lib/courses/views/course-card";
import type { ServiceOption } from "@/lib/services/list-services";
import type { DayHours } from "@/lib/settings/salon-settings";
import { AppointmentSummary } from "./appointment-summary";
import { BookAnyway } from "./book-anyway";
import { CancelSection, type CancelRequest } from "./cancel-section";
import { CheckInPrompt } from "./check-in-prompt";
import { fieldErrorsFor, findPick, lineById, minutesShortfall, withMinutesHeld } from "./course-lookup";
import { CoursesPanel } from "./courses-panel";
import { DrawerFooter } from "./drawer-footer";
import { LengthSelect } from "./length-select";
import { RoomSelect } from "./room-select";
import { ServiceSelect } from "./service-select";
import { useBookAnyway } from "./use-book-anyway";
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

/** What Save sends (changeAppointmentAction's input): only what changed. */
type ChangeInput = {
  appointmentId: number;
  staffId?: number;
  date?: string;
  startMin?: number;
  serviceId?: number;
  durationMin?: number;
  resourceId?: number;
  notes?: string;
  clientCourseLineId?: number | null;
};

type Props = {
  detail: AppointmentDetail;
  services: ServiceOption[];
  staff: CalendarStaff[];
  hours: DayHours;
  /** Who does what in how long, and the rooms (null until loaded). */
  options: DrawerOptions | null;
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
export function EditForm({ detail, services, staff, hours, options, message, onSaved, onStayed }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const { fields, fresh, set, reset } = useEditFields(detail);
  const [stage, setStage] = useState<Stage>(IDLE);
  const { busy, run, failure, clear, fail } = useAction<Busy>();
  const anyway = useBookAnyway<ChangeInput>();
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
  const staffChanged = fields.staffId !== detail.staffId;
  const dropsCourse = holdsCourse && serviceChanged && !picked;
  // The stylist's length for the service; a new service or stylist takes it (as the server does),
  // otherwise the appointment keeps its own length.
  const stylistLength = defaultLength(options, serviceNum, fields.staffId, services.find((s) => s.id === serviceNum)?.durationMinutes ?? detail.durationMin);
  const auto = serviceChanged || staffChanged ? stylistLength : detail.durationMin;
  // Minutes it may hold: a minutes line picked now, or the one it holds (its own minutes come back).
  const minutesLine = picked?.line.unit === "MINUTES" ? picked.line : null;
  const heldLine = !picked && !dropsCourse && detail.editable && detail.course?.unit === "MINUTES" ? lineById(courses.courses, detail.course.lineId) : null;
  const minutesLeft = minutesLine ? minutesLine.free : heldLine ? heldLine.free + detail.durationMin : null;
  const fitted = minutesLeft !== null ? lengthFromMinutesLeft(auto, minutesLeft) : null;
  const length = fields.length ?? fitted ?? auto;
  const courseName = picked?.course.name ?? detail.course?.name ?? "the course";
  const lengthError = minutesLeft !== null && length > minutesLeft ? `Only ${minutesLeft} minutes left on ${courseName}.` : undefined;
  const room = roomsFor(options, serviceNum);
  const heldRoom = detail.resource ? String(detail.resource.id) : "";
  const roomChanged = room !== null && fields.resourceId !== "" && fields.resourceId !== heldRoom;
  const lengthChanged = fields.length !== null && fields.length !== detail.durationMin;
  const moved = staffChanged || fields.date !== detail.date || fields.startMin !== detail.startMin;
  const notesChanged = fields.notes.trim() !== detail.notes;
  const dirty = moved || serviceChanged || picked !== null || notesChanged || lengthChanged || roomChanged;
  const errors = fieldErrorsFor(failure?.fieldErrors, failure?.code);
  const staffName = staff.find((s) => s.id === fields.staffId)?.name ?? options?.staff.find((s) => s.id === fields.staffId)?.name ?? "This staff member";
  const serviceName = services.find((s) => s.id === serviceNum)?.name ?? (serviceNum === detail.serviceId ? detail.serviceName : "");
  const staffNote = !readOnly && (serviceChanged || staffChanged) ? notTheirServiceNote(options, { id: fields.staffId, name: staffName }, { id: serviceNum, name: serviceName }) : null;

  const input: ChangeInput = { appointmentId: detail.id };
  if (staffChanged) input.staffId = fields.staffId;
  if (fields.date !== detail.date || fields.startMin !== detail.startMin) Object.assign(input, { date: fields.date, startMin: fields.startMin });
  if (serviceChanged) input.serviceId = serviceNum;
  // The length only when the desk or the minutes left set it; else the server's rule (above).
  if (fields.length !== null || (fitted !== null && (minutesLine || fitted !== auto))) input.durationMin = length;
  if (roomChanged) input.resourceId = Number(fields.resourceId);
  if (notesChanged) input.notes = fields.notes;
  if (picked) input.clientCourseLineId = picked.line.id;
  else if (dropsCourse) input.clientCourseLineId = null;
  const asked = anyway.about(input);
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

  /** Who, when, what or where changed: the last answer (a refusal, a question) no longer applies. */
  function change(patch: Parameters<typeof set>[0]) {
    set(patch);
    if (failure) clear();
  }

  function chooseService(value: string) {
    // Another service may need another kind of room: any free one, unless it is back to its own.
    const resourceId = Number(value) === detail.serviceId ? heldRoom : "";
    change(picked && picked.line.serviceId !== Number(value) ? { serviceId: value, pick: null, resourceId } : { serviceId: value, resourceId });
  }

  function lineBlocked(line: DrawerLine): string | undefined {
    if (line.serviceId !== serviceNum) return "Different service";
    if (holdsCourse && detail.course?.lineId === line.id) return "This appointment is already booked from this course";
    // As loaded, not as the bar previews this booking.
    return minutesShortfall(lineById(courses.courses, line.id) ?? line, auto);
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!dirty || readOnly) return;
    if (lengthError) {
      fail({ error: lengthError, fieldErrors: { durationMin: [lengthError] } });
      return;
    }
    void save(input, false);
  }

  async function save(body: ChangeInput, bookAnyway: boolean) {
    const result = await run("save", () => changeAppointmentAction(bookAnyway ? { ...body, bookAnyway } : body));
    if (!result) return;
    anyway.answered(body, result);
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

  function changeTime() {
    anyway.dismiss();
    clear();
    form.current?.querySelector<HTMLElement>("[data-start-time]")?.focus();
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
    <form ref={form} onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
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
        {!readOnly && (
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-4">
            <LengthSelect
              value={length}
              onChange={(minutes) => change({ length: minutes })}
              usual={options ? stylistLength : null}
              error={lengthError ?? errors.durationMin}
              hint={minutesLeft !== null && !lengthError ? `Uses ${length} of the ${minutesLeft} minutes left.` : undefined}
            />
            {room && (
              <RoomSelect
                kind={room.kind}
                rooms={room.rooms}
                value={fields.resourceId}
                onChange={(resourceId) => change({ resourceId })}
                held={detail.resource}
                error={errors.resourceId}
              />
            )}
          </div>
        )}
        <WhenFields
          staff={staff}
          staffId={fields.staffId}
          onStaffId={(staffId) => change({ staffId })}
          date={fields.date}
          onDate={(date) => change({ date, pick: null })}
          startMin={fields.startMin}
          onStartMin={(startMin) => change({ startMin })}
          hours={hours}
          durationMin={length}
          errors={errors}
          staffHint={staffNote && !errors.staffId && <span className="font-medium text-amber-800">{staffNote}</span>}
          disabled={readOnly}
          extraStaff={staff.some((s) => s.id === detail.staffId) ? null : { id: detail.staffId, name: "Staff member no longer taking appointments" }}
        />

        <CoursesPanel
          courses={
            minutesLine
              ? withMinutesHeld(courses.courses, minutesLine.id, length)
              : heldLine
                ? withMinutesHeld(courses.courses, heldLine.id, length - detail.durationMin)
                : courses.courses
          }
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

      <DrawerFooter
        error={failure?.code === "NEEDS_CONFIRMATION" ? null : error}
        message={message}
        ask={asked && stage.kind !== "prompt" && <BookAnyway warning={asked.warning} confirmLabel="Save anyway" pending={busy === "save"} onConfirm={() => save(asked.input, true)} onDismiss={changeTime} />}
      >
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
