import type { Tx } from "@/lib/db";
import { sessionNumberOf } from "@/lib/courses/ledger";
import { loadClientCourses } from "@/lib/courses/load-courses";
import { getSettings } from "@/lib/settings";
import { formatSalonTime, salonDayRange, type SalonDate } from "@/lib/time";

export type VisitItem = {
  appointmentId: number;
  time: string;
  serviceName: string;
  staffName: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  /** Charged at this price, or null when redeemed from a course. */
  priceMinor: number | null;
  /** "Redeemed from 6 × Laser underarm, session 3 of 6" */
  courseNote: string | null;
  saleId: number | null;
};

export type Visit = {
  client: { id: number; name: string };
  date: SalonDate;
  currency: string;
  items: VisitItem[];
  /** Appointments still to pay for. */
  openIds: number[];
  dueMinor: number;
};

/** A client's appointments on one day, as the checkout screen lists them. */
export async function loadVisit(tx: Tx, clientId: number, date: SalonDate, now = new Date()): Promise<Visit | null> {
  const settings = await getSettings(tx);
  const client = await tx.client.findUnique({ where: { id: clientId }, select: { id: true, firstName: true, lastName: true } });
  if (!client) return null;
  const { start, end } = salonDayRange(date, settings.timezone);
  const appointments = await tx.appointment.findMany({
    where: { clientId, startsAt: { gte: start, lt: end }, status: { not: "CANCELLED" } },
    include: {
      service: { select: { name: true } },
      staff: { select: { name: true } },
      saleLine: { select: { saleId: true, amountMinor: true } },
      redemption: { select: { saleId: true, clientCourseLineId: true } },
    },
    orderBy: { startsAt: "asc" },
  });
  const lineIds = appointments.map((a) => a.clientCourseLineId ?? a.redemption?.clientCourseLineId).filter((x): x is number => !!x);
  const courses = lineIds.length
    ? await loadClientCourses(tx, { lines: { some: { id: { in: lineIds } } } }, settings.timezone, now)
    : [];
  const items: VisitItem[] = appointments.map((a) => {
    const lineId = a.clientCourseLineId ?? a.redemption?.clientCourseLineId ?? null;
    const course = lineId ? courses.find((c) => c.lines.some((l) => l.id === lineId)) : undefined;
    const line = course?.lines.find((l) => l.id === lineId);
    const n = line && course?.unit === "SESSIONS" ? sessionNumberOf(line.facts, a.id) : null;
    const minutes = Math.round((+a.endsAt - +a.startsAt) / 60_000);
    const courseNote = course
      ? `Redeemed from ${course.name}${n ? `, session ${n.number} of ${n.of}` : course.unit === "MINUTES" ? `, ${minutes} minutes` : ""}`
      : null;
    return {
      appointmentId: a.id,
      time: formatSalonTime(a.startsAt, settings.timezone),
      serviceName: a.service.name,
      staffName: a.staff.name,
      status: a.status,
      priceMinor: course ? null : (a.saleLine?.amountMinor ?? a.priceMinor),
      courseNote,
      saleId: a.saleLine?.saleId ?? a.redemption?.saleId ?? null,
    };
  });
  const open = items.filter((i) => i.status === "BOOKED" || i.status === "CHECKED_IN");
  return {
    client: { id: client.id, name: `${client.firstName} ${client.lastName}` },
    date,
    currency: settings.currency,
    items,
    openIds: open.map((i) => i.appointmentId),
    dueMinor: open.reduce((sum, i) => sum + (i.priceMinor ?? 0), 0),
  };
}
