"use client";

import { useRef, useState, type FormEvent } from "react";
import { bookAppointmentAction } from "@/lib/actions/appointments";
import type { CoursePick } from "@/components/courses/course-card";
import { ClientAlert } from "@/components/clients/client-alert";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { defaultLength, lengthFromMinutesLeft, notTheirServiceNote, roomsFor, type DrawerOptions } from "@/lib/appointments/drawer-options";
import { checkPatchTest } from "@/lib/clients/patch-test";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { ClientHit } from "@/lib/clients/search-clients";
import type { DrawerLine } from "@/lib/courses/views/course-card";
import type { ServiceOption } from "@/lib/services/list-services";
import type { DayHours } from "@/lib/settings/salon-settings";
import { formatMinutes } from "@/lib/time";
import { fullName } from "@/lib/clients/display";
import { BookAnyway } from "./book-anyway";
import { ClientPicker } from "./client-picker";
import { fieldErrorsFor, findPick, lineById, minutesShortfall, withMinutesHeld } from "./course-lookup";
import { CoursesPanel } from "./courses-panel";
import { DrawerFooter } from "./drawer-footer";
import { useAction } from "@/components/ui/use-action";
import { LengthSelect } from "./length-select";
import { RoomSelect } from "./room-select";
import { ServiceSelect } from "./service-select";
import { useBookAnyway } from "./use-book-anyway";
import { useDrawerCourses } from "./use-drawer-courses";
import { WhenFields } from "./when-fields";

/** What Save sends (bookAppointmentAction's input). */
type BookInput = {
  clientId: number;
  staffId: number;
  date: string;
  startMin: number;
  serviceId?: string;
  clientCourseLineId?: number;
  durationMin?: number;
  resourceId?: number;
  notes: string;
};

type Props = {
  slot: { staffId: number; date: string; startMin: number };
  services: ServiceOption[];
  staff: CalendarStaff[];
  hours: DayHours;
  /** Booked: the drawer closes and says so. */
  onSaved: (message: string) => void;
  /** The calendar is booking for this client (found with the header's search): already chosen. */
  initialClient?: ClientHit | null;
  /** Months a patch test stays good (the salon's setting). */
  patchTestValidMonths: number;
  /** Who does what in how long, and the rooms (null until loaded). */
  options: DrawerOptions | null;
};

/**
 * A new appointment from a free slot: who, when, the client, then either a service (a single paid
 * booking) or a green circle of one of the client's courses (the booking holds that session).
 */
export function NewAppointment({ slot, services, staff, hours, onSaved, initialClient = null, patchTestValidMonths, options }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [staffId, setStaffId] = useState(slot.staffId);
  const [date, setDate] = useState(slot.date);
  const [startMin, setStartMin] = useState(slot.startMin);
  const [client, setClient] = useState<ClientHit | null>(initialClient);
  const [serviceId, setServiceId] = useState("");
  const [pick, setPick] = useState<CoursePick | null>(null);
  const [notes, setNotes] = useState("");
  /** A length the desk chose by hand: it stays when the service or stylist changes. */
  const [lengthSet, setLengthSet] = useState<number | null>(null);
  /** A room chosen by hand; "" lets the server take any free one. */
  const [resourceId, setResourceId] = useState("");
  const { busy, run, error, failure, fail, clear } = useAction<"save">();
  const anyway = useBookAnyway<BookInput>();
  const courses = useDrawerCourses(client?.id ?? null, date);

  const picked = findPick(courses.courses, pick);
  const service = services.find((s) => s.id === Number(serviceId)) ?? null;
  const serviceNum = Number(serviceId) || null;
  const usualFor = (id: number) => defaultLength(options, id, staffId, services.find((s) => s.id === id)?.durationMinutes ?? 0) || null;
  const usual = serviceNum ? usualFor(serviceNum) : null;
  // A minutes line with less left than the usual length books what is left (in 15-minute steps).
  const minutesLine = picked?.line.unit === "MINUTES" ? picked.line : null;
  const fitted = minutesLine && usual !== null ? lengthFromMinutesLeft(usual, minutesLine.free) : null;
  const length = lengthSet ?? fitted ?? usual;
  const lengthError = minutesLine && length !== null && length > minutesLine.free ? `Only ${minutesLine.free} minutes left on ${picked!.course.name}.` : undefined;
  const room = serviceNum ? roomsFor(options, serviceNum) : null;
  const errors = fieldErrorsFor(failure?.fieldErrors, failure?.code);
  const staffName = staff.find((s) => s.id === staffId)?.name ?? options?.staff.find((s) => s.id === staffId)?.name ?? "This staff member";
  const serviceName = service?.name ?? picked?.line.serviceName ?? "";
  const staffNote = serviceNum ? notTheirServiceNote(options, { id: staffId, name: staffName }, { id: serviceNum, name: serviceName }) : null;

  // What Save sends: the length only when the desk or a minutes line set it (else the stylist's own).
  const input: BookInput | null = client
    ? {
        clientId: client.id,
        staffId,
        date,
        startMin,
        serviceId: serviceId || undefined,
        clientCourseLineId: picked?.line.id,
        durationMin: lengthSet ?? (minutesLine ? (fitted ?? undefined) : undefined),
        resourceId: room && resourceId ? Number(resourceId) : undefined,
        notes,
      }
    : null;
  const asked = anyway.about(input);
  // A warning, not a refusal: the test may be done on the day, or be on paper.
  const patchTest = client && service ? checkPatchTest(service, client.patchTestOn, date, patchTestValidMonths) : null;

  function choosePick(next: CoursePick | null) {
    setPick(next);
    clear();
    const found = findPick(courses.courses, next);
    if (found && String(found.line.serviceId) !== serviceId) {
      setServiceId(String(found.line.serviceId));
      setResourceId("");
    }
  }

  /** Who, when, what or where changed: the last answer (a refusal, a question) no longer applies. */
  function changed() {
    if (failure) clear();
  }

  function chooseService(value: string) {
    changed();
    setServiceId(value);
    setResourceId(""); // another service may need another kind of room
    // A circle belongs to its line's service: another service is a single booking again.
    if (picked && picked.line.serviceId !== Number(value)) setPick(null);
  }

  function lineBlocked(line: DrawerLine): string | undefined {
    // As loaded, not as the bar previews this booking.
    return minutesShortfall(lineById(courses.courses, line.id) ?? line, usualFor(line.serviceId));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!client || !input) {
      fail({ error: "Choose a client first.", fieldErrors: { clientId: ["Choose a client first."] } });
      return;
    }
    if (lengthError) {
      fail({ error: lengthError, fieldErrors: { durationMin: [lengthError] } });
      return;
    }
    void save(input, false);
  }

  async function save(body: BookInput, bookAnyway: boolean) {
    const result = await run("save", () => bookAppointmentAction(bookAnyway ? { ...body, bookAnyway } : body));
    if (!result) return;
    anyway.answered(body, result);
    if (result.ok) {
      const what = picked ? `from ${picked.course.name}` : (service?.name ?? "the appointment");
      onSaved(`Booked ${client ? fullName(client) : "the client"} at ${formatMinutes(body.startMin)}, ${what}.`);
    } else if (result.code === "CIRCLE_TAKEN") {
      // Another desk took it: show the course as it is now and let the desk pick again.
      setPick(null);
      courses.refresh();
    }
  }

  function changeTime() {
    anyway.dismiss();
    clear();
    form.current?.querySelector<HTMLElement>("[data-start-time]")?.focus();
  }

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-5">
        <WhenFields
          staff={staff}
          staffId={staffId}
          onStaffId={(id) => {
            setStaffId(id);
            changed();
          }}
          date={date}
          onDate={(d) => {
            changed();
            setDate(d);
            setPick(null); // which courses are valid depends on the day
          }}
          startMin={startMin}
          onStartMin={(m) => {
            setStartMin(m);
            changed();
          }}
          hours={hours}
          durationMin={length}
          errors={errors}
          staffHint={staffNote && !errors.staffId && <span className="font-medium text-amber-800">{staffNote}</span>}
        />
        <ClientPicker
          client={client}
          onClient={(c) => {
            setClient(c);
            setPick(null);
            clear();
          }}
          error={errors.clientId}
        />
        {client && <ClientAlert alert={client.alert} />}
        {client && (
          <CoursesPanel
            courses={minutesLine && length ? withMinutesHeld(courses.courses, minutesLine.id, length) : courses.courses}
            loading={courses.loading}
            error={courses.error}
            picked={picked ? pick : null}
            onPick={choosePick}
            lineBlocked={lineBlocked}
            seriesFrom={{ staffId, date, startMin }}
            onSeriesBooked={onSaved}
          />
        )}
        <ServiceSelect
          services={services}
          value={serviceId}
          onChange={chooseService}
          error={errors.serviceId}
          hint={
            picked
              ? `From course: ${picked.course.name}`
              : courses.courses?.some((c) => c.lines.some((l) => l.free > 0))
                ? "Or click a green circle above to book from a course."
                : undefined
          }
        />
        <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-4">
          <LengthSelect
            value={length}
            onChange={(m) => {
              setLengthSet(m);
              changed();
            }}
            usual={usual}
            error={lengthError ?? errors.durationMin}
            hint={minutesLine && length && !lengthError ? `Uses ${length} of the ${minutesLine.free} minutes left.` : undefined}
          />
          {room && (
            <RoomSelect
              kind={room.kind}
              rooms={room.rooms}
              value={resourceId}
              onChange={(r) => {
                setResourceId(r);
                changed();
              }}
              error={errors.resourceId}
            />
          )}
        </div>
        {patchTest && !patchTest.ok && (
          <Alert tone="warning" title="Patch test">
            {patchTest.message} Book it anyway if the test is done before the treatment.
          </Alert>
        )}
        <TextField label="Appointment note" value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={1000} placeholder="Optional: seen by whoever opens it" error={errors.notes} />
      </div>
      <DrawerFooter
        error={failure?.code === "NEEDS_CONFIRMATION" ? null : error}
        ask={asked && <BookAnyway warning={asked.warning} confirmLabel="Book anyway" pending={busy === "save"} onConfirm={() => save(asked.input, true)} onDismiss={changeTime} />}
      >
        <Button type="submit" aria-disabled={busy !== null || undefined}>
          {busy === "save" ? "Saving…" : "Save"}
        </Button>
      </DrawerFooter>
    </form>
  );
}
