import type { AppointmentStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { loadCourseHistories, type HistoryEntry } from "@/lib/courses/views/course-history";
import { expiryOf, toCardCourse } from "@/lib/courses/views/course-card";
import type { DrawerCourse } from "@/lib/courses/views/course-card";
import { loadClientCourses, type CourseStatusLabel } from "@/lib/courses/load-courses";
import { getSettings } from "@/lib/settings/salon-settings";
import { fullName } from "./display";
import { duplicateCandidates, type DuplicateCandidate } from "./duplicates";
import { formatSalonDate, formatSalonTime, salonDateOf, type SalonDate } from "@/lib/time";

export type CardCourse = {
  id: number;
  card: DrawerCourse;
  label: CourseStatusLabel;
  purchasedOn: SalonDate;
  expiryText: string;
  history: HistoryEntry[];
};

export type CardAppointment = {
  id: number;
  date: SalonDate;
  when: string;
  serviceName: string;
  staffName: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  courseName: string | null;
};

export type CardSale = {
  id: number;
  saleOn: SalonDate;
  totalMinor: number;
  paymentMethod: "CASH" | "CARD" | "SPLIT" | "NONE";
  lines: { id: number; description: string; amountMinor: number }[];
  /** Course sessions redeemed in this visit (no charge). */
  redeemed: number;
};

export type ClientCard = {
  client: { id: number; firstName: string; lastName: string; email: string | null; phone: string | null; notes: string; alert: string; patchTestOn: string | null; createdAt: Date };
  /** Made online with someone else's email or phone: the cards it may belong to, for the desk to review. */
  duplicateOf: DuplicateCandidate[] | null;
  /** This card was merged into another (it holds nothing now). */
  mergedInto: { id: number; name: string; on: SalonDate } | null;
  /** Cards merged into this one. */
  mergedFrom: { id: number; name: string; on: SalonDate }[];
  /** How much it holds in all (the lists below show the newest only). */
  holds: { appointments: number; courses: number; sales: number };
  courses: CardCourse[];
  upcoming: CardAppointment[];
  past: CardAppointment[];
  sales: CardSale[];
  currency: string;
  today: SalonDate;
};

/** How many past visits and sales the card lists (the newest). */
export const CARD_HISTORY_LIMIT = 50;
/** Appointments the client is still expected for. */
const LIVE: AppointmentStatus[] = ["BOOKED", "CHECKED_IN"];

/** Everything on a client card; null if there is no such client. */
export async function loadClientCard(tx: Tx, clientId: number, now = new Date()): Promise<ClientCard | null> {
  const row = await tx.client.findUnique({
    where: { id: clientId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      notes: true,
      alert: true,
      patchTestOn: true,
      createdAt: true,
      possibleDuplicate: true,
      mergedAt: true,
      mergedInto: { select: { id: true, firstName: true, lastName: true } },
      mergedFrom: { select: { id: true, firstName: true, lastName: true, mergedAt: true }, orderBy: { id: "asc" } },
      _count: { select: { appointments: true, clientCourses: true, sales: true } },
    },
  });
  if (!row) return null;
  const { possibleDuplicate, mergedAt, mergedInto, mergedFrom, _count, ...client } = row;
  const settings = await getSettings(tx);
  const { timezone } = settings;
  const today = salonDateOf(now, timezone);
  const appointmentSelect = {
    id: true,
    startsAt: true,
    status: true,
    service: { select: { name: true } },
    staff: { select: { name: true } },
    clientCourseLine: { select: { clientCourse: { select: { name: true } } } },
  } as const;
  const [views, upcoming, past, sales] = await Promise.all([
    loadClientCourses(tx, { clientId }, timezone, now),
    // Upcoming is what the client is still expected for; a cancelled, no-show or completed visit belongs to the history even when it was due later.
    tx.appointment.findMany({
      where: { clientId, startsAt: { gte: now }, status: { in: LIVE } },
      orderBy: { startsAt: "asc" },
      take: CARD_HISTORY_LIMIT,
      select: appointmentSelect,
    }),
    tx.appointment.findMany({
      where: { clientId, OR: [{ startsAt: { lt: now } }, { status: { notIn: LIVE } }] },
      orderBy: { startsAt: "desc" },
      take: CARD_HISTORY_LIMIT,
      select: appointmentSelect,
    }),
    tx.sale.findMany({
      where: { clientId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CARD_HISTORY_LIMIT,
      select: {
        id: true,
        saleOn: true,
        totalMinor: true,
        paymentMethod: true,
        lines: { select: { id: true, description: true, amountMinor: true } },
        _count: { select: { redemptions: true } },
      },
    }),
  ]);
  const histories = await loadCourseHistories(tx, views, settings);

  // Active courses first, soonest expiry first; then the rest, newest first.
  const expiries = new Map(views.map((v) => [v.id, expiryOf(v)]));
  const sortKey = (v: (typeof views)[number]) => (v.label === "active" ? `0 ${expiries.get(v.id)!.date ?? "9999-12-31"}` : "1");
  const courses = [...views]
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : b.id - a.id))
    .map(
      (v): CardCourse => ({
        id: v.id,
        card: toCardCourse(v, today),
        label: v.label,
        purchasedOn: v.purchasedOn,
        expiryText: expiries.get(v.id)!.text,
        history: histories.get(v.id) ?? [],
      }),
    );

  const appointment = (a: (typeof upcoming)[number]): CardAppointment => {
    const date = salonDateOf(a.startsAt, timezone);
    return {
      id: a.id,
      date,
      when: `${formatSalonDate(date)}, ${formatSalonTime(a.startsAt, timezone)}`,
      serviceName: a.service.name,
      staffName: a.staff.name,
      status: a.status,
      courseName: a.clientCourseLine?.clientCourse.name ?? null,
    };
  };

  const mergedOn = (at: Date | null) => salonDateOf(at ?? now, timezone);
  return {
    client,
    duplicateOf: possibleDuplicate && !mergedInto ? await duplicateCandidates(tx, client) : null,
    mergedInto: mergedInto ? { id: mergedInto.id, name: fullName(mergedInto), on: mergedOn(mergedAt) } : null,
    mergedFrom: mergedFrom.map((m) => ({ id: m.id, name: fullName(m), on: mergedOn(m.mergedAt) })),
    holds: { appointments: _count.appointments, courses: _count.clientCourses, sales: _count.sales },
    courses,
    upcoming: upcoming.map(appointment),
    past: past.map(appointment),
    sales: sales.map(({ _count, ...sale }) => ({ ...sale, redeemed: _count.redemptions })),
    currency: settings.currency,
    today,
  };
}
