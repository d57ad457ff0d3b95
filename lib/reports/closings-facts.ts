import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { addDaysToDate, salonDateOf, salonDayRange, type SalonDate } from "@/lib/time";
import { epochMs, factsFromJson, type FactsJson } from "./course-value-facts";
import { courseValueEvents, type CourseValueFacts, type SettleState, type ValueEvent } from "./value-events";

/** A month-end closing a report goes on from: the day it includes and when it was taken. */
export type ClosingBase = { id: number; closedThrough: SalonDate; createdAt: Date };

/** A course something happened to after the closing: its facts, and the state it goes on from. */
export type CourseSinceClosing = CourseValueFacts & {
  start: SettleState;
  /** Replayed from its first day: the closing cannot be trusted for it (see staleCourses). */
  fromStart: boolean;
};

/** A course nothing happened to after the closing: its balance there is its balance still. */
export type CarriedBalance = { id: number; name: string } & SettleState;
/** Those courses still owing something, per course name. */
export type CarriedByName = { name: string; courses: number; remainingMinor: number };

const ZERO: SettleState = { remainingMinor: 0, lastExpiredMinor: 0 };

/**
 * Courses with an event in (closedThrough, through]: bought, expired (or an expiry an extension
 * later replaced), redeemed or forfeited, a correction, or a manager's change. Every other course
 * kept its closing balance all along.
 */
function touched(base: ClosingBase, through: SalonDate, timezone: string): Prisma.Sql {
  const after = base.closedThrough;
  const fromMs = +salonDayRange(addDaysToDate(after, 1), timezone).start;
  const toMs = +salonDayRange(addDaysToDate(through, 1), timezone).start;
  return Prisma.sql`
    SELECT c."id" FROM "ClientCourse" c WHERE c."purchasedOn" > ${after} AND c."purchasedOn" <= ${through}
    UNION SELECT c."id" FROM "ClientCourse" c WHERE c."expiresOn" >= ${after} AND c."expiresOn" < ${through}
    UNION SELECT l."clientCourseId" FROM "Redemption" r JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId"
          WHERE r."redeemedOn" > ${after} AND r."redeemedOn" <= ${through}
    UNION SELECT l."clientCourseId" FROM "RedemptionReversal" v JOIN "Redemption" r ON r."id" = v."redemptionId" JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId"
          WHERE v."reversedOn" > ${after} AND v."reversedOn" <= ${through}
    UNION SELECT ch."clientCourseId" FROM "ClientCourseChange" ch
          WHERE ${epochMs(Prisma.sql`ch."createdAt"`)} >= ${fromMs} AND ${epochMs(Prisma.sql`ch."createdAt"`)} < ${toMs}
    UNION SELECT ch."clientCourseId" FROM "ClientCourseChange" ch
          WHERE ch."kind" = 'EXTEND' AND ch."previousExpiresOn" >= ${after} AND ch."previousExpiresOn" < ${through}`;
}

/**
 * Courses whose events up to the closing day changed after the closing was taken, so its balance for
 * them is stale. Every record is dated on the day it is made (a sale, a redemption or forfeit, a
 * void or waiver: RedemptionReversal.reversedOn is the correction's own day, a manager's change:
 * its createdAt), and a closing is only taken of a day that has passed, so no record made later
 * lands on a closed day. Expiries are the exception, as they follow from a date, not a record:
 * - a "from first use" course gets its expiry at its first redemption, counted from its earliest
 *   session: checking out a session booked long ago can date the expiry inside a closed period;
 * - an extension records the expiry it replaced (previousExpiresOn); if that expiry had passed
 *   without being stored (a first-use course not yet redeemed), the expiry appears only now.
 * Such a course is replayed from its first day; every other course still goes on from the closing.
 * (The first case needs a redemption made since the closing was taken: the search starts there.)
 */
function staleCourses(base: ClosingBase, timezone: string): Prisma.Sql {
  const after = base.closedThrough;
  const takenMs = +base.createdAt;
  const takenOn = salonDateOf(base.createdAt, timezone);
  return Prisma.sql`
    SELECT ch."clientCourseId" FROM "ClientCourseChange" ch
      WHERE ch."kind" = 'EXTEND' AND ch."previousExpiresOn" < ${after} AND ${epochMs(Prisma.sql`ch."createdAt"`)} > ${takenMs}
    UNION SELECT c."id" FROM "Redemption" rl CROSS JOIN "ClientCourseLine" ll CROSS JOIN "ClientCourse" c
      WHERE rl."redeemedOn" >= ${takenOn} AND ll."id" = rl."clientCourseLineId" AND c."id" = ll."clientCourseId"
        AND c."validityFrom" = 'FIRST_USE' AND c."expiresOn" < ${after} AND NOT EXISTS (
        SELECT 1 FROM "ClientCourseLine" l JOIN "Redemption" r ON r."clientCourseLineId" = l."id"
        WHERE l."clientCourseId" = c."id" AND (r."redeemedOn" < ${takenOn} OR (r."redeemedOn" = ${takenOn} AND ${epochMs(Prisma.sql`r."redeemedAt"`)} <= ${takenMs})))`;
}

/**
 * The closing balances of the courses not replayed: each ("rows", to carry into a new closing), or
 * per course name those still owing ("byName", all a report needs: they did nothing). "byName" sums
 * every course of the closing (cheaper than leaving out the replayed ones in SQL); the replayed
 * ones' closing balances are taken off in loadFactsSinceClosing.
 */
function carriedSql(closingId: number, carry: "rows" | "byName"): Prisma.Sql {
  return carry === "rows"
    ? Prisma.sql`(SELECT json_group_array(json_array(b."clientCourseId", c."name", b."remainingMinor", b."lastExpiredMinor"))
         FROM "LiabilityClosingBalance" b JOIN "ClientCourse" c ON c."id" = b."clientCourseId"
         WHERE b."closingId" = ${closingId} AND b."clientCourseId" NOT IN (SELECT id FROM chosen))`
    : Prisma.sql`(SELECT json_group_array(json_array(x."name", x."courses", x."remainingMinor")) FROM (
         SELECT c."name", COUNT(*) AS "courses", SUM(b."remainingMinor") AS "remainingMinor"
         FROM "LiabilityClosingBalance" b JOIN "ClientCourse" c ON c."id" = b."clientCourseId"
         WHERE b."closingId" = ${closingId} AND b."remainingMinor" <> 0
         GROUP BY c."name") x)`;
}

/** What the courses' tuples carry beyond CourseValueFacts' own: replayed from the start, and the closing's balance. */
type StartTuple = [fromStart: 0 | 1, remainingMinor: number | null, lastExpiredMinor: number | null];
type CarriedTuple = [id: number, name: string, remainingMinor: number, lastExpiredMinor: number];

/**
 * What a report up to `through` needs beyond the closing `base`, in one query: the facts of the
 * courses something happened to after it (their redemptions and corrections after it only, unless
 * replayed from the start) and the closing balances of all the others.
 */
export async function loadFactsSinceClosing(
  tx: Tx,
  base: ClosingBase,
  through: SalonDate,
  timezone: string,
  carry: "rows" | "byName" = "rows",
): Promise<{ courses: CourseSinceClosing[]; carried: CarriedBalance[]; carriedByName: CarriedByName[] }> {
  const after = base.closedThrough;
  const epoch = (column: string) => epochMs(Prisma.raw(column));
  const [row] = await tx.$queryRaw<(FactsJson & { carried: string | null })[]>`
    WITH touched(id) AS MATERIALIZED (${touched(base, through, timezone)}),
      stale(id) AS MATERIALIZED (${staleCourses(base, timezone)}),
      chosen(id, fromStart) AS MATERIALIZED (
        SELECT id, id IN (SELECT id FROM stale) FROM touched UNION SELECT id, 1 FROM stale)
    SELECT
      (SELECT json_group_array(json_array(c."id", c."name", c."purchasedOn", ${epoch(`c."purchasedAt"`)}, c."expiresOn", c."transferredFromId" IS NOT NULL,
                -- What it was sold or transferred in for: an event of its first day, so only needed after the closing.
                CASE WHEN c.fromStart OR c."purchasedOn" > ${after} THEN (SELECT SUM(l."valueMinor") FROM "ClientCourseLine" l WHERE l."clientCourseId" = c."id") ELSE 0 END,
                c.fromStart, c."remainingMinor", c."lastExpiredMinor"))
         FROM (SELECT c."id", c."name", c."purchasedOn", c."purchasedAt", c."expiresOn", c."transferredFromId", chosen.fromStart, b."remainingMinor", b."lastExpiredMinor"
               FROM chosen JOIN "ClientCourse" c ON c."id" = chosen.id
               LEFT JOIN "LiabilityClosingBalance" b ON b."closingId" = ${base.id} AND b."clientCourseId" = chosen.id
               WHERE c."purchasedOn" <= ${through}) c) AS courses,
      (SELECT json_group_array(json_array(x."clientCourseId", x."valueMinor", x."reason", ${epoch(`x."redeemedAt"`)}, x."redeemedOn"))
         FROM (SELECT l."clientCourseId", r."valueMinor", r."reason", r."redeemedAt", r."redeemedOn", r."id"
               FROM "Redemption" r JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId"
               WHERE r."redeemedOn" > ${after} AND r."redeemedOn" <= ${through} AND l."clientCourseId" NOT IN (SELECT id FROM stale)
               UNION ALL
               SELECT l."clientCourseId", r."valueMinor", r."reason", r."redeemedAt", r."redeemedOn", r."id"
               FROM stale CROSS JOIN "ClientCourseLine" l CROSS JOIN "Redemption" r
               WHERE l."clientCourseId" = stale.id AND r."clientCourseLineId" = l."id" AND r."redeemedOn" <= ${through}
               ORDER BY 5, 6) x) AS redemptions,
      (SELECT json_group_array(json_array(x."clientCourseId", x."valueMinor", x."kind", ${epoch(`x."createdAt"`)}, x."reversedOn"))
         FROM (SELECT l."clientCourseId", r."valueMinor", v."kind", v."createdAt", v."reversedOn", v."id"
               FROM "RedemptionReversal" v JOIN "Redemption" r ON r."id" = v."redemptionId" JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId"
               WHERE v."reversedOn" > ${after} AND v."reversedOn" <= ${through} AND l."clientCourseId" NOT IN (SELECT id FROM stale)
               UNION ALL
               SELECT l."clientCourseId", r."valueMinor", v."kind", v."createdAt", v."reversedOn", v."id"
               FROM stale CROSS JOIN "ClientCourseLine" l CROSS JOIN "Redemption" r CROSS JOIN "RedemptionReversal" v
               WHERE l."clientCourseId" = stale.id AND r."clientCourseLineId" = l."id" AND v."redemptionId" = r."id" AND v."reversedOn" <= ${through}
               ORDER BY 5, 6) x) AS reversals,
      (SELECT json_group_array(json_array(ch."clientCourseId", ch."kind", ch."quantityDelta", ch."amountMinor", ch."previousExpiresOn", ${epoch(`ch."createdAt"`)}))
         FROM (SELECT * FROM "ClientCourseChange" WHERE "clientCourseId" IN (SELECT id FROM chosen) ORDER BY "id") ch) AS changes,
      ${carriedSql(base.id, carry)} AS carried`;

  const courses: CourseSinceClosing[] = [];
  const replayedByName = new Map<string, { courses: number; remainingMinor: number }>();
  factsFromJson(row ?? { courses: null, redemptions: null, reversals: null, changes: null }, timezone, (f, tuple) => {
    const [fromStart, remainingMinor, lastExpiredMinor] = tuple.slice(7) as StartTuple;
    const start = fromStart ? ZERO : { remainingMinor: remainingMinor ?? 0, lastExpiredMinor: lastExpiredMinor ?? 0 };
    courses.push(Object.assign(f, { start, fromStart: fromStart === 1 }));
    if (remainingMinor) {
      const kept = replayedByName.get(f.name) ?? replayedByName.set(f.name, { courses: 0, remainingMinor: 0 }).get(f.name)!;
      kept.courses += 1;
      kept.remainingMinor += remainingMinor;
    }
  });
  const carriedRows = JSON.parse(row?.carried ?? "[]") as unknown[];
  if (carry === "byName") {
    const carriedByName = (carriedRows as [string, number, number][]).map(([name, count, remainingMinor]) => ({
      name,
      courses: count - (replayedByName.get(name)?.courses ?? 0),
      remainingMinor: remainingMinor - (replayedByName.get(name)?.remainingMinor ?? 0),
    }));
    return { courses, carried: [], carriedByName: carriedByName.filter((c) => c.courses > 0) };
  }
  const carried = (carriedRows as CarriedTuple[]).map(([id, name, remainingMinor, lastExpiredMinor]) => ({ id, name, remainingMinor, lastExpiredMinor }));
  return { courses, carried, carriedByName: [] };
}

/** The course's value events after the closing (all of them if it is replayed from its start). */
export function eventsSinceClosing(course: CourseSinceClosing, closedThrough: SalonDate, today: SalonDate): ValueEvent[] {
  const events = courseValueEvents(course, today);
  return course.fromStart ? events : events.filter((e) => e.on > closedThrough);
}
