import type { Tx } from "@/lib/db";
import { loadClientCourses, type ClientCourseView, type CourseStatusLabel } from "@/lib/courses/load-courses";
import { expiryOf, toCardCourse, type DrawerCourse } from "@/lib/courses/views/course-card";
import { lineRemaining } from "@/lib/courses/views/remaining";
import { getSettings } from "@/lib/settings/salon-settings";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { lineRefusal, loadLineServices } from "./bookable-line";
import { cancelNote, type CancelNote } from "./cancel-note";
import { lineStatement, valueLeft, type LineRecords, type StatementRow } from "./statement";

export type PortalLine = {
  id: number;
  serviceName: string;
  unit: "SESSIONS" | "MINUTES";
  /** Units still on the line (free + booked) of what it holds in all. */
  left: number;
  of: number;
  free: number;
  valueLeftMinor: number;
  /** Why a session of this line cannot be booked here; null when it can. */
  bookRefusal: string | null;
};

export type PortalCourse = {
  id: number;
  name: string;
  label: CourseStatusLabel;
  purchasedOn: SalonDate;
  /** The last day it can be used (null: no expiry yet), and how that reads. */
  expiresOn: SalonDate | null;
  expiryText: string;
  paidMinor: number;
  transferredIn: boolean;
  valueLeftMinor: number;
  /** Its circles and minutes bars, as the desk's drawer draws them. */
  card: DrawerCourse;
  lines: PortalLine[];
  statement: StatementRow[];
};

export type PortalVisit = {
  id: number;
  startsAt: Date;
  serviceName: string;
  staffName: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  courseName: string | null;
  /** Only a booking that has not started can be cancelled here; with the policy said first. */
  cancelNote: CancelNote | null;
};

export type ClientPortal = {
  firstName: string;
  timezone: string;
  currency: string;
  /** Valid courses first (soonest expiry first); used, expired, refunded or transferred ones after. */
  courses: PortalCourse[];
  finished: PortalCourse[];
  upcoming: PortalVisit[];
  past: PortalVisit[];
};

/** How many past visits the page lists (the newest). */
export const PAST_VISITS = 30;

const LIVE = ["BOOKED", "CHECKED_IN"] as const;

/** The records each line's statement is read from, in three queries whatever the number of lines. */
async function loadLineRecords(tx: Tx, courses: ClientCourseView[]): Promise<Map<number, Omit<LineRecords, "serviceName" | "quantity" | "valueMinor" | "unit">>> {
  const lineIds = courses.flatMap((c) => c.lines.map((l) => l.id));
  const [appointments, redemptions, changes] = await Promise.all([
    tx.appointment.findMany({
      where: { clientCourseLineId: { in: lineIds } },
      select: { id: true, clientCourseLineId: true, startsAt: true, endsAt: true, status: true, staff: { select: { name: true } } },
    }),
    tx.redemption.findMany({
      where: { clientCourseLineId: { in: lineIds } },
      select: { id: true, clientCourseLineId: true, appointmentId: true, units: true, valueMinor: true, reason: true, reversal: { select: { kind: true } } },
    }),
    tx.clientCourseChange.findMany({
      where: { clientCourseLineId: { in: lineIds }, kind: { in: ["ADJUST", "TRANSFER_OUT"] } },
      select: { clientCourseLineId: true, quantityDelta: true, amountMinor: true },
    }),
  ]);
  const records = new Map(lineIds.map((id) => [id, { appointments: [], redemptions: [], changes: [] } as Omit<LineRecords, "serviceName" | "quantity" | "valueMinor" | "unit">]));
  for (const a of appointments) records.get(a.clientCourseLineId!)!.appointments.push({ id: a.id, startsAt: a.startsAt, endsAt: a.endsAt, status: a.status, staffName: a.staff.name });
  for (const r of redemptions) records.get(r.clientCourseLineId)!.redemptions.push({ ...r, reversal: r.reversal?.kind ?? null });
  for (const c of changes) records.get(c.clientCourseLineId!)!.changes.push({ quantityDelta: c.quantityDelta ?? 0, amountMinor: c.amountMinor ?? 0 });
  return records;
}

/**
 * Everything the client's own page shows, for that client only: their courses with circles, what is
 * left and its value, each course's statement; their upcoming appointments, each with what
 * cancelling it means under the salon's policy; and their past visits.
 */
export async function loadClientPortal(tx: Tx, clientId: number, now: Date): Promise<ClientPortal | null> {
  const client = await tx.client.findUnique({ where: { id: clientId }, select: { firstName: true } });
  if (!client) return null;
  const settings = await getSettings(tx);
  const { timezone } = settings;
  const today = salonDateOf(now, timezone);
  const visitSelect = {
    id: true,
    startsAt: true,
    status: true,
    clientCourseLineId: true,
    service: { select: { name: true } },
    staff: { select: { name: true } },
    clientCourseLine: { select: { clientCourse: { select: { name: true } } } },
  } as const;
  const [views, origins, upcoming, past] = await Promise.all([
    loadClientCourses(tx, { clientId }, timezone, now),
    tx.clientCourse.findMany({ where: { clientId }, select: { id: true, transferredFromId: true } }),
    tx.appointment.findMany({ where: { clientId, startsAt: { gte: now }, status: { in: [...LIVE] } }, orderBy: { startsAt: "asc" }, take: 50, select: visitSelect }),
    tx.appointment.findMany({
      where: { clientId, OR: [{ startsAt: { lt: now } }, { status: { notIn: [...LIVE] } }] },
      orderBy: { startsAt: "desc" },
      take: PAST_VISITS,
      select: visitSelect,
    }),
  ]);
  const [records, services] = await Promise.all([loadLineRecords(tx, views), loadLineServices(tx, views.flatMap((v) => v.lines.map((l) => l.serviceId)))]);
  const transferredIn = new Set(origins.filter((o) => o.transferredFromId !== null).map((o) => o.id));

  const all = views.map((course): PortalCourse => {
    const expiry = expiryOf(course);
    const lines = course.lines.map((line) => {
      const facts: LineRecords = { serviceName: line.serviceName, quantity: line.quantity, valueMinor: line.valueMinor, unit: course.unit, ...records.get(line.id)! };
      return { view: line, facts };
    });
    return {
      id: course.id,
      name: course.name,
      label: course.label,
      purchasedOn: course.purchasedOn,
      expiresOn: expiry.date,
      expiryText: expiry.text,
      paidMinor: course.pricePaidMinor,
      transferredIn: transferredIn.has(course.id),
      valueLeftMinor: course.status === "REFUNDED" ? 0 : lines.reduce((a, l) => a + valueLeft(l.facts), 0),
      card: toCardCourse(course, today),
      lines: lines.map(({ view, facts }) => ({
        id: view.id,
        serviceName: view.serviceName,
        unit: course.unit,
        ...lineRemaining(view),
        free: view.balance.free,
        valueLeftMinor: course.status === "REFUNDED" ? 0 : valueLeft(facts),
        bookRefusal: lineRefusal(course, view, services.get(view.serviceId), today),
      })),
      statement: lines.flatMap((l) => lineStatement(l.facts)).sort((a, b) => +a.startsAt - +b.startsAt || a.key.localeCompare(b.key)),
    };
  });
  const key = (c: { expiresOn: SalonDate | null }) => c.expiresOn ?? "9999-12-31";
  const visit = (a: (typeof upcoming)[number]): PortalVisit => ({
    id: a.id,
    startsAt: a.startsAt,
    serviceName: a.service.name,
    staffName: a.staff.name,
    status: a.status,
    courseName: a.clientCourseLine?.clientCourse.name ?? null,
    cancelNote: a.status === "BOOKED" && +a.startsAt > +now ? cancelNote({ startsAt: a.startsAt, isCourse: a.clientCourseLineId !== null }, settings, now) : null,
  });
  return {
    firstName: client.firstName,
    timezone,
    currency: settings.currency,
    courses: all.filter((c) => c.label === "active").sort((a, b) => key(a).localeCompare(key(b)) || a.id - b.id),
    finished: all.filter((c) => c.label !== "active").sort((a, b) => b.id - a.id),
    upcoming: upcoming.map(visit),
    past: past.map(visit),
  };
}
