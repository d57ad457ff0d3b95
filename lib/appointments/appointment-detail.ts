import type { Tx } from "@/lib/db";
import { sessionNumberOf } from "@/lib/courses/ledger";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, salonMinutesOf, type SalonDate } from "@/lib/time";
import { cancellationOutcome, type CancellationOutcome } from "./cancellation-policy";
import { fullName } from "@/lib/clients/display";

export type AppointmentDetail = {
  id: number;
  client: { id: number; name: string; email: string | null; phone: string | null; possibleDuplicate: boolean; alert: string; notes: string };
  staffId: number;
  serviceId: number;
  serviceName: string;
  date: SalonDate;
  startMin: number;
  durationMin: number;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  source: "DESK" | "ONLINE";
  /** Booked online under a name other than the card's (email and phone matched). */
  bookedAsName: string | null;
  notes: string;
  priceMinor: number;
  /** The room or machine it holds ("Laser room"), if its service needs one. */
  resource: { id: number; name: string; kind: string } | null;
  /** The warning the desk overrode with "Book anyway" (outside the stylist's hours, in the past). */
  bookedAnyway: string | null;
  /** The course unit it holds or redeemed: "Redeemed from 6 × Laser underarm, session 3 of 6". */
  course: { clientCourseId: number; name: string; lineId: number; unit: "SESSIONS" | "MINUTES"; number: number | null; of: number | null } | null;
  editable: boolean;
  /** What cancelling (by the client, or by the salon) or a no-show would do, said before the receptionist confirms. */
  cancelPreview: CancellationOutcome | null;
  salonCancelPreview: CancellationOutcome | null;
  noShowPreview: CancellationOutcome | null;
};

export async function loadAppointmentDetail(tx: Tx, appointmentId: number, now = new Date()): Promise<AppointmentDetail | null> {
  const settings = await getSettings(tx);
  const a = await tx.appointment.findUnique({
    where: { id: appointmentId },
    include: {
      client: { select: { id: true, firstName: true, lastName: true, email: true, phone: true, possibleDuplicate: true, alert: true, notes: true } },
      service: { select: { name: true } },
      resource: { select: { id: true, name: true, kind: true } },
      clientCourseLine: { select: { id: true, clientCourseId: true } },
      // The live redemption (a voided or waived one no longer counts).
      redemptions: { where: { reversedAt: null }, select: { clientCourseLineId: true } },
    },
  });
  if (!a) return null;
  const tz = settings.timezone;
  const lineId = a.clientCourseLine?.id ?? a.redemptions[0]?.clientCourseLineId ?? null;
  let course: AppointmentDetail["course"] = null;
  if (lineId) {
    const line = a.clientCourseLine ?? (await tx.clientCourseLine.findUniqueOrThrow({ where: { id: lineId }, select: { id: true, clientCourseId: true } }));
    const view = await loadClientCourse(tx, line.clientCourseId, tz, now);
    const lineView = view?.lines.find((l) => l.id === lineId);
    const n = lineView && view?.unit === "SESSIONS" ? sessionNumberOf(lineView.facts, a.id) : null;
    if (view) course = { clientCourseId: view.id, name: view.name, lineId, unit: view.unit, number: n?.number ?? null, of: n?.of ?? null };
  }
  const open = a.status === "BOOKED" || a.status === "CHECKED_IN";
  const isCourse = a.clientCourseLineId !== null;
  return {
    id: a.id,
    client: {
      id: a.client.id,
      name: fullName(a.client),
      email: a.client.email,
      phone: a.client.phone,
      possibleDuplicate: a.client.possibleDuplicate,
      alert: a.client.alert,
      notes: a.client.notes,
    },
    staffId: a.staffId,
    serviceId: a.serviceId,
    serviceName: a.service.name,
    date: salonDateOf(a.startsAt, tz),
    startMin: salonMinutesOf(a.startsAt, tz),
    durationMin: Math.round((+a.endsAt - +a.startsAt) / 60_000),
    status: a.status,
    source: a.source,
    bookedAsName: a.bookedAsName,
    notes: a.notes,
    priceMinor: a.priceMinor,
    resource: a.resource,
    bookedAnyway: a.bookedAnyway,
    course,
    editable: open,
    cancelPreview: open ? cancellationOutcome({ startsAt: a.startsAt, isCourse }, "CANCEL", settings, now) : null,
    salonCancelPreview: open ? cancellationOutcome({ startsAt: a.startsAt, isCourse }, "CANCEL", settings, now, "SALON") : null,
    noShowPreview: a.status === "BOOKED" && +a.startsAt <= +now ? cancellationOutcome({ startsAt: a.startsAt, isCourse }, "NO_SHOW", settings, now) : null,
  };
}
