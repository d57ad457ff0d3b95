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

type CourseTuple = [id: number, clientId: number, firstName: string, lastName: string, name: string, unit: "SESSIONS" | "MINUTES", expiresOn: SalonDate];
/** One line's units: sold, manager changes (adjust, transfer out), live redemptions, held by live appointments. */
type LineTuple = [clientCourseId: number, serviceName: string, quantity: number, changeDelta: number, redeemed: number, booked: number];

/**
 * Courses (not refunded) whose last valid day is today or within the next 30 days and that still
 * have something left, soonest first. Two queries however many there are: what is left on each line
 * is summed in SQL the way lib/courses/ledger.ts lineBalance counts it (live redemptions, appointments
 * that hold a unit), and the remaining value comes from the value events.
 */
export async function loadExpiringCourses(tx: Tx, today: SalonDate, timezone: string, now: Date): Promise<ExpiringReport> {
  void now; // kept for the callers: the balances count what is recorded, the day decides what is listed
  const to = addDaysToDate(today, EXPIRING_WITHIN_DAYS);
  const [rows, facts] = await Promise.all([loadExpiringLines(tx, today, to), loadCourseValueFacts(tx, { activeExpiring: { from: today, to } }, today, timezone)]);
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const linesOf = new Map<number, ExpiringLine[]>();
  for (const [courseId, serviceName, quantity, changeDelta, redeemed, booked] of JSON.parse(rows.lines ?? "[]") as LineTuple[]) {
    const total = quantity + changeDelta;
    const free = Math.max(0, total - redeemed - booked);
    const lines = linesOf.get(courseId) ?? linesOf.set(courseId, []).get(courseId)!;
    lines.push({ serviceName, unit: "SESSIONS", total, left: free + booked, booked });
  }

  const courses: ExpiringCourse[] = [];
  for (const [id, clientId, firstName, lastName, name, unit, expiresOn] of JSON.parse(rows.courses ?? "[]") as CourseTuple[]) {
    const lines = (linesOf.get(id) ?? []).map((l) => ({ ...l, unit }));
    if (lines.every((l) => l.left === 0)) continue;
    const f = factsOf.get(id);
    courses.push({
      clientCourseId: id,
      clientId,
      clientName: fullName({ firstName, lastName }),
      courseName: name,
      expiresOn,
      lines,
      remainingValueMinor: f ? remainingOn(settleEvents(courseValueEvents(f, today)), today) : 0,
    });
  }
  courses.sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.clientName.localeCompare(b.clientName, "en-GB")));
  return { from: today, to, courses };
}

/** The courses (in the order they were bought) and their lines, as two JSON arrays. */
async function loadExpiringLines(tx: Tx, from: SalonDate, to: SalonDate): Promise<{ courses: string | null; lines: string | null }> {
  const [row] = await tx.$queryRaw<{ courses: string | null; lines: string | null }[]>`
    WITH chosen AS MATERIALIZED (
      SELECT c."id", c."clientId", c."name", c."unit", c."expiresOn", c."purchasedAt" FROM "ClientCourse" c
      WHERE c."status" = 'ACTIVE' AND c."expiresOn" >= ${from} AND c."expiresOn" <= ${to})
    SELECT
      (SELECT json_group_array(json_array(x."id", x."clientId", x."firstName", x."lastName", x."name", x."unit", x."expiresOn"))
         FROM (SELECT c.*, cl."firstName", cl."lastName" FROM chosen c JOIN "Client" cl ON cl."id" = c."clientId" ORDER BY c."purchasedAt", c."id") x) AS courses,
      (SELECT json_group_array(json_array(x."clientCourseId", x."serviceName", x."quantity", x."changeDelta", x."redeemed", x."booked"))
         FROM (SELECT l."clientCourseId", l."serviceName", l."quantity",
                 COALESCE((SELECT SUM(ch."quantityDelta") FROM "ClientCourseChange" ch
                           WHERE ch."clientCourseLineId" = l."id" AND ch."kind" IN ('ADJUST', 'TRANSFER_OUT')), 0) AS "changeDelta",
                 COALESCE((SELECT SUM(r."units") FROM "Redemption" r WHERE r."clientCourseLineId" = l."id" AND r."reversedAt" IS NULL), 0) AS "redeemed",
                 COALESCE((SELECT SUM(CASE WHEN c."unit" = 'SESSIONS' THEN 1 ELSE CAST(ROUND((julianday(a."endsAt") - julianday(a."startsAt")) * 1440.0) AS INTEGER) END)
                           FROM "Appointment" a WHERE a."clientCourseLineId" = l."id" AND a."status" IN ('BOOKED', 'CHECKED_IN')), 0) AS "booked"
               FROM chosen c JOIN "ClientCourseLine" l ON l."clientCourseId" = c."id"
               ORDER BY l."clientCourseId", l."sortOrder", l."id") x) AS lines`;
  return row ?? { courses: null, lines: null };
}
