import type { Tx } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { lineBalance, lineCircles, type Circle, type LineBalance, type LineFacts } from "./ledger";
import { courseExpiry, type CourseSession } from "./validity";

/** Appointments that hold a unit of a line until they are redeemed or released. */
export const HOLDING_STATUSES = ["BOOKED", "CHECKED_IN"] as const;

const courseInclude = {
  lines: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      serviceId: true,
      serviceName: true,
      quantity: true,
      listValueMinor: true,
      valueMinor: true,
      // A voided or waived redemption gave its unit back: only the live ones use the course.
      redemptions: { where: { reversedAt: null }, select: { appointmentId: true, units: true, redeemedAt: true, appointment: { select: { startsAt: true } } } },
      appointments: {
        where: { status: { in: [...HOLDING_STATUSES] } },
        select: { id: true, startsAt: true, endsAt: true },
      },
      changes: { where: { kind: { in: ["ADJUST", "TRANSFER_OUT"] } }, select: { kind: true, quantityDelta: true } },
    },
  },
} satisfies Prisma.ClientCourseInclude;

type CourseRow = Prisma.ClientCourseGetPayload<{ include: typeof courseInclude }>;

/**
 * "used": nothing left (all redeemed, forfeited or removed by a manager). "transferred": nothing left
 * and what was left went to another client. Both, "expired" and "refunded" are the Used Courses tab.
 */
export type CourseStatusLabel = "active" | "used" | "expired" | "refunded" | "transferred";

export type ClientCourseLineView = {
  id: number;
  serviceId: number;
  serviceName: string;
  quantity: number;
  listValueMinor: number;
  valueMinor: number;
  facts: LineFacts;
  balance: LineBalance;
  /** Sessions lines only; a minutes line draws a bar from `balance`. */
  circles: Circle[];
};

export type ClientCourseView = {
  id: number;
  clientId: number;
  templateId: number;
  name: string;
  kind: "COURSE" | "PACKAGE";
  unit: "SESSIONS" | "MINUTES";
  status: "ACTIVE" | "REFUNDED";
  validityMonths: number | null;
  validityFrom: "PURCHASE" | "FIRST_USE";
  pricePaidMinor: number;
  purchasedAt: Date;
  purchasedOn: SalonDate;
  /** Stored expiry (null until known). */
  expiresOn: SalonDate | null;
  /** Every session it holds or has used (redeemed, forfeited), on its salon day. */
  sessions: CourseSession[];
  /** The last day it can be used: stored, or from its first session (null: none, or not started). */
  expiry: SalonDate | null;
  lines: ClientCourseLineView[];
  /** What was left moved to another client's course (a TRANSFER_OUT change exists). */
  transferredOut: boolean;
  label: CourseStatusLabel;
};

function toView(row: CourseRow, timezone: string, today: SalonDate): ClientCourseView {
  const sessions: CourseSession[] = [];
  const lines = row.lines.map((line) => {
    const facts: LineFacts = {
      quantity: line.quantity,
      changeDelta: line.changes.reduce((a, c) => a + (c.quantityDelta ?? 0), 0),
      redemptions: line.redemptions.map((r) => ({ appointmentId: r.appointmentId, units: r.units, redeemedAt: r.redeemedAt })),
      bookings: line.appointments.map((a) => ({
        appointmentId: a.id,
        startsAt: a.startsAt,
        units: row.unit === "SESSIONS" ? 1 : Math.round((+a.endsAt - +a.startsAt) / 60_000),
      })),
      closed: row.status === "REFUNDED",
    };
    for (const [appointmentId, startsAt] of [
      ...line.redemptions.map((r) => [r.appointmentId, r.appointment.startsAt] as const),
      ...line.appointments.map((a) => [a.id, a.startsAt] as const),
    ]) {
      sessions.push({ appointmentId, date: salonDateOf(startsAt, timezone), serviceName: line.serviceName });
    }
    return {
      id: line.id,
      serviceId: line.serviceId,
      serviceName: line.serviceName,
      quantity: line.quantity,
      listValueMinor: line.listValueMinor,
      valueMinor: line.valueMinor,
      facts,
      balance: lineBalance(facts),
      circles: row.unit === "SESSIONS" ? lineCircles(facts) : [],
    };
  });
  const course = {
    id: row.id,
    clientId: row.clientId,
    templateId: row.templateId,
    name: row.name,
    kind: row.kind,
    unit: row.unit,
    status: row.status,
    validityMonths: row.validityMonths,
    validityFrom: row.validityFrom,
    pricePaidMinor: row.pricePaidMinor,
    purchasedAt: row.purchasedAt,
    purchasedOn: row.purchasedOn,
    expiresOn: row.expiresOn,
    sessions,
    expiry: courseExpiry(row, sessions),
    lines,
    transferredOut: row.lines.some((l) => l.changes.some((c) => c.kind === "TRANSFER_OUT")),
  };
  return { ...course, label: statusLabel(course, today) };
}

export function statusLabel(
  course: Omit<ClientCourseView, "label" | "transferredOut"> & { transferredOut?: boolean },
  today: SalonDate,
): CourseStatusLabel {
  if (course.status === "REFUNDED") return "refunded";
  const open = course.lines.some((l) => l.balance.free > 0 || l.balance.booked > 0);
  if (!open) return course.transferredOut ? "transferred" : "used";
  const expiry = course.expiry;
  if (expiry && expiry < today && !course.lines.some((l) => l.balance.booked > 0)) return "expired";
  return "active";
}

/** Client courses with every line's balance and circles, in a fixed number of queries. */
export async function loadClientCourses(
  tx: Tx,
  where: Prisma.ClientCourseWhereInput,
  timezone: string,
  now: Date = new Date(),
): Promise<ClientCourseView[]> {
  const rows = await tx.clientCourse.findMany({ where, include: courseInclude, orderBy: [{ purchasedAt: "asc" }, { id: "asc" }] });
  const today = salonDateOf(now, timezone);
  return rows.map((row) => toView(row, timezone, today));
}

export async function loadClientCourse(tx: Tx, id: number, timezone: string, now?: Date): Promise<ClientCourseView | null> {
  const [course] = await loadClientCourses(tx, { id }, timezone, now);
  return course ?? null;
}
