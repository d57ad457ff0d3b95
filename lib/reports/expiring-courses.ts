import { loadClientCourses } from "@/lib/courses/load-courses";
import type { Tx } from "@/lib/db";
import { addDaysToDate, type SalonDate } from "@/lib/time";
import { loadCourseValueFacts } from "./course-value-facts";
import { courseValueEvents, settleEvents } from "./value-events";
import { fullName } from "@/lib/clients/display";

export const EXPIRING_WITHIN_DAYS = 30;

export type ExpiringLine = { serviceName: string; unit: "SESSIONS" | "MINUTES"; total: number; left: number; booked: number };
export type ExpiringCourse = {
  clientCourseId: number;
  clientId: number;
  clientName: string;
  courseName: string;
  expiresOn: SalonDate;
  lines: ExpiringLine[];
  remainingValueMinor: number;
};
export type ExpiringReport = { from: SalonDate; to: SalonDate; courses: ExpiringCourse[] };

/** The course's remaining value at the end of `day`, from its value events. */
export function remainingOn(events: ReturnType<typeof settleEvents>, day: SalonDate): number {
  let remaining = 0;
  for (const e of events) if (e.on <= day) remaining = e.remainingMinor;
  return remaining;
}

/**
 * Courses (not refunded) whose last valid day is today or within the next 30 days and that still
 * have something left, soonest first. A fixed number of queries however many there are.
 */
export async function loadExpiringCourses(tx: Tx, today: SalonDate, timezone: string, now: Date): Promise<ExpiringReport> {
  const to = addDaysToDate(today, EXPIRING_WITHIN_DAYS);
  const where = { status: "ACTIVE" as const, expiresOn: { gte: today, lte: to } };
  const [views, facts] = await Promise.all([loadClientCourses(tx, where, timezone, now), loadCourseValueFacts(tx, { activeExpiring: { from: today, to } }, today, timezone)]);
  const clients = await tx.client.findMany({
    where: { id: { in: [...new Set(views.map((v) => v.clientId))] } },
    select: { id: true, firstName: true, lastName: true },
  });
  const nameOf = new Map(clients.map((c) => [c.id, fullName(c)]));
  const factsOf = new Map(facts.map((f) => [f.id, f]));

  const courses: ExpiringCourse[] = [];
  for (const v of views) {
    const lines = v.lines.map((l) => ({
      serviceName: l.serviceName,
      unit: v.unit,
      total: l.balance.total,
      left: l.balance.free + l.balance.booked,
      booked: l.balance.booked,
    }));
    if (!v.expiresOn || lines.every((l) => l.left === 0)) continue;
    const f = factsOf.get(v.id);
    courses.push({
      clientCourseId: v.id,
      clientId: v.clientId,
      clientName: nameOf.get(v.clientId) ?? `Client ${v.clientId}`,
      courseName: v.name,
      expiresOn: v.expiresOn,
      lines,
      remainingValueMinor: f ? remainingOn(settleEvents(courseValueEvents(f, today)), today) : 0,
    });
  }
  courses.sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.clientName.localeCompare(b.clientName, "en-GB")));
  return { from: today, to, courses };
}
