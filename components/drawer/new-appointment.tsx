"use client";

import { useState, type FormEvent } from "react";
import { bookAppointmentAction } from "@/lib/actions/appointments";
import type { CoursePick } from "@/components/courses/course-card";
import { ClientAlert } from "@/components/clients/client-alert";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { checkPatchTest } from "@/lib/clients/patch-test";
import type { CalendarStaff } from "@/lib/calendar/load-day";
import type { ClientHit } from "@/lib/clients/search-clients";
import type { DrawerLine } from "@/lib/courses/views/course-card";
import type { ServiceOption } from "@/lib/services/list-services";
import type { DayHours } from "@/lib/settings/salon-settings";
import { formatMinutes } from "@/lib/time";
import { fullName } from "@/lib/clients/display";
import { ClientPicker } from "./client-picker";
import { fieldErrorsFor, findPick, minutesShortfall } from "./course-lookup";
import { CoursesPanel } from "./courses-panel";
import { DrawerFooter } from "./drawer-footer";
import { useAction } from "@/components/ui/use-action";
import { ServiceSelect } from "./service-select";
import { useDrawerCourses } from "./use-drawer-courses";
import { WhenFields } from "./when-fields";

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
};

/**
 * A new appointment from a free slot: who, when, the client, then either a service (a single paid
 * booking) or a green circle of one of the client's courses (the booking holds that session).
 */
export function NewAppointment({ slot, services, staff, hours, onSaved, initialClient = null, patchTestValidMonths }: Props) {
  const [staffId, setStaffId] = useState(slot.staffId);
  const [date, setDate] = useState(slot.date);
  const [startMin, setStartMin] = useState(slot.startMin);
  const [client, setClient] = useState<ClientHit | null>(initialClient);
  const [serviceId, setServiceId] = useState("");
  const [pick, setPick] = useState<CoursePick | null>(null);
  const [notes, setNotes] = useState("");
  const { busy, run, error, failure, fail, clear } = useAction<"save">();
  const fieldErrors = failure?.fieldErrors;
  const courses = useDrawerCourses(client?.id ?? null, date);

  const picked = findPick(courses.courses, pick);
  const service = services.find((s) => s.id === Number(serviceId)) ?? null;
  const durationOf = (serviceIdOf: number) => services.find((s) => s.id === serviceIdOf)?.durationMinutes ?? null;
  const errors = fieldErrorsFor(fieldErrors);
  // A warning, not a refusal: the test may be done on the day, or be on paper.
  const patchTest = client && service ? checkPatchTest(service, client.patchTestOn, date, patchTestValidMonths) : null;

  function choosePick(next: CoursePick | null) {
    setPick(next);
    clear();
    const found = findPick(courses.courses, next);
    if (found) setServiceId(String(found.line.serviceId));
  }

  function chooseService(value: string) {
    setServiceId(value);
    // A circle belongs to its line's service: another service is a single booking again.
    if (picked && picked.line.serviceId !== Number(value)) setPick(null);
  }

  function lineBlocked(line: DrawerLine): string | undefined {
    return minutesShortfall(line, durationOf(line.serviceId));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!client) {
      fail({ error: "Choose a client first.", fieldErrors: { clientId: ["Choose a client first."] } });
      return;
    }
    void (async () => {
      const result = await run("save", () =>
        bookAppointmentAction({ clientId: client.id, staffId, date, startMin, serviceId: serviceId || undefined, clientCourseLineId: picked?.line.id, notes }),
      );
      if (!result) return;
      if (result.ok) {
        const what = picked ? `from ${picked.course.name}` : (service?.name ?? "the appointment");
        onSaved(`Booked ${fullName(client)} at ${formatMinutes(startMin)}, ${what}.`);
      } else if (result.code === "CIRCLE_TAKEN") {
        // Another desk took it: show the course as it is now and let the desk pick again.
        setPick(null);
        courses.refresh();
      }
    })();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-5">
        <WhenFields
          staff={staff}
          staffId={staffId}
          onStaffId={setStaffId}
          date={date}
          onDate={(d) => {
            setDate(d);
            setPick(null); // which courses are valid depends on the day
          }}
          startMin={startMin}
          onStartMin={setStartMin}
          hours={hours}
          durationMin={service?.durationMinutes ?? null}
          errors={errors}
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
            courses={courses.courses}
            loading={courses.loading}
            error={courses.error}
            picked={picked ? pick : null}
            onPick={choosePick}
            lineBlocked={lineBlocked}
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
        {patchTest && !patchTest.ok && (
          <Alert tone="warning" title="Patch test">
            {patchTest.message} Book it anyway if the test is done before the treatment.
          </Alert>
        )}
        <TextField label="Appointment note" value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={1000} placeholder="Optional: seen by whoever opens it" error={errors.notes} />
      </div>
      <DrawerFooter error={error}>
        <Button type="submit" aria-disabled={busy !== null || undefined}>
          {busy === "save" ? "Saving…" : "Save"}
        </Button>
      </DrawerFooter>
    </form>
  );
}
