import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { salonDateOf, type SalonDate } from "@/lib/time";
import type { CourseValueFacts } from "./value-events";

/** Which client courses: bought by a day (the liability), active and expiring between two days, or these. */
export type CourseFilter = { purchasedBy: SalonDate } | { activeExpiring: { from: SalonDate; to: SalonDate } } | { ids: number[] };

function where(filter: CourseFilter): Prisma.Sql {
  if ("purchasedBy" in filter) return Prisma.sql`c."purchasedOn" <= ${filter.purchasedBy}`;
  if ("ids" in filter) return filter.ids.length ? Prisma.sql`c."id" IN (${Prisma.join(filter.ids)})` : Prisma.sql`0`;
  return Prisma.sql`c."status" = 'ACTIVE' AND c."expiresOn" >= ${filter.activeExpiring.from} AND c."expiresOn" <= ${filter.activeExpiring.to}`;
}

type CourseTuple = [id: number, name: string, purchasedOn: string, purchasedAt: number, expiresOn: string | null, transferredIn: 0 | 1, lineValueMinor: number | null];
type RedemptionTuple = [clientCourseId: number, valueMinor: number, reason: CourseValueFacts["redemptions"][number]["reason"], redeemedAt: number, redeemedOn: string];
type ReversalTuple = [clientCourseId: number, valueMinor: number, kind: CourseValueFacts["reversals"][number]["kind"], createdAt: number, reversedOn: string];
type ChangeTuple = [
  clientCourseId: number,
  kind: CourseValueFacts["changes"][number]["kind"],
  quantityDelta: number | null,
  amountMinor: number | null,
  previousExpiresOn: string | null,
  createdAt: number,
];

/** A stored instant as epoch milliseconds, worked out by SQLite: no Date per row in JavaScript. */
export const epochMs = (column: Prisma.Sql) => Prisma.sql`CAST(ROUND((julianday(${column}) - 2440587.5) * 86400000.0) AS INTEGER)`;

/**
 * The facts value events are made of, for every client course matching `filter`, in one query
 * whatever the number of courses. Each kind of row comes back as one JSON array: over 20,000
 * courses and their redemptions, per-row decoding was most of a liability report's second.
 * Redemptions after `upTo` are left out: they cannot change anything up to that day.
 */
export async function loadCourseValueFacts(tx: Tx, filter: CourseFilter, upTo: SalonDate, timezone: string): Promise<CourseValueFacts[]> {
  const courses = Prisma.sql`SELECT c."id" FROM "ClientCourse" c WHERE ${where(filter)}`;
  // Over most of the courses (the liability) reading the redemptions by day beats looking them up
  // course by course; any of another course's are dropped below, as they match no fact. For a few
  // courses (expiring soon) the join starts from them (CROSS JOIN keeps SQLite to that order).
  const few = !("purchasedBy" in filter);
  const redemptionsFrom = few
    ? Prisma.sql`(${courses}) s CROSS JOIN "ClientCourseLine" l CROSS JOIN "Redemption" r WHERE l."clientCourseId" = s."id" AND r."clientCourseLineId" = l."id" AND`
    : Prisma.sql`"Redemption" r JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId" WHERE`;
  const [row] = await tx.$queryRaw<FactsJson[]>`
    SELECT
      (SELECT json_group_array(json_array(c."id", c."name", c."purchasedOn", ${epochMs(Prisma.sql`c."purchasedAt"`)}, c."expiresOn", c."transferredFromId" IS NOT NULL,
                (SELECT SUM(l."valueMinor") FROM "ClientCourseLine" l WHERE l."clientCourseId" = c."id")))
         FROM (SELECT * FROM "ClientCourse" c WHERE ${where(filter)} ORDER BY c."id") c) AS courses,
      (SELECT json_group_array(json_array(x."clientCourseId", x."valueMinor", x."reason", ${epochMs(Prisma.sql`x."redeemedAt"`)}, x."redeemedOn"))
         FROM (SELECT l."clientCourseId", r."valueMinor", r."reason", r."redeemedAt", r."redeemedOn"
               FROM ${redemptionsFrom} r."redeemedOn" <= ${upTo}
               ORDER BY r."redeemedOn", r."id") x) AS redemptions,
      (SELECT json_group_array(json_array(x."clientCourseId", x."valueMinor", x."kind", ${epochMs(Prisma.sql`x."createdAt"`)}, x."reversedOn"))
         FROM (SELECT l."clientCourseId", r."valueMinor", v."kind", v."createdAt", v."reversedOn"
               FROM "RedemptionReversal" v JOIN "Redemption" r ON r."id" = v."redemptionId" JOIN "ClientCourseLine" l ON l."id" = r."clientCourseLineId"
               WHERE v."reversedOn" <= ${upTo} ${few ? Prisma.sql`AND l."clientCourseId" IN (${courses})` : Prisma.empty}
               ORDER BY v."reversedOn", v."id") x) AS reversals,
      (SELECT json_group_array(json_array(ch."clientCourseId", ch."kind", ch."quantityDelta", ch."amountMinor", ch."previousExpiresOn", ${epochMs(Prisma.sql`ch."createdAt"`)}))
         FROM (SELECT * FROM "ClientCourseChange" WHERE "clientCourseId" IN (${courses}) ORDER BY "id") ch) AS changes`;

  return factsFromJson(row ?? { courses: null, redemptions: null, reversals: null, changes: null }, timezone);
}

/** The four JSON arrays (courses, redemptions, reversals, changes) the fact queries return, as facts per course. */
export type FactsJson = { courses: string | null; redemptions: string | null; reversals: string | null; changes: string | null };

/**
 * Facts from the four arrays, courses in their order; any row of a course not among them is dropped.
 * `each` sees every course's facts with its whole tuple (a query may add columns after the seventh).
 */
export function factsFromJson(row: FactsJson, timezone: string, each?: (facts: CourseValueFacts, tuple: unknown[]) => void): CourseValueFacts[] {
  const facts = new Map<number, CourseValueFacts>();
  for (const tuple of JSON.parse(row.courses ?? "[]") as CourseTuple[]) {
    const [id, name, purchasedOn, purchasedAt, expiresOn, transferredIn, lineValueMinor] = tuple;
    facts.set(id, {
      id,
      name,
      purchasedOn,
      purchasedAt,
      expiresOn,
      transferredIn: transferredIn === 1,
      lineValueMinor: lineValueMinor ?? 0,
      redemptions: [],
      reversals: [],
      changes: [],
    });
    each?.(facts.get(id)!, tuple);
  }
  for (const [courseId, valueMinor, reason, redeemedAt, redeemedOn] of JSON.parse(row.redemptions ?? "[]") as RedemptionTuple[]) {
    facts.get(courseId)?.redemptions.push({ on: redeemedOn, at: redeemedAt, valueMinor, reason });
  }
  for (const [courseId, valueMinor, kind, createdAt, reversedOn] of JSON.parse(row.reversals ?? "[]") as ReversalTuple[]) {
    facts.get(courseId)?.reversals.push({ on: reversedOn, at: createdAt, valueMinor, kind });
  }
  const dayOf = salonDayMemo(timezone);
  for (const [courseId, kind, quantityDelta, amountMinor, previousExpiresOn, createdAt] of JSON.parse(row.changes ?? "[]") as ChangeTuple[]) {
    facts.get(courseId)?.changes.push({ on: dayOf(createdAt), at: createdAt, kind, quantityDelta, amountMinor, previousExpiresOn });
  }
  return [...facts.values()];
}

/**
 * salonDateOf for many instants: every zone's offset is a whole number of quarter hours and changes
 * on one, so the salon day is the same throughout a UTC quarter hour; each is worked out once.
 */
function salonDayMemo(timezone: string): (epochMs: number) => SalonDate {
  const days = new Map<number, SalonDate>();
  return (epochMs) => {
    const quarter = Math.floor(epochMs / 900_000);
    let day = days.get(quarter);
    if (day === undefined) days.set(quarter, (day = salonDateOf(new Date(quarter * 900_000), timezone)));
    return day;
  };
}
