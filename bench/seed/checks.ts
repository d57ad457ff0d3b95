/** The ledger's and the salon's rules, checked on the finished database: the seed fails loudly if any breaks. */
import type Database from "better-sqlite3";
import { withinSpans } from "@/lib/rota/working-hours";
import { minutesOnDay, salonDateOf } from "@/lib/time";
import type { BenchRefs } from "./reference";

const CHECKS: Record<string, string> = {
  "a line with more redeemed + booked than its total": `
    WITH totals AS (
      SELECT l.id, l.quantity + COALESCE((SELECT SUM(quantityDelta) FROM ClientCourseChange ch
               WHERE ch.clientCourseLineId = l.id AND ch.kind IN ('ADJUST', 'TRANSFER_OUT')), 0) AS total,
             COALESCE((SELECT SUM(units) FROM Redemption r WHERE r.clientCourseLineId = l.id), 0) AS redeemed,
             COALESCE((SELECT SUM(CASE c.unit WHEN 'SESSIONS' THEN 1 ELSE ROUND((julianday(a.endsAt) - julianday(a.startsAt)) * 1440) END)
               FROM Appointment a WHERE a.clientCourseLineId = l.id AND a.status IN ('BOOKED', 'CHECKED_IN')), 0) AS booked
      FROM ClientCourseLine l JOIN ClientCourse c ON c.id = l.clientCourseId)
    SELECT COUNT(*) AS n FROM totals WHERE redeemed + booked > total`,
  "an appointment redeemed twice": `SELECT COUNT(*) - COUNT(DISTINCT appointmentId) AS n FROM Redemption`,
  "overlapping live appointments of one staff member": `
    SELECT COUNT(*) AS n FROM (
      SELECT startsAt, LAG(endsAt) OVER (PARTITION BY staffId ORDER BY startsAt) AS previousEnd
      FROM Appointment WHERE status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')) WHERE previousEnd > startsAt`,
  "a course appointment for another client or service": `
    SELECT COUNT(*) AS n FROM Appointment a JOIN ClientCourseLine l ON l.id = a.clientCourseLineId
    JOIN ClientCourse c ON c.id = l.clientCourseId WHERE c.clientId <> a.clientId OR l.serviceId <> a.serviceId`,
  "a course appointment after its course expired": `
    SELECT COUNT(*) AS n FROM Appointment a JOIN ClientCourseLine l ON l.id = a.clientCourseLineId
    JOIN ClientCourse c ON c.id = l.clientCourseId
    WHERE a.status <> 'CANCELLED' AND c.expiresOn IS NOT NULL AND substr(a.startsAt, 1, 10) > c.expiresOn`,
  "a booking by someone who does not do the service": `
    SELECT COUNT(*) AS n FROM Appointment a
    WHERE NOT EXISTS (SELECT 1 FROM StaffService ss WHERE ss.staffId = a.staffId AND ss.serviceId = a.serviceId)`,
  "a booking without a room of the kind its service needs (or with one it does not need)": `
    SELECT COUNT(*) AS n FROM Appointment a JOIN Service s ON s.id = a.serviceId LEFT JOIN Resource r ON r.id = a.resourceId
    WHERE r.kind IS NOT s.resourceKind`,
  "two live appointments holding the same resource at once": `
    SELECT COUNT(*) AS n FROM (
      SELECT startsAt, MAX(endsAt) OVER (PARTITION BY resourceId ORDER BY startsAt, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS heldUntil
      FROM Appointment WHERE resourceId IS NOT NULL AND status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')) WHERE heldUntil > startsAt`,
};

/** Appointments outside their stylist's working spans that day (rota, breaks, exceptions). */
function outsideHours(sqlite: Database.Database, refs: BenchRefs, timezone: string): number {
  const spansOf = new Map(refs.stylists.map((s) => [s.id, s.spans]));
  const clocks = new Map<string, (instant: Date) => number>();
  // Every time zone's offset is whole quarter-hours, so one look-up per quarter-hour gives the date
  // (salonDateOf costs microseconds, and there are 300,000 appointments).
  const dates = new Map<number, string>();
  const rows = sqlite.prepare(`SELECT staffId, startsAt, endsAt FROM Appointment`).raw().iterate() as Iterable<[number, string, string]>;
  let n = 0;
  for (const [staffId, startsAt, endsAt] of rows) {
    const start = new Date(startsAt);
    const quarter = Math.floor(+start / 900_000);
    let date = dates.get(quarter);
    if (!date) dates.set(quarter, (date = salonDateOf(start, timezone)));
    let clock = clocks.get(date);
    if (!clock) clocks.set(date, (clock = minutesOnDay(date, timezone)));
    if (!withinSpans(spansOf.get(staffId)!(date), clock(start), clock(new Date(endsAt)))) n++;
  }
  return n;
}

/** Throws with every broken rule and how often it breaks. */
export function checkIntegrity(sqlite: Database.Database, refs: BenchRefs, timezone: string): void {
  const broken = Object.entries(CHECKS)
    .map(([rule, sql]) => ({ rule, n: (sqlite.prepare(sql).get() as { n: number }).n }))
    .concat({ rule: "a booking outside the stylist's working hours", n: outsideHours(sqlite, refs, timezone) })
    .filter((r) => r.n > 0);
  if (broken.length > 0) throw new Error(`bench seed broke the rules: ${broken.map((b) => `${b.n} × ${b.rule}`).join("; ")}`);
}
