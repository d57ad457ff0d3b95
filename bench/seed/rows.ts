/**
 * Turns the plan into table rows, deciding each appointment's state from its time (past visits were
 * checked out or missed, today's may be checked in, the future is booked) and writing the records the
 * operations would have written: sales and their lines, redemptions valued like lib/courses/redeem.ts,
 * booking log entries, manager changes.
 */
import { unitsValue } from "@/lib/money";
import { validityEnd } from "@/lib/time";
import type { Rng } from "@/prisma/seed/random";
import type { PlannedCourse } from "./courses";
import type { Day, PlannedAppointment } from "./schedule";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export type Rows = Record<"Appointment" | "Sale" | "SaleLine" | "Redemption" | "CourseBookingLog" | "ClientCourse" | "ClientCourseLine" | "ClientCourseChange", unknown[][]>;

export const COLUMNS: Record<keyof Rows, string[]> = {
  ClientCourse: ["id", "clientId", "templateId", "name", "kind", "unit", "pricePaidMinor", "listValueMinor", "purchasedAt", "purchasedOn", "validityMonths", "validityFrom", "expiresOn", "status", "createdAt"],
  ClientCourseLine: ["id", "clientCourseId", "serviceId", "serviceName", "quantity", "listValueMinor", "valueMinor", "sortOrder"],
  ClientCourseChange: ["clientCourseId", "clientCourseLineId", "kind", "quantityDelta", "previousExpiresOn", "newExpiresOn", "amountMinor", "reason", "staffId", "createdAt"],
  Appointment: ["id", "clientId", "staffId", "serviceId", "startsAt", "endsAt", "status", "source", "priceMinor", "clientCourseLineId", "cancelToken", "checkedInAt", "completedAt", "cancelledAt", "createdById", "createdAt", "updatedAt", "resourceId"],
  Sale: ["id", "clientId", "staffId", "saleOn", "createdAt", "totalMinor", "paymentMethod"],
  SaleLine: ["saleId", "kind", "description", "amountMinor", "appointmentId", "clientCourseId"],
  Redemption: ["appointmentId", "clientCourseLineId", "units", "valueMinor", "reason", "redeemedAt", "redeemedOn", "saleId", "staffId"],
  CourseBookingLog: ["clientCourseLineId", "appointmentId", "action", "reason", "staffId", "createdAt"],
};

type Ctx = { rng: Rng; days: Day[]; now: number; deskId: number; managerId: number };

export function buildRows(appointments: PlannedAppointment[], courses: PlannedCourse[], c: Ctx): Rows {
  const rows: Rows = { Appointment: [], Sale: [], SaleLine: [], Redemption: [], CourseBookingLog: [], ClientCourse: [], ClientCourseLine: [], ClientCourseChange: [] };
  const desk = () => (c.rng.chance(0.85) ? c.deskId : c.managerId);
  const sale = (clientId: number, on: string, at: number, total: number, method?: string) => {
    const id = rows.Sale.length + 1;
    rows.Sale.push([id, clientId, desk(), on, iso(at), total, total === 0 ? "NONE" : (method ?? (c.rng.chance(0.75) ? "CARD" : "CASH"))]);
    return id;
  };
  const lineOf = new Map<number, { course: PlannedCourse; line: PlannedCourse["lines"][number]; consumed: number }>();
  for (const course of courses) {
    for (const line of course.lines) lineOf.set(line.id, { course, line, consumed: 0 });
    const id = sale(course.clientId, course.purchasedOn, course.purchasedAt, course.template.price);
    rows.SaleLine.push([id, "COURSE", course.template.name, course.template.price, null, course.id]);
  }
  const redeemedValue = new Map<number, number>();

  for (const a of appointments) {
    const day = c.days[a.day].date;
    const held = a.lineId ? lineOf.get(a.lineId)! : null;
    const online = !held && c.rng.chance(0.1);
    let created = Math.min(a.start - c.rng.int(1, 21 * 24) * HOUR, c.now - MINUTE);
    if (held) created = Math.max(created, held.course.purchasedAt + MINUTE);
    let status = "BOOKED";
    let checkedIn: number | null = null;
    let completed: number | null = null;
    let cancelled: number | null = null;
    if (!held && a.fate === "attend") a.fate = c.rng.chance(0.05) ? "cancel" : c.rng.chance(0.03) ? "noShow" : "attend";
    if (a.fate === "cancel" && created < c.now - MINUTE) {
      status = "CANCELLED";
      cancelled = Math.min(c.now - MINUTE, Math.max(created + MINUTE, a.start - c.rng.int(1, 72) * HOUR));
    } else if (a.fate === "noShow" && a.start + 30 * MINUTE <= c.now) {
      status = "NO_SHOW";
    } else if (a.end + 10 * MINUTE <= c.now) {
      status = "COMPLETED";
      checkedIn = a.start - c.rng.int(0, 10) * MINUTE;
      completed = a.end + c.rng.int(1, 10) * MINUTE;
    } else if (a.start - 10 * MINUTE <= c.now) {
      status = "CHECKED_IN";
      checkedIn = Math.min(c.now, a.start - c.rng.int(0, 10) * MINUTE);
    }
    const createdBy = online ? null : desk();
    rows.Appointment.push([
      a.id, a.clientId, a.staffId, a.service.id, iso(a.start), iso(a.end), status, online ? "ONLINE" : "DESK", a.service.price, a.lineId,
      online ? c.rng.hex(32) : null, checkedIn && iso(checkedIn), completed && iso(completed), cancelled && iso(cancelled), createdBy, iso(created),
      iso(Math.max(created, cancelled ?? 0, completed ?? 0, checkedIn ?? 0)), a.resourceId,
    ]);

    let saleId: number | null = null;
    if (status === "COMPLETED") {
      saleId = sale(a.clientId, day, completed!, held ? 0 : a.service.price);
      if (!held) rows.SaleLine.push([saleId, "SERVICE", a.service.name, a.service.price, a.id, null]);
    }
    if (!held) continue;
    rows.CourseBookingLog.push([a.lineId, a.id, "BOOKED", "", createdBy ?? c.deskId, iso(created)]);
    if (status === "CANCELLED") rows.CourseBookingLog.push([a.lineId, a.id, "RELEASED", "cancelled", c.deskId, iso(cancelled!)]);
    if (status === "COMPLETED" || status === "NO_SHOW") {
      const units = held.course.template.unit === "MINUTES" ? (a.end - a.start) / MINUTE : 1;
      const value = unitsValue(held.line.valueMinor, held.line.quantity, held.consumed, units);
      held.consumed += units;
      const at = status === "COMPLETED" ? completed! : a.start + 30 * MINUTE;
      rows.Redemption.push([a.id, a.lineId, units, value, status === "COMPLETED" ? "CHECKOUT" : "NO_SHOW", iso(at), day, saleId, c.deskId]);
      redeemedValue.set(held.course.id, (redeemedValue.get(held.course.id) ?? 0) + value);
      const t = held.course.template;
      // "From first use": the clock starts at the first redeemed session (lib/courses/redeem.ts).
      if (t.validityFrom === "FIRST_USE" && t.validityMonths && !held.course.expiresOn) held.course.expiresOn = validityEnd(day, t.validityMonths);
    }
  }

  for (const course of courses) {
    const t = course.template;
    const refund = course.changes.find((ch) => ch.kind === "REFUND");
    rows.ClientCourse.push([
      course.id, course.clientId, t.id, t.name, t.lines.length > 1 ? "PACKAGE" : "COURSE", t.unit ?? "SESSIONS", t.price,
      course.lines.reduce((s, l) => s + l.listValueMinor, 0), iso(course.purchasedAt), course.purchasedOn, t.validityMonths,
      t.validityFrom ?? "PURCHASE", course.expiresOn, refund ? "REFUNDED" : "ACTIVE", iso(course.purchasedAt),
    ]);
    for (const l of course.lines) rows.ClientCourseLine.push([l.id, course.id, l.serviceId, l.serviceName, l.quantity, l.listValueMinor, l.valueMinor, l.sortOrder]);
    for (const ch of course.changes) {
      if (ch.kind === "ADJUST") rows.ClientCourseChange.push([course.id, ch.lineId, "ADJUST", ch.delta, null, null, 0, "Goodwill: session cut short.", c.managerId, iso(ch.at)]);
      if (ch.kind === "EXTEND") rows.ClientCourseChange.push([course.id, null, "EXTEND", null, ch.previous, ch.next, null, "Time off after surgery; extended.", c.managerId, iso(ch.at)]);
      if (ch.kind === "REFUND") {
        const amount = Math.max(0, course.lines.reduce((s, l) => s + l.valueMinor, 0) - (redeemedValue.get(course.id) ?? 0));
        const on = c.days.find((d) => d.openAt <= ch.at && ch.at < d.openAt + 14 * HOUR)!.date;
        const id = sale(course.clientId, on, ch.at, -amount, "CARD");
        rows.Sale[id - 1][2] = c.managerId;
        rows.SaleLine.push([id, "COURSE", `Refund: ${t.name}`, -amount, null, course.id]);
        rows.ClientCourseChange.push([course.id, null, "REFUND", null, null, null, amount, "Moving abroad; refunded the unused sessions.", c.managerId, iso(ch.at)]);
      }
    }
  }
  return rows;
}
