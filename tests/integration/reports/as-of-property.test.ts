// Balances as of a past moment, over generated histories run through the real operations on a fake
// clock: every client course's balance asked for later "as at" a moment equals the balance computed
// live at that moment (circles per line and value left); month-end style closings taken along the way
// equal the live liability when they are taken; and a report that goes on from the closings equals
// one that replays every course from its first day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { loadCourseBalanceAsOf } from "@/lib/courses/as-of-balance";
import { loadClientCourses } from "@/lib/courses/load-courses";
import { adjustRemaining, extendExpiry } from "@/lib/courses/manage-course";
import { refundCourse } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { loadLiabilityAsAt } from "@/lib/reports/as-of-liability";
import { closeLiabilityPeriod } from "@/lib/reports/closings";
import { loadCourseValueFacts } from "@/lib/reports/course-value-facts";
import { foldCourse, groupByName } from "@/lib/reports/liability-fold";
import { loadLiability } from "@/lib/reports/liability";
import type { Period } from "@/lib/reports/period";
import { courseValueEvents, settleEvents, settleState } from "@/lib/reports/value-events";
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
      days: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant("last day" as const)),
      slot: fc.nat(23),
      minutes: fc.constantFrom(30, 60),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("checkout" as const), appointment: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), appointment: fc.nat(40), noShow: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("void" as const), sale: fc.nat(40) }) },
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

type Seen = { at: Date; balances: Map<number, { lines: unknown; valueLeftMinor: number }> };

/** What the desk and the liability say of every course right now: the live computation. */
async function liveBalances(courses: number[], now: Date): Promise<Seen["balances"]> {
  const today = salonDateOf(now, TZ);
  const [views, facts] = await Promise.all([loadClientCourses(db, { id: { in: courses } }, TZ, now), loadCourseValueFacts(db, { ids: courses }, today, TZ)]);
  const value = new Map(facts.map((f) => [f.id, settleState(courseValueEvents(f, today)).remainingMinor]));
  return new Map(
    views.map((v) => [v.id, { lines: v.lines.map((l) => ({ id: l.id, serviceName: l.serviceName, balance: l.balance, circles: l.circles })), valueLeftMinor: value.get(v.id) ?? 0 }]),
  );
}

/** The liability the plain way: every course from its first day, no closing. */
async function replayedLiability(period: Period, today: string) {
  const facts = await loadCourseValueFacts(db, { purchasedBy: period.to }, period.to, TZ);
  return groupByName(facts.map((f) => ({ name: f.name, figures: foldCourse(settleEvents(courseValueEvents(f, today)), period) })));
}

/** Runs one history, looking at every course after each step; refusals change nothing. */
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
  const courses: number[] = [(await sell(db, s, s.jane.id, shortCourse.id, now)).clientCourseId, (await sell(db, s, s.tom.id, firstUse.id, now)).clientCourseId];
  const appointments: number[] = [];
  const seen: Seen[] = [{ at: now, balances: await liveBalances(courses, now) }];
  now = new Date(+now + 1000);
  const closings: { day: string; totalMinor: number; live: number }[] = [];
  const ctx = () => ({ ...s.ctx, now });
  const pick = <T,>(xs: T[], i: number) => (xs.length ? xs[i % xs.length] : undefined);

  for (const o of ops) {
    try {
      if (o.kind === "advance") {
        now = new Date(+now + o.hours * 3600_000);
        // Close the day just ended, as a manager closes a month: it must equal the live liability of that day now.
        const day = addDaysToDate(salonDateOf(now, TZ), -1);
        if (!closings.some((c) => c.day >= day)) {
          const closing = await inTransaction((tx) => closeLiabilityPeriod(tx, { closedThrough: day }, { ...ctx(), timezone: TZ }), db);
          const live = (await replayedLiability({ from: day, to: day }, salonDateOf(now, TZ))).total.closing;
          closings.push({ day, totalMinor: closing.totalMinor, live });
        }
      } else if (o.kind === "sell") courses.push((await sell(db, s, clients[o.client], templates[o.template], now)).clientCourseId);
      else if (o.kind === "book") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const [course] = await loadClientCourses(db, { id }, TZ, now);
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
        const due = await db.appointment.findMany({
          where: { id: { in: appointments }, status: { in: ["BOOKED", "CHECKED_IN"] }, startsAt: { lte: now } },
          select: { id: true },
          orderBy: { id: "asc" },
        });
        const id = pick(due.map((a) => a.id), o.appointment);
        if (id === undefined) continue;
        await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [id], paymentMethod: "CARD", confirmEarly: true }, ctx()));
      } else if (o.kind === "void") {
        const sales = await db.sale.findMany({ where: { redemptions: { some: {} }, void: null }, select: { id: true }, orderBy: { id: "asc" } });
        const id = pick(sales.map((x) => x.id), o.sale);
        if (id === undefined) continue;
        await inTransaction((tx) => voidCheckout(tx, { saleId: id, reason: "property test" }, ctx()));
      } else if (o.kind === "cancel") {
        const id = pick(appointments, o.appointment);
        if (id === undefined) continue;
        await inTransaction((tx) => cancelAppointment(tx, { appointmentId: id, kind: o.noShow ? "NO_SHOW" : "CANCEL" }, ctx()));
      } else if (o.kind === "adjust") {
        const id = pick(courses, o.course);
        if (id === undefined || o.by === 0) continue;
        const [course] = await loadClientCourses(db, { id }, TZ, now);
        const line = course.lines[0];
        await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: line.id, remaining: line.balance.total - line.balance.redeemed + o.by, reason: "property test" }, ctx()));
      } else if (o.kind === "extend") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const [course] = await loadClientCourses(db, { id }, TZ, now);
        if (!course.expiry) continue;
        await inTransaction((tx) => extendExpiry(tx, { clientCourseId: id, expiresOn: addMonthsToDate(course.expiry!, o.months), reason: "property test" }, ctx()));
      } else if (o.kind === "transfer") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const [course] = await loadClientCourses(db, { id }, TZ, now);
        const to = clients.find((c) => c !== course.clientId)!;
        courses.push((await inTransaction((tx) => transferCourse(tx, { clientCourseId: id, toClientId: to, reason: "property test" }, ctx()))).id);
      } else if (o.kind === "refund") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const [course] = await loadClientCourses(db, { id }, TZ, now);
        const booked = course.lines.flatMap((l) => l.facts.bookings.map((b) => ({ appointmentId: b.appointmentId, action: o.cancel ? ("CANCEL" as const) : ("SINGLE" as const) })));
        await inTransaction((tx) => refundCourse(tx, { clientCourseId: id, amountMinor: 0, paymentMethod: "CARD", reason: "property test", booked }, ctx()));
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
    seen.push({ at: now, balances: await liveBalances(courses, now) });
    // The next step happens a second later, so a moment's balance is the one after this step.
    now = new Date(+now + 1000);
  }
  return { today: salonDateOf(now, TZ), seen, closings, courses };
}

describe("balances as of a past moment over generated histories", () => {
  it("an as-of balance equals the balance computed live at that moment; closings equal the live liability and reports from them equal a full replay", async () => {
    let compared = 0;
    let closingsSeen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 30, maxLength: 70 }), fc.nat(1000), async (ops, pickSeed) => {
        const { today, seen, closings } = await run(ops);
        // Every few moments (and always the first and last), every course known then.
        for (const [i, moment] of seen.entries()) {
          if (i % 4 !== pickSeed % 4 && i !== 0 && i !== seen.length - 1) continue;
          for (const [id, live] of moment.balances) {
            const asOf = await loadCourseBalanceAsOf(db, id, moment.at, TZ);
            expect({ id, at: moment.at, lines: asOf?.lines, valueLeftMinor: asOf?.valueLeftMinor }).toEqual({ id, at: moment.at, ...live });
            compared++;
          }
        }
        for (const c of closings) expect(c.totalMinor).toBe(c.live);
        closingsSeen += closings.length;
        // Reports that go on from the closings equal the full replay, whatever the period.
        const days = [START, ...closings.map((c) => c.day), today];
        const a = days[pickSeed % days.length];
        const b = days[(pickSeed >> 3) % days.length];
        for (const period of [
          { from: a < b ? a : b, to: a < b ? b : a },
          { from: addDaysToDate(a, 1), to: addDaysToDate(a, 9) },
          { from: START, to: today },
        ]) {
          const [fast, plain] = await Promise.all([loadLiability(db, period, today, TZ), replayedLiability(period, today)]);
          expect({ period, rows: fast.rows, total: fast.total }).toEqual({ period, ...plain });
        }
        // The liability "as at" the end of a closed day equals the full replay's closing of that day.
        for (const c of closings.slice(-3)) {
          const asAt = await loadLiabilityAsAt(db, new Date(+at(addDaysToDate(c.day, 1), "00:00") - 1), TZ);
          expect(asAt.totalMinor).toBe((await replayedLiability({ from: c.day, to: c.day }, today)).total.closing);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 12), seed: Number(process.env.FC_SEED ?? 20261203), endOnFailure: true },
    );
    expect(compared).toBeGreaterThan(200);
    expect(closingsSeen).toBeGreaterThan(10);
  }, 600_000);
});
