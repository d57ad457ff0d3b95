import type { Tx } from "@/lib/db";
import { sessionsOutsideValidity, type CourseTerms } from "@/lib/courses/validity";
import { salonDateOf } from "@/lib/time";

/**
 * Sessions a course holds or has redeemed that lie outside its validity (lib/courses/validity.ts).
 * SQL narrows them to candidates (near or past the purchase day or expiry, whatever the timezone,
 * and every session of a "from first use" course whose clock is not fixed yet); the rule itself runs
 * on those in JavaScript, on salon days.
 */
export type SessionOutside = {
  appointmentId: number;
  clientCourseId: number;
  courseName: string;
  date: string;
  problem: "BEFORE_PURCHASE" | "AFTER_EXPIRY";
  expiry: string | null;
  purchasedOn: string;
};

const jd = (column: string) => `(CASE typeof(${column}) WHEN 'text' THEN julianday(${column}) ELSE ${column} / 86400000.0 + 2440587.5 END)`;

// A salon day ends at most 14 hours before the next UTC midnight and starts at most 12 hours after it.
const CANDIDATES = `
WITH sessions AS (
  SELECT a.id AS appointmentId, ${jd("a.startsAt")} AS at, l.clientCourseId AS courseId
  FROM "Appointment" a JOIN "ClientCourseLine" l ON l.id = a.clientCourseLineId
  WHERE a.status IN ('BOOKED', 'CHECKED_IN')
  UNION ALL
  SELECT r.appointmentId, ${jd("a.startsAt")}, l.clientCourseId
  FROM "Redemption" r JOIN "Appointment" a ON a.id = r.appointmentId JOIN "ClientCourseLine" l ON l.id = r.clientCourseLineId
  WHERE r.reversedAt IS NULL
)
SELECT c.id, c.name, c.clientId, c.status, c.validityMonths, c.validityFrom, c.purchasedOn, c.expiresOn,
  json_group_array(json_array(s.appointmentId, CAST(ROUND((s.at - 2440587.5) * 86400000.0) AS INTEGER))) AS sessions
FROM sessions s JOIN "ClientCourse" c ON c.id = s.courseId
WHERE (c.expiresOn IS NOT NULL AND s.at >= julianday(c.expiresOn) + 0.41)
   OR s.at < julianday(c.purchasedOn) + 0.5
   OR (c.expiresOn IS NULL AND c.validityFrom = 'FIRST_USE' AND c.validityMonths IS NOT NULL)
GROUP BY c.id
ORDER BY c.id`;

type Row = Omit<CourseTerms, "validityMonths" | "clientId"> & { id: unknown; clientId: unknown; validityMonths: unknown; sessions: string };

export async function findSessionsOutsideValidity(tx: Tx, timezone: string): Promise<SessionOutside[]> {
  const rows = await tx.$queryRawUnsafe<Row[]>(CANDIDATES);
  const found: SessionOutside[] = [];
  for (const row of rows) {
    const terms: CourseTerms = { ...row, clientId: Number(row.clientId), validityMonths: row.validityMonths == null ? null : Number(row.validityMonths) };
    const sessions = (JSON.parse(row.sessions) as [number, number][]).map(([appointmentId, ms]) => ({ appointmentId, date: salonDateOf(new Date(ms), timezone) }));
    for (const out of sessionsOutsideValidity(terms, sessions)) {
      found.push({
        appointmentId: out.session.appointmentId,
        clientCourseId: Number(row.id),
        courseName: row.name,
        date: out.session.date,
        problem: out.problem,
        expiry: out.expiry,
        purchasedOn: row.purchasedOn,
      });
    }
  }
  return found;
}
