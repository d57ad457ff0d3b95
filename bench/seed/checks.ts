/** The ledger's rules, checked in SQL on the finished database: the seed fails loudly if any breaks. */
import type Database from "better-sqlite3";

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
};

/** Throws with every broken rule and how often it breaks. */
export function checkIntegrity(sqlite: Database.Database): void {
  const broken = Object.entries(CHECKS)
    .map(([rule, sql]) => ({ rule, n: (sqlite.prepare(sql).get() as { n: number }).n }))
    .filter((r) => r.n > 0);
  if (broken.length > 0) throw new Error(`bench seed broke the rules: ${broken.map((b) => `${b.n} × ${b.rule}`).join("; ")}`);
}
