import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { loadCourseValueFacts, type CourseFilter } from "@/lib/reports/course-value-facts";
import type { CourseValueFacts } from "@/lib/reports/value-events";
import { salonDateOf, type SalonDate } from "@/lib/time";
import { seedDemoSalon } from "@/prisma/seed";
import { getTestDb } from "../../helpers/test-db";

// The liability and expiring reports read their facts as three JSON documents made by SQLite
// (lib/reports/course-value-facts.ts), not row by row. Checked here against the same facts read the
// plain Prisma way, over the demo salon's courses in every state (sold, used, expired, extended,
// adjusted, transferred, refunded), on both database adapters.

const db = getTestDb();
const TODAY = new Date("2026-06-15T10:00:00Z");
const TZ = "Europe/London";

beforeAll(async () => {
  await seedDemoSalon(db, { today: TODAY });
}, 120_000);

/** The reference: what the facts are, read with Prisma's query API. */
async function factsByPrisma(where: Prisma.ClientCourseWhereInput, upTo: SalonDate): Promise<CourseValueFacts[]> {
  const reversals = await db.redemptionReversal.findMany({
    orderBy: [{ reversedOn: "asc" }, { id: "asc" }],
    include: { redemption: { select: { valueMinor: true, clientCourseLine: { select: { clientCourseId: true } } } } },
  });
  const courses = await db.clientCourse.findMany({
    where,
    orderBy: { id: "asc" },
    include: {
      lines: {
        include: {
          redemptions: { where: { redeemedOn: { lte: upTo } }, orderBy: [{ redeemedOn: "asc" }, { id: "asc" }] },
        },
      },
      changes: { orderBy: { id: "asc" } },
    },
  });
  return courses.map((c) => ({
    id: c.id,
    name: c.name,
    purchasedOn: c.purchasedOn,
    purchasedAt: +c.purchasedAt,
    expiresOn: c.expiresOn,
    transferredIn: c.transferredFromId !== null,
    lineValueMinor: c.lines.reduce((sum, l) => sum + l.valueMinor, 0),
    redemptions: c.lines
      .flatMap((l) => l.redemptions)
      .sort((a, b) => (a.redeemedOn < b.redeemedOn ? -1 : a.redeemedOn > b.redeemedOn ? 1 : a.id - b.id))
      .map((r) => ({ on: r.redeemedOn, at: +r.redeemedAt, valueMinor: r.valueMinor, reason: r.reason })),
    reversals: reversals
      .filter((v) => v.redemption.clientCourseLine.clientCourseId === c.id && v.reversedOn <= upTo)
      .map((v) => ({ on: v.reversedOn, at: +v.createdAt, valueMinor: v.redemption.valueMinor, kind: v.kind })),
    changes: c.changes.map((ch) => ({
      on: salonDateOf(ch.createdAt, TZ),
      at: +ch.createdAt,
      kind: ch.kind,
      quantityDelta: ch.quantityDelta,
      amountMinor: ch.amountMinor,
      previousExpiresOn: ch.previousExpiresOn,
    })),
  }));
}

describe("course value facts", () => {
  it("the demo has courses with redemptions and every kind of change to compare", async () => {
    const kinds = await db.clientCourseChange.groupBy({ by: ["kind"], _count: true });
    expect(kinds.map((k) => k.kind).sort()).toEqual(expect.arrayContaining(["ADJUST", "EXTEND", "REFUND", "TRANSFER_IN", "TRANSFER_OUT"]));
    expect(await db.redemption.count()).toBeGreaterThan(50);
  });

  for (const upTo of ["2025-12-31", "2026-05-31", "2026-06-15", "2026-12-31"]) {
    it(`reads the same facts as Prisma for courses bought by ${upTo}`, async () => {
      const filter: CourseFilter = { purchasedBy: upTo };
      const facts = await loadCourseValueFacts(db, filter, upTo, TZ);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts).toEqual(await factsByPrisma({ purchasedOn: { lte: upTo } }, upTo));
    });
  }

  it("reads the same facts as Prisma for active courses expiring in a window", async () => {
    const window = { from: "2026-06-15", to: "2026-12-31" };
    const facts = await loadCourseValueFacts(db, { activeExpiring: window }, window.from, TZ);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts).toEqual(await factsByPrisma({ status: "ACTIVE", expiresOn: { gte: window.from, lte: window.to } }, window.from));
  });
});
