// Month-end closings of the course liability: a closing equals the live figure for its day, each
// day closes once and only once it has passed, reports and "as at" figures go on from it and equal a
// full replay — also when a "from first use" expiry lands on a closed day after the closing.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadCourseBalanceAsOf } from "@/lib/courses/as-of-balance";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { loadLiabilityAsAt } from "@/lib/reports/as-of-liability";
import { asAtInstant, resolveAsAt } from "@/lib/reports/as-of-input";
import { closeLiabilityPeriod, listClosings } from "@/lib/reports/closings";
import { loadCourseValueFacts } from "@/lib/reports/course-value-facts";
import { foldCourse, groupByName } from "@/lib/reports/liability-fold";
import { loadLiability } from "@/lib/reports/liability";
import type { Period } from "@/lib/reports/period";
import { courseValueEvents, settleEvents } from "@/lib/reports/value-events";
import { createCourseTemplate } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;
const TODAY = "2026-09-15";

const close = (closedThrough: string, now: Date) => inTransaction((tx) => closeLiabilityPeriod(tx, { closedThrough }, { ...opContext(s.manager.id, now), timezone: TZ }), db);
const replayed = async (period: Period, today = TODAY) => {
  const facts = await loadCourseValueFacts(db, { purchasedBy: period.to }, period.to, TZ);
  return groupByName(facts.map((f) => ({ name: f.name, figures: foldCourse(settleEvents(courseValueEvents(f, today)), period) })));
};
const book = (clientId: number, lineId: number, date: string, hhmm: string, now: Date) =>
  inTransaction((tx) => bookAppointment(tx, { clientId, staffId: s.anna.id, startsAt: at(date, hhmm), clientCourseLineId: lineId }, opContext(s.manager.id, now)), db);
const checkout = (id: number, now: Date) => inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [id], paymentMethod: "CARD", confirmEarly: true }, opContext(s.manager.id, now)), db);

let laser: Awaited<ReturnType<typeof sell>>;
let firstUse: Awaited<ReturnType<typeof sell>>;
let oldSession: { id: number };

beforeAll(async () => {
  s = await buildSalon(db);
  const fromFirstUse = await createCourseTemplate(db, {
    name: "4 × Facial from first use",
    priceMinor: 20_000,
    validityMonths: 1,
    validityFrom: "FIRST_USE",
    lines: [{ serviceId: s.facial.id, quantity: 4 }],
  });
  // 1 Jun: Jane buys 6 × laser (£300). 2 Jun: one used (£50). 1 Jul: another (£50).
  laser = await sell(db, s, s.jane.id, s.laserCourse.id, at("2026-06-01", "10:00"));
  await checkout((await book(s.jane.id, laser.lines[0].id, "2026-06-02", "10:00", at("2026-06-01", "10:05"))).id, at("2026-06-02", "11:00"));
  const july = await book(s.jane.id, laser.lines[0].id, "2026-07-01", "10:00", at("2026-06-20", "09:00"));
  await checkout(july.id, at("2026-07-01", "11:00"));
  // 3 Jun: Tom buys 4 facials valid a month from the first; books one for 4 Jun and it is not checked out (yet).
  firstUse = await sell(db, s, s.tom.id, fromFirstUse.id, at("2026-06-03", "10:00"));
  oldSession = await book(s.tom.id, firstUse.lines[0].id, "2026-06-04", "10:00", at("2026-06-03", "10:05"));
});

describe("closing a period", () => {
  it("keeps every course's balance at the end of the day; equal to the live liability of that day", async () => {
    const live = (await replayed({ from: "2026-06-30", to: "2026-06-30" }, "2026-07-01")).total.closing;
    expect(live).toBe(25_000 + 20_000); // laser £300 − £50, facials £200 untouched
    const closing = await close("2026-06-30", at("2026-07-01", "08:00"));
    expect(closing).toMatchObject({ closedThrough: "2026-06-30", totalMinor: live, courses: 2, staffId: s.manager.id });
    expect(await db.liabilityClosingBalance.findMany({ where: { closingId: closing.id }, orderBy: { clientCourseId: "asc" } })).toEqual([
      { closingId: closing.id, clientCourseId: laser.clientCourseId, remainingMinor: 25_000, lastExpiredMinor: 0 },
      { closingId: closing.id, clientCourseId: firstUse.clientCourseId, remainingMinor: 20_000, lastExpiredMinor: 0 },
    ]);
    expect(await listClosings(db)).toEqual([
      { id: closing.id, closedThrough: "2026-06-30", totalMinor: 45_000, staffName: "Maya Manager", createdAt: at("2026-07-01", "08:00") },
    ]);
  });

  it("refuses a day closed already, and a day that has not ended", async () => {
    await expect(close("2026-06-30", at("2026-07-02", "08:00"))).rejects.toThrow(/Tue 30 Jun 2026 is already closed by Maya Manager on Wed 1 Jul 2026 at 08:00/);
    await expect(close("2026-07-02", at("2026-07-02", "18:00"))).rejects.toThrow(/has not ended yet/);
    await expect(close("2026-07-03", at("2026-07-02", "18:00"))).rejects.toThrow(/has not ended yet/);
    expect(await db.liabilityClosing.count()).toBe(1);
  });

  it("a report after the closing starts from it and equals the full replay", async () => {
    const july = { from: "2026-07-01", to: "2026-07-31" };
    const report = await loadLiability(db, july, TODAY, TZ);
    expect(report.from).toEqual({ closedThrough: "2026-06-30" });
    expect({ rows: report.rows, total: report.total }).toEqual(await replayed(july));
    expect(report.total).toMatchObject({ opening: 45_000, redeemed: 5_000 });
    // A period that begins on or before the closing replays everything.
    expect((await loadLiability(db, { from: "2026-06-15", to: "2026-07-31" }, TODAY, TZ)).from).toBeNull();
  });

  it("the liability as at the close of a closed day equals its closing; as at earlier moments the live figures", async () => {
    const close30 = await loadLiabilityAsAt(db, asAtInstant("2026-06-30", "23:59", TZ), TZ);
    expect(close30).toMatchObject({ day: "2026-06-30", totalMinor: 45_000, closing: { closedThrough: "2026-06-30", totalMinor: 45_000 } });
    expect(close30.rows).toEqual([
      { name: "4 × Facial from first use", courses: 1, owedMinor: 20_000 },
      { name: "6 × Laser underarm", courses: 1, owedMinor: 25_000 },
    ]);
    // 1 Jul, from the June closing: 10:59 before the second laser session, 11:00 after it.
    expect((await loadLiabilityAsAt(db, at("2026-07-01", "10:59"), TZ)).totalMinor).toBe(45_000);
    expect((await loadLiabilityAsAt(db, at("2026-07-01", "11:00"), TZ)).totalMinor).toBe(40_000);
    // Before anything was sold.
    expect((await loadLiabilityAsAt(db, at("2026-06-01", "09:59"), TZ)).totalMinor).toBe(0);
  });

  it("a course's balance as at a moment: circles and value then", async () => {
    const before = await loadCourseBalanceAsOf(db, laser.clientCourseId, at("2026-06-20", "08:00"), TZ);
    expect(before?.lines[0].balance).toEqual({ total: 6, redeemed: 1, booked: 0, free: 5, refunded: 0 });
    expect(before?.valueLeftMinor).toBe(25_000);
    const booked = await loadCourseBalanceAsOf(db, laser.clientCourseId, at("2026-06-20", "09:00"), TZ);
    expect(booked?.lines[0].balance).toEqual({ total: 6, redeemed: 1, booked: 1, free: 4, refunded: 0 });
    expect(booked?.lines[0].circles.map((c) => c.state)).toEqual(["redeemed", "booked", "free", "free", "free", "free"]);
    expect(await loadCourseBalanceAsOf(db, laser.clientCourseId, at("2026-05-31", "12:00"), TZ)).toBeNull();
  });

  it("a 'from first use' expiry fixed later on a closed day: that course is replayed, reports still equal the full replay", async () => {
    await close("2026-07-31", at("2026-08-01", "08:00"));
    // 20 Aug: the 4 Jun session is checked out at last; the course’s month runs from 4 Jun: its last day was 3 Jul.
    await checkout(oldSession.id, at("2026-08-20", "12:00"));
    expect((await db.clientCourse.findUniqueOrThrow({ where: { id: firstUse.clientCourseId } })).expiresOn).toBe("2026-07-03");
    for (const period of [
      { from: "2026-08-01", to: "2026-08-31" },
      { from: "2026-07-01", to: "2026-07-31" },
      { from: "2026-08-21", to: "2026-09-14" },
    ]) {
      const report = await loadLiability(db, period, TODAY, TZ);
      expect({ rows: report.rows, total: report.total }).toEqual(await replayed(period));
    }
    // The July closing (taken before the expiry was known) is kept as it was; as at its close, the records now say otherwise.
    const asAt = await loadLiabilityAsAt(db, asAtInstant("2026-07-31", "23:59", TZ), TZ);
    expect(asAt.closing?.totalMinor).toBe(40_000);
    expect(asAt.totalMinor).toBe((await replayed({ from: "2026-07-31", to: "2026-07-31" })).total.closing);
    expect(asAt.totalMinor).toBe(20_000);
  });
});

describe("as at input", () => {
  const now = at("2026-09-15", "12:00");
  it("reads a date and time, the day's close by default; refuses bad input and moments to come with a notice", () => {
    expect(resolveAsAt({}, now, TZ)).toEqual({ asAt: null, notices: [] });
    expect(resolveAsAt({ asAtDate: "2026-03-31" }, now, TZ).asAt).toEqual({ date: "2026-03-31", time: "23:59", at: asAtInstant("2026-03-31", "23:59", TZ) });
    expect(resolveAsAt({ asAtDate: "2026-03-31", asAtTime: "09:30" }, now, TZ).asAt?.at).toEqual(new Date(+at("2026-03-31", "09:30") + 59_999));
    expect(resolveAsAt({ asAtDate: "2026-02-30" }, now, TZ)).toEqual({ asAt: null, notices: ["“2026-02-30” is not a date, so no “as at” figures are shown."] });
    expect(resolveAsAt({ asAtDate: "2026-03-31", asAtTime: "25:00" }, now, TZ).notices).toEqual(["“25:00” is not a time (HH:MM), so no “as at” figures are shown."]);
    expect(resolveAsAt({ asAtDate: "2026-09-15", asAtTime: "13:00" }, now, TZ).notices).toEqual(["13:00 on Tue 15 Sep 2026 has not come yet: “as at” shows a moment that has passed."]);
    expect(resolveAsAt({ asAtDate: "2026-10-01" }, now, TZ).notices).toEqual(["Thu 1 Oct 2026 has not come yet: “as at” shows a moment that has passed."]);
    // The minute under way: as at now.
    expect(resolveAsAt({ asAtDate: "2026-09-15", asAtTime: "12:00" }, new Date(+now + 30_000), TZ).asAt?.at).toEqual(new Date(+now + 30_000));
  });
});
