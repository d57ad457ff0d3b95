import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { salonDateOf, type SalonDate } from "@/lib/time";
import type { CourseValueFacts } from "./value-events";

/**
 * The facts value events are made of, for every client course matching `where`, in four queries
 * whatever the number of courses. Redemptions after `upTo` are left out: they cannot change
 * anything up to that day.
 */
export async function loadCourseValueFacts(
  tx: Tx,
  where: Prisma.ClientCourseWhereInput,
  upTo: SalonDate,
  timezone: string,
): Promise<CourseValueFacts[]> {
  const [courses, lines, redemptions, changes] = await Promise.all([
    tx.clientCourse.findMany({
      where,
      select: { id: true, name: true, purchasedOn: true, purchasedAt: true, expiresOn: true, transferredFromId: true },
      orderBy: { id: "asc" },
    }),
    tx.clientCourseLine.findMany({ where: { clientCourse: where }, select: { id: true, clientCourseId: true, valueMinor: true } }),
    tx.redemption.findMany({
      where: { redeemedOn: { lte: upTo }, clientCourseLine: { clientCourse: where } },
      select: { clientCourseLineId: true, valueMinor: true, reason: true, redeemedAt: true, redeemedOn: true },
    }),
    tx.clientCourseChange.findMany({
      where: { clientCourse: where },
      select: { clientCourseId: true, kind: true, quantityDelta: true, amountMinor: true, previousExpiresOn: true, createdAt: true },
    }),
  ]);

  const facts = new Map<number, CourseValueFacts>();
  for (const c of courses) {
    facts.set(c.id, {
      id: c.id,
      name: c.name,
      purchasedOn: c.purchasedOn,
      purchasedAt: c.purchasedAt,
      expiresOn: c.expiresOn,
      transferredIn: c.transferredFromId !== null,
      lineValueMinor: 0,
      redemptions: [],
      changes: [],
    });
  }
  const courseOfLine = new Map<number, number>();
  for (const l of lines) {
    courseOfLine.set(l.id, l.clientCourseId);
    const course = facts.get(l.clientCourseId);
    if (course) course.lineValueMinor += l.valueMinor;
  }
  for (const r of redemptions) {
    facts.get(courseOfLine.get(r.clientCourseLineId) ?? -1)?.redemptions.push({ on: r.redeemedOn, at: r.redeemedAt, valueMinor: r.valueMinor, reason: r.reason });
  }
  for (const c of changes) {
    facts.get(c.clientCourseId)?.changes.push({
      on: salonDateOf(c.createdAt, timezone),
      at: c.createdAt,
      kind: c.kind,
      quantityDelta: c.quantityDelta,
      amountMinor: c.amountMinor,
      previousExpiresOn: c.previousExpiresOn,
    });
  }
  return [...facts.values()];
}
