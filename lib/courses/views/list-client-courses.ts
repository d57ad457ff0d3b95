import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { loadClientCourses, type CourseStatusLabel } from "@/lib/courses/load-courses";
import { getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf } from "@/lib/time";
import { clientMatchSql } from "./client-match-sql";
import { expiryOf } from "@/lib/courses/views/course-card";
import { lineRemaining, remainingText } from "./remaining";
import { PAGE_SIZE, type ClientCourseFilters } from "./filters";
import { EXPIRING_DAYS } from "./status";
import { statusLabelSql } from "./status-sql";
import { fullName } from "@/lib/clients/display";

export type ClientCourseRow = {
  id: number;
  name: string;
  kind: "COURSE" | "PACKAGE";
  label: CourseStatusLabel;
  client: { id: number; name: string };
  purchasedOn: string;
  expiry: { date: string | null; text: string };
  lines: { id: number; text: string; left: number; of: number; booked: number; unit: "SESSIONS" | "MINUTES" }[];
  transferredIn: boolean;
};

export type ClientCoursePage = {
  rows: ClientCourseRow[];
  /** Matching the search and course filter, per tab (before the status filter). */
  tabCounts: { active: number; used: number };
  /** Matching every filter: what the pages run over. */
  total: number;
  page: number;
  pageCount: number;
};

const USED: CourseStatusLabel[] = ["used", "expired", "refunded", "transferred"];

/**
 * One page of Client Courses. The status of every course is worked out in SQL (status-sql.ts), so
 * only the 25 courses on the page are loaded with their lines and balances, however many there are.
 */
export async function listClientCourses(tx: Tx, filters: ClientCourseFilters, now = new Date()): Promise<ClientCoursePage> {
  const { timezone } = await getSettings(tx);
  const today = salonDateOf(now, timezone);
  const where: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (filters.templateId) where.push(Prisma.sql`cc."templateId" = ${filters.templateId}`);
  const match = clientMatchSql(filters.q);
  if (match) where.push(match);
  const labelled = Prisma.sql`SELECT cc."id" AS id, cc."expiresOn" AS "expiresOn", ${statusLabelSql(today)} AS label
    FROM "ClientCourse" cc JOIN "Client" c ON c."id" = cc."clientId"
    WHERE ${Prisma.join(where, " AND ")}`;

  const counted = await tx.$queryRaw<{ label: CourseStatusLabel; n: number | bigint }[]>`
    SELECT label, COUNT(*) AS n FROM (${labelled}) GROUP BY label`;
  const count = (labels: string[]) => counted.filter((c) => labels.includes(c.label)).reduce((a, c) => a + Number(c.n), 0);
  const tabCounts = { active: count(["active"]), used: count(USED) };

  const wanted: string[] = filters.tab === "active" ? ["active"] : filters.status ? [filters.status] : USED;
  const pageWhere = [Prisma.sql`label IN (${Prisma.join(wanted)})`];
  let total = count(wanted);
  if (filters.status === "expiring") {
    pageWhere.push(Prisma.sql`"expiresOn" >= ${today} AND "expiresOn" <= ${addDaysToDate(today, EXPIRING_DAYS)}`);
    const [{ n }] = await tx.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS n FROM (${labelled}) WHERE ${Prisma.join(pageWhere, " AND ")}`;
    total = Number(n);
  }
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const ids = (
    await tx.$queryRaw<{ id: number | bigint }[]>`
      SELECT id FROM (${labelled}) WHERE ${Prisma.join(pageWhere, " AND ")}
      ORDER BY id DESC LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`
  ).map((r) => Number(r.id));

  const [views, extra] = await Promise.all([
    loadClientCourses(tx, { id: { in: ids } }, timezone, now),
    tx.clientCourse.findMany({
      where: { id: { in: ids } },
      select: { id: true, transferredFromId: true, client: { select: { id: true, firstName: true, lastName: true } } },
    }),
  ]);
  const byId = new Map(extra.map((e) => [e.id, e]));
  const rows = views
    .map((v): ClientCourseRow => {
      const e = byId.get(v.id)!;
      return {
        id: v.id,
        name: v.name,
        kind: v.kind,
        label: v.label,
        client: { id: e.client.id, name: fullName(e.client) },
        purchasedOn: v.purchasedOn,
        expiry: expiryOf(v),
        lines: v.lines.map((l) => ({ id: l.id, text: remainingText(l, v.unit), ...lineRemaining(l), booked: l.balance.booked, unit: v.unit })),
        transferredIn: e.transferredFromId !== null,
      };
    })
    .sort((a, b) => b.id - a.id);
  return { rows, tabCounts, total, page, pageCount };
}

/** The course filter's choices: every template that was ever sold, by name. */
export function listSoldTemplates(tx: Tx) {
  return tx.courseTemplate.findMany({
    where: { clientCourses: { some: {} } },
    select: { id: true, name: true, active: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
