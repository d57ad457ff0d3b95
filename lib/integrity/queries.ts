/**
 * The SQL behind db:check. Each query reads the whole database in one pass (grouped joins and one
 * window function, no per-row round trips), so it stays quick on a salon with 300,000 appointments.
 * Instants are compared through julianday(): the adapters store ISO text, and a row written as
 * Unix milliseconds by some other tool is still read right.
 */

/** A stored instant as a Julian day number, whatever way it was written. */
const jd = (column: string) =>
  `(CASE typeof(${column}) WHEN 'text' THEN julianday(${column}) ELSE ${column} / 86400000.0 + 2440587.5 END)`;

/** Units an appointment holds on its line: one session, or its length in minutes (ledger.ts unitsFor). */
const unitsOf = (unit: string, appointment: string) =>
  `(CASE ${unit} WHEN 'SESSIONS' THEN 1 ELSE CAST(ROUND((${jd(`${appointment}.endsAt`)} - ${jd(`${appointment}.startsAt`)}) * 1440) AS INTEGER) END)`;

/** Lines whose redeemed + booked units exceed the total (sold + manager adjustments + transfers out). */
export const OVERDRAWN_LINES = `
WITH changed AS (
  SELECT clientCourseLineId AS lineId, SUM(quantityDelta) AS delta FROM "ClientCourseChange"
  WHERE kind IN ('ADJUST', 'TRANSFER_OUT') AND clientCourseLineId IS NOT NULL GROUP BY clientCourseLineId
), redeemed AS (
  SELECT clientCourseLineId AS lineId, SUM(units) AS units FROM "Redemption" WHERE reversedAt IS NULL GROUP BY clientCourseLineId
), booked AS (
  SELECT a.clientCourseLineId AS lineId, SUM(${unitsOf("cc.unit", "a")}) AS units
  FROM "Appointment" a
  JOIN "ClientCourseLine" l ON l.id = a.clientCourseLineId
  JOIN "ClientCourse" cc ON cc.id = l.clientCourseId
  WHERE a.status IN ('BOOKED', 'CHECKED_IN') GROUP BY a.clientCourseLineId
)
SELECT l.id AS lineId, cc.id AS clientCourseId, cc.clientId, cc.name AS courseName, l.serviceName, cc.unit,
  l.quantity + COALESCE(ch.delta, 0) AS total, COALESCE(r.units, 0) AS redeemed, COALESCE(b.units, 0) AS booked
FROM "ClientCourseLine" l
JOIN "ClientCourse" cc ON cc.id = l.clientCourseId
LEFT JOIN changed ch ON ch.lineId = l.id
LEFT JOIN redeemed r ON r.lineId = l.id
LEFT JOIN booked b ON b.lineId = l.id
WHERE COALESCE(r.units, 0) + COALESCE(b.units, 0) > l.quantity + COALESCE(ch.delta, 0)
ORDER BY l.id`;

/**
 * Redemptions that stand (not reversed by a correction) and do not match their appointment: a
 * checkout redemption needs a completed appointment, a forfeit a no-show or cancelled one; and the
 * appointment must be linked to that line.
 */
export const MISMATCHED_REDEMPTIONS = `
SELECT r.id AS redemptionId, r.appointmentId, r.reason, r.clientCourseLineId, a.id AS foundId, a.status,
  a.clientCourseLineId AS appointmentLineId
FROM "Redemption" r LEFT JOIN "Appointment" a ON a.id = r.appointmentId
WHERE r.reversedAt IS NULL AND (a.id IS NULL
  OR NOT ((r.reason = 'CHECKOUT' AND a.status = 'COMPLETED')
       OR (r.reason = 'NO_SHOW' AND a.status = 'NO_SHOW')
       OR (r.reason = 'LATE_CANCELLATION' AND a.status = 'CANCELLED'))
  OR a.clientCourseLineId IS NULL OR a.clientCourseLineId <> r.clientCourseLineId)
ORDER BY r.id`;

/** Appointments redeemed or charged more than once, or both redeemed and charged (what stands; a voided one no longer counts). */
export const DOUBLED_APPOINTMENTS = `
SELECT appointmentId, 'redeemed' AS what, COUNT(*) AS times FROM "Redemption" WHERE reversedAt IS NULL GROUP BY appointmentId HAVING COUNT(*) > 1
UNION ALL
SELECT appointmentId, 'charged', COUNT(*) FROM "SaleLine" WHERE appointmentId IS NOT NULL AND reversedAt IS NULL GROUP BY appointmentId HAVING COUNT(*) > 1
UNION ALL
SELECT r.appointmentId, 'redeemed and charged', 2 FROM "Redemption" r JOIN "SaleLine" s ON s.appointmentId = r.appointmentId
WHERE r.reversedAt IS NULL AND s.reversedAt IS NULL
ORDER BY appointmentId`;

/** Completed appointments that neither redeemed a unit (course) nor were charged (single), counting only what stands. */
export const UNSETTLED_COMPLETED = `
SELECT a.id AS appointmentId, a.clientCourseLineId
FROM "Appointment" a
LEFT JOIN "Redemption" r ON r.appointmentId = a.id AND r.reversedAt IS NULL
LEFT JOIN "SaleLine" s ON s.appointmentId = a.id AND s.reversedAt IS NULL
WHERE a.status = 'COMPLETED' AND r.id IS NULL AND s.id IS NULL
ORDER BY a.id`;

/**
 * Corrections that do not add up: a redemption marked reversed without its reversal record (or the
 * other way round), a charge marked reversed without the negative line that reverses it (or a
 * reversing line that does not mirror it), and a void whose reversal sale is not the negative of
 * what it reversed.
 */
export const BROKEN_CORRECTIONS = `
SELECT 'redemption' AS what, r.id AS id FROM "Redemption" r LEFT JOIN "RedemptionReversal" v ON v.redemptionId = r.id
WHERE (r.reversedAt IS NULL) <> (v.id IS NULL)
UNION ALL
SELECT 'charge', l.id FROM "SaleLine" l LEFT JOIN "SaleLine" back ON back.reversesLineId = l.id
WHERE (l.reversedAt IS NULL) <> (back.id IS NULL) OR (back.id IS NOT NULL AND back.amountMinor <> -l.amountMinor)
UNION ALL
SELECT 'void', cv.id FROM "CheckoutVoid" cv LEFT JOIN "Sale" rs ON rs.id = cv.reversalSaleId
WHERE COALESCE(rs.totalMinor, 0) <> -(SELECT COALESCE(SUM(l.amountMinor), 0) FROM "SaleLine" l WHERE l.saleId = cv.saleId AND l.reversedAt IS NOT NULL)
ORDER BY 1, 2`;

/** Sales whose lines do not add up to the total taken. */
export const UNBALANCED_SALES = `
SELECT s.id AS saleId, s.totalMinor, COALESCE(SUM(l.amountMinor), 0) AS linesMinor, COUNT(l.id) AS lineCount
FROM "Sale" s LEFT JOIN "SaleLine" l ON l.saleId = s.id
GROUP BY s.id
HAVING s.totalMinor <> COALESCE(SUM(l.amountMinor), 0)
ORDER BY s.id`;

/**
 * Live appointments that start before an earlier one of the same staff member has ended. The window
 * keeps the latest end seen so far per staff member, so this is one sort, not a pairwise join; the
 * appointment it clashes with is looked up for the (few) rows found. 1e-9 day ≈ 0.1 ms absorbs
 * rounding, so back-to-back appointments never count as overlapping.
 */
export const STAFF_OVERLAPS = `
WITH live AS (
  SELECT id, staffId, ${jd("startsAt")} AS s, ${jd("endsAt")} AS e FROM "Appointment"
  WHERE status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')
), ordered AS (
  SELECT id, staffId, s, e,
    MAX(e) OVER (PARTITION BY staffId ORDER BY s, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS latestEnd
  FROM live
)
SELECT o.id AS appointmentId, o.staffId,
  (SELECT p.id FROM live p WHERE p.staffId = o.staffId AND p.id <> o.id AND (p.s < o.s OR (p.s = o.s AND p.id < o.id))
     AND p.e > o.s + 1e-9 ORDER BY p.s LIMIT 1) AS otherId
FROM ordered o
WHERE o.latestEnd > o.s + 1e-9
ORDER BY o.staffId, o.s`;

/** Appointments linked to a line of another service or of another client's course. */
export const MISLINKED_APPOINTMENTS = `
SELECT a.id AS appointmentId, a.status, a.clientId, a.serviceId, l.id AS lineId, l.serviceId AS lineServiceId,
  cc.clientId AS courseClientId, cc.id AS clientCourseId
FROM "Appointment" a
JOIN "ClientCourseLine" l ON l.id = a.clientCourseLineId
JOIN "ClientCourse" cc ON cc.id = l.clientCourseId
WHERE l.serviceId <> a.serviceId OR cc.clientId <> a.clientId
ORDER BY a.id`;

/** Appointments still holding a unit of a refunded course (a refund must release them first). */
export const HELD_ON_REFUNDED = `
SELECT a.id AS appointmentId, cc.id AS clientCourseId
FROM "Appointment" a
JOIN "ClientCourseLine" l ON l.id = a.clientCourseLineId
JOIN "ClientCourse" cc ON cc.id = l.clientCourseId
WHERE a.status IN ('BOOKED', 'CHECKED_IN') AND cc.status = 'REFUNDED'
ORDER BY a.id`;

/** How much was looked at, for the report. */
export const COUNTS = `
SELECT (SELECT COUNT(*) FROM "ClientCourseLine") AS courseLines, (SELECT COUNT(*) FROM "Appointment") AS appointments,
  (SELECT COUNT(*) FROM "Redemption") AS redemptions, (SELECT COUNT(*) FROM "Sale") AS sales`;
