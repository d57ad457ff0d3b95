import { earlyNotice, isEarly } from "@/lib/appointments/early";
import type { Tx } from "@/lib/db";
import { redeemableLinesOf } from "@/lib/courses/find-redeemable";
import { sessionNumberOf } from "@/lib/courses/ledger";
import { loadClientCourses, type ClientCourseView } from "@/lib/courses/load-courses";
import { getSettings } from "@/lib/settings/salon-settings";
import { formatSalonDate, formatSalonTime, salonDayRange, type SalonDate } from "@/lib/time";
import { fullName } from "@/lib/clients/display";

/** "Redeem from course" for a single on the checkout screen: the valid course expiring first with a free unit. */
export type RedeemOffer = {
  lineId: number;
  /** "6 × Laser underarm, session 4 of 6, expires Mon 1 Jun 2027" */
  label: string;
  /** Units free on that line now: two singles cannot both take its last one. */
  free: number;
  /** What one appointment takes: 1 session, or its minutes. */
  units: number;
};

export type VisitItem = {
  appointmentId: number;
  time: string;
  serviceName: string;
  staffName: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  /** Charged at this price, or null when redeemed from a course. */
  priceMinor: number | null;
  /** "From 6 × Laser underarm, session 3 of 6" while held; "Redeemed from …" once redeemed. */
  courseNote: string | null;
  saleId: number | null;
  /** Open lines only: ticked at first when checked in or already started. */
  ticked: boolean;
  /** Open lines that start well after now: "Colour starts at 17:45, in 6 h." (checking out asks first). */
  early: string | null;
  /** Open singles a valid course covers. */
  redeemOffer: RedeemOffer | null;
};

export type Visit = {
  client: { id: number; name: string; alert: string };
  date: SalonDate;
  currency: string;
  items: VisitItem[];
  /** Appointments still to pay for. */
  openIds: number[];
};

const isOpen = (status: VisitItem["status"]) => status === "BOOKED" || status === "CHECKED_IN";

function offerFor(course: ClientCourseView, lineId: number, units: number): RedeemOffer {
  const line = course.lines.find((l) => l.id === lineId)!;
  const which =
    course.unit === "SESSIONS" ? `session ${line.balance.redeemed + line.balance.booked + 1} of ${line.balance.total}` : `${line.balance.free} min left`;
  const expiry = course.expiry ? `, expires ${formatSalonDate(course.expiry)}` : "";
  return { lineId, label: `${course.name}, ${which}${expiry}`, free: line.balance.free, units };
}

/** A client's appointments on one day, as the checkout screen lists them, with what it suggests. */
export async function loadVisit(tx: Tx, clientId: number, date: SalonDate, now = new Date()): Promise<Visit | null> {
  const settings = await getSettings(tx);
  const tz = settings.timezone;
  const client = await tx.client.findUnique({ where: { id: clientId }, select: { id: true, firstName: true, lastName: true, alert: true } });
  if (!client) return null;
  const { start, end } = salonDayRange(date, tz);
  const [appointments, courses] = await Promise.all([
    tx.appointment.findMany({
      where: { clientId, startsAt: { gte: start, lt: end }, status: { not: "CANCELLED" } },
      include: {
        service: { select: { name: true } },
        staff: { select: { name: true } },
        // The live charge and redemption (a voided checkout's no longer count).
        saleLines: { where: { reversedAt: null }, select: { saleId: true, amountMinor: true } },
        redemptions: { where: { reversedAt: null }, select: { saleId: true, clientCourseLineId: true } },
      },
      orderBy: { startsAt: "asc" },
    }),
    // The client's own courses: the lines the visit holds or redeemed, and what could pay for a single.
    loadClientCourses(tx, { clientId }, tz, now),
  ]);
  const active = courses.filter((c) => c.status === "ACTIVE");
  const items: VisitItem[] = appointments.map((a) => {
    const [charge] = a.saleLines;
    const [redemption] = a.redemptions;
    const lineId = a.clientCourseLineId ?? redemption?.clientCourseLineId ?? null;
    const course = lineId ? courses.find((c) => c.lines.some((l) => l.id === lineId)) : undefined;
    const line = course?.lines.find((l) => l.id === lineId);
    const n = line && course?.unit === "SESSIONS" ? sessionNumberOf(line.facts, a.id) : null;
    const minutes = Math.round((+a.endsAt - +a.startsAt) / 60_000);
    const open = isOpen(a.status);
    const courseNote = course
      ? `${open ? "From" : "Redeemed from"} ${course.name}${n ? `, session ${n.number} of ${n.of}` : course.unit === "MINUTES" ? `, ${minutes} minutes` : ""}`
      : null;
    const [offer] = open && !lineId ? redeemableLinesOf(active, { appointmentId: a.id, clientId, serviceId: a.serviceId, startsAt: a.startsAt, endsAt: a.endsAt }, tz) : [];
    return {
      appointmentId: a.id,
      time: formatSalonTime(a.startsAt, tz),
      serviceName: a.service.name,
      staffName: a.staff.name,
      status: a.status,
      priceMinor: course ? null : (charge?.amountMinor ?? a.priceMinor),
      courseNote,
      saleId: charge?.saleId ?? redemption?.saleId ?? null,
      ticked: open && (a.status === "CHECKED_IN" || +a.startsAt <= +now),
      early: open && isEarly(a.startsAt, now) ? earlyNotice({ startsAt: a.startsAt, serviceName: a.service.name }, now, tz) : null,
      redeemOffer: offer ? offerFor(offer.course, offer.lineId, offer.course.unit === "SESSIONS" ? 1 : minutes) : null,
    };
  });
  return {
    client: { id: client.id, name: fullName(client), alert: client.alert },
    date,
    currency: settings.currency,
    items,
    openIds: items.filter((i) => isOpen(i.status)).map((i) => i.appointmentId),
  };
}
