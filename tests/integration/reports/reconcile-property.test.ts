// The reports reconcile for every period, over generated histories run through the real operations:
// redemptions report = liability "redeemed" (and forfeited); one period's closing = the next one's
// opening; sold − refunded − redeemed − expired ± adjustments ± transfers = closing − opening.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { adjustRemaining, extendExpiry } from "@/lib/courses/manage-course";
import { refundCourse } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { loadDailyRedemptions } from "@/lib/reports/daily-redemptions";
import { loadLiability } from "@/lib/reports/liability";
import { impliedClosing } from "@/lib/reports/liability-fold";
import { reconcileReports } from "@/lib/reports/reconcile";
import { addDaysToDate, addMonthsToDate, salonDateOf } from "@/lib/time";
import { createCourseTemplate } from "@/prisma/factories";
import { getTestDb, resetTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ } from "../../helpers/salon-fixture";

const db = getTestDb();
const START = "2026-06-01";

const op = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("sell" as const), client: fc.nat(1), template: fc.nat(4) }) },
  {
    weight: 7,
    arbitrary: fc.record({
      kind: fc.constant("book" as const),
      course: fc.nat(20),
      line: fc.nat(1),
      // A day ahead, or the course's last valid day (a session there may be checked out after expiry).
      days: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant("last day" as const)),
      slot: fc.nat(23),
      minutes: fc.constantFrom(30, 60),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("checkout" as const), appointment: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), appointment: fc.nat(40), noShow: fc.boolean() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      hours: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 48 }) }, { weight: 1, arbitrary: fc.integer({ min: 48, max: 24 * 30 }) }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("adjust" as const), course: fc.nat(20), by: fc.integer({ min: -2, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("extend" as const), course: fc.nat(20), months: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("transfer" as const), course: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("refund" as const), course: fc.nat(20), cancel: fc.boolean() }) },
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Runs one history; refusals (expired, taken, in the future…) are part of life and change nothing. */
async function run(ops: Op[]) {
  await resetTestDb(db);
  const s = await buildSalon(db, { lateCancelHours: 24, lateCancelPolicy: "FORFEIT", noShowPolicy: "FORFEIT" });
  const shortCourse = await createCourseTemplate(db, { name: "3 × Laser, 1 month", priceMinor: 10_000, validityMonths: 1, lines: [{ serviceId: s.laser.id, quantity: 3 }] });
  const firstUse = await createCourseTemplate(db, {
    name: "4 × Facial from first use",
    priceMinor: 19_999,
    validityMonths: 1,
    validityFrom: "FIRST_USE",
    lines: [{ serviceId: s.facial.id, quantity: 4 }],
  });
  const templates = [s.laserCourse.id, s.facialPackage.id, s.massageMinutes.id, shortCourse.id, firstUse.id];
  const clients = [s.jane.id, s.tom.id];
  let now = at(START, "08:00");
  // Every history starts with two courses to work on; more are sold along the way.
  const courses: number[] = [(await sell(db, s, s.jane.id, shortCourse.id, now)).clientCourseId, (await sell(db, s, s.tom.id, firstUse.id, now)).clientCourseId];
  const appointments: number[] = [];
  const ctx = () => ({ ...s.ctx, now });
  const pick = <T,>(xs: T[], i: number) => (xs.length ? xs[i % xs.length] : undefined);

  for (const o of ops) {
    try {
      if (o.kind === "advance") now = new Date(+now + o.hours * 3600_000);
      else if (o.kind === "sell") courses.push((await sell(db, s, clients[o.client], templates[o.template], now)).clientCourseId);
      else if (o.kind === "book") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const line = course.lines[o.line % course.lines.length];
        const day = o.days === "last day" ? course.expiry : addDaysToDate(salonDateOf(now, TZ), o.days);
        if (!day) continue;
        const staffId = o.slot % 2 ? s.anna.id : s.ben.id;
        const startsAt = at(day, `${String(8 + Math.floor(o.slot / 2)).padStart(2, "0")}:00`);
        const a = await inTransaction((tx) =>
          bookAppointment(tx, { clientId: course.clientId, staffId, startsAt, clientCourseLineId: line.id, durationMinutes: course.unit === "MINUTES" ? o.minutes : undefined }, ctx()),
        );
        appointments.push(a.id);
      } else if (o.kind === "checkout") {
        // One of the visits that could be checked out now (started, by today's end).
        const due = await db.appointment.findMany({
          where: { id: { in: appointments }, status: { in: ["BOOKED", "CHECKED_IN"] }, startsAt: { lte: now } },
          select: { id: true },
          orderBy: { id: "asc" },
        });
        const id = pick(due.map((a) => a.id), o.appointment);
        if (id === undefined) continue;
        await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [id], paymentMethod: "CARD", confirmEarly: true }, ctx()));
      } else if (o.kind === "cancel") {
        const id = pick(appointments, o.appointment);
        if (id === undefined) continue;
        await inTransaction((tx) => cancelAppointment(tx, { appointmentId: id, kind: o.noShow ? "NO_SHOW" : "CANCEL" }, ctx()));
      } else if (o.kind === "adjust") {
        const id = pick(courses, o.course);
        if (id === undefined || o.by === 0) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const line = course.lines[0];
        const remaining = line.balance.total - line.balance.redeemed + o.by;
        await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: line.id, remaining, reason: "property test" }, ctx()));
      } else if (o.kind === "extend") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        if (!course.expiry) continue;
        await inTransaction((tx) => extendExpiry(tx, { clientCourseId: id, expiresOn: addMonthsToDate(course.expiry!, o.months), reason: "property test" }, ctx()));
      } else if (o.kind === "transfer") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const to = clients.find((c) => c !== course.clientId)!;
        courses.push((await inTransaction((tx) => transferCourse(tx, { clientCourseId: id, toClientId: to, reason: "property test" }, ctx()))).id);
      } else if (o.kind === "refund") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const booked = course.lines.flatMap((l) => l.facts.bookings.map((b) => ({ appointmentId: b.appointmentId, action: o.cancel ? ("CANCEL" as const) : ("SINGLE" as const) })));
        await inTransaction((tx) => refundCourse(tx, { clientCourseId: id, amountMinor: 0, paymentMethod: "CARD", reason: "property test", booked }, ctx()));
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
  }
  return { today: salonDateOf(now, TZ), redemptions: await db.redemption.count() };
}

describe("reports reconcile over generated histories", () => {
  it("redemptions = liability redeemed and forfeited, closings = next openings, movements add up, for every month and any split", async () => {
    let redemptionsSeen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 30, maxLength: 80 }), fc.integer({ min: 1, max: 120 }), async (ops, split) => {
        const { today, redemptions } = await run(ops);
        redemptionsSeen += redemptions;
        const { disagreements } = await reconcileReports(db, today, TZ);
        expect(disagreements).toEqual([]);

        // The report pages' own loaders, over two adjacent periods split at a random day.
        const cut = addDaysToDate(START, Math.min(split, 200));
        const first = { from: START, to: cut };
        const second = { from: addDaysToDate(cut, 1), to: addDaysToDate(today, 1) };
        for (const period of [first, second]) {
          const [liability, redeemed] = await Promise.all([loadLiability(db, period, today, TZ), loadDailyRedemptions(db, period)]);
          expect(liability.total.redeemed).toBe(redeemed.total.redeemedValue);
          expect(liability.total.forfeited).toBe(redeemed.total.forfeitedValue);
          expect(impliedClosing(liability.total)).toBe(liability.total.closing);
          for (const row of liability.rows) expect(impliedClosing(row.figures)).toBe(row.figures.closing);
        }
        const [a, b] = await Promise.all([loadLiability(db, first, today, TZ), loadLiability(db, second, today, TZ)]);
        expect(a.total.closing).toBe(b.total.opening);
        expect(a.total.opening).toBe(0);
      }),
      { numRuns: 40, seed: Number(process.env.FC_SEED ?? 20261202), endOnFailure: true },
    );
    // The histories are not all refusals: they did redeem and forfeit.
    expect(redemptionsSeen).toBeGreaterThan(60);
  }, 240_000);
});
