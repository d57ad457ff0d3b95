// Every report figure for a small salon history made with the real operations, against totals
// worked out by hand (the arithmetic is in the comments).
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { adjustRemaining } from "@/lib/courses/manage-course";
import { refundCourse } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { loadDailyRedemptions } from "@/lib/reports/daily-redemptions";
import { loadDailySales } from "@/lib/reports/daily-sales";
import { loadExpiringCourses } from "@/lib/reports/expiring-courses";
import { loadLiability } from "@/lib/reports/liability";
import { impliedClosing } from "@/lib/reports/liability-fold";
import { loadReportCsv } from "@/lib/reports/load-report-csv";
import { createCourseTemplate } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;
const TODAY = "2026-09-15"; // the reports are read in mid-September
const JUNE = { from: "2026-06-01", to: "2026-06-30" };
const JULY = { from: "2026-07-01", to: "2026-07-31" };
const AUGUST = { from: "2026-08-01", to: "2026-08-31" };

const when = (date: string, hhmm: string) => opContext(s.manager.id, at(date, hhmm));
const book = (clientId: number, staffId: number, date: string, hhmm: string, line: { clientCourseLineId?: number; serviceId?: number }, now: string) =>
  inTransaction((tx) => bookAppointment(tx, { clientId, staffId, startsAt: at(date, hhmm), ...line }, when(now, "08:00")));
const checkout = (ids: number[], date: string, hhmm: string) =>
  inTransaction((tx) => checkoutVisit(tx, { appointmentIds: ids, paymentMethod: "CARD" }, when(date, hhmm)));

/*
 * The history (London time, summer 2026):
 *  A  Jane   6 × Laser underarm       £300 (6 × £50)          sold 1 Jun, expires 31 May 2027
 *  B  Tom    3 × Facial + 2 × Massage £130 (facial £90 = 3 × £30, massage £40) sold 1 Jun, expires 30 Nov
 *  D  Jane   2 × Facial taster        £100 (2 × £50)          sold 15 Jun, 1 month: expires 14 Jul
 *  C  Tom    6 × Laser underarm       3 sessions transferred from A on 10 Jun, worth £150
 *  E  Tom    300 minutes of massage   £300 (£1 a minute)      sold 3 Aug, no expiry
 */
beforeAll(async () => {
  s = await buildSalon(db, { lateCancelHours: 24, lateCancelPolicy: "FORFEIT", noShowPolicy: "FORFEIT" });
  const taster = await createCourseTemplate(db, { name: "2 × Facial taster", priceMinor: 10_000, validityMonths: 1, lines: [{ serviceId: s.facial.id, quantity: 2 }] });

  const a = await sell(db, s, s.jane.id, s.laserCourse.id, at("2026-06-01", "10:00"));
  const b = await sell(db, s, s.tom.id, s.facialPackage.id, at("2026-06-01", "10:05"));

  // 2 Jun: Jane uses a laser session from A (£50) and pays £40 for a single back massage.
  const laser1 = await book(s.jane.id, s.anna.id, "2026-06-02", "10:00", { clientCourseLineId: a.lines[0].id }, "2026-06-01");
  const single = await book(s.jane.id, s.ben.id, "2026-06-02", "11:00", { serviceId: s.massage.id }, "2026-06-01");
  await checkout([laser1.id, single.id], "2026-06-02", "12:00");

  // 3 Jun: Tom misses a facial from B: forfeited (£30).
  const missed = await book(s.tom.id, s.anna.id, "2026-06-03", "10:00", { clientCourseLineId: b.lines[0].id }, "2026-06-01");
  await inTransaction((tx) => cancelAppointment(tx, { appointmentId: missed.id, kind: "NO_SHOW" }, when("2026-06-03", "11:00")));

  // 5 Jun: a manager takes one session off A (5 left → 4): £50 leaves the liability.
  await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: a.lines[0].id, remaining: 4, reason: "Duplicate booking error" }, when("2026-06-05", "09:30")));

  // 6 Jun: Jane books a session on 2 Jul; 10 Jun: the other 3 free sessions go to Tom (course C, £150).
  const laser2 = await book(s.jane.id, s.anna.id, "2026-07-02", "10:00", { clientCourseLineId: a.lines[0].id }, "2026-06-06");
  const c = await inTransaction((tx) => transferCourse(tx, { clientCourseId: a.clientCourseId, toClientId: s.tom.id, reason: "Gift" }, when("2026-06-10", "12:00")));
  const cLine = await db.clientCourseLine.findFirstOrThrow({ where: { clientCourseId: c.id } });

  // 15 Jun: Jane buys the taster D; 20 Jun: uses one facial (£50).
  const d = await sell(db, s, s.jane.id, taster.id, at("2026-06-15", "10:00"));
  const facial = await book(s.jane.id, s.ben.id, "2026-06-20", "10:00", { clientCourseLineId: d.lines[0].id }, "2026-06-15");
  await checkout([facial.id], "2026-06-20", "11:30");

  // 2 Jul: Jane's booked session on A, after the transfer (£50). 6 Jul: Tom uses one from C (£150 / 3 = £50).
  await checkout([laser2.id], "2026-07-02", "11:00");
  const laser3 = await book(s.tom.id, s.ben.id, "2026-07-06", "10:00", { clientCourseLineId: cLine.id }, "2026-07-01");
  await checkout([laser3.id], "2026-07-06", "11:00");

  // 8 Jul: B is refunded; £80 is paid back, the £100 left on it is released.
  await inTransaction((tx) =>
    refundCourse(tx, { clientCourseId: b.clientCourseId, amountMinor: 8_000, paymentMethod: "CASH", reason: "Moving away", booked: [] }, when("2026-07-08", "12:00")),
  );
  // D expires after 14 Jul with one facial (£50) unused.

  // 3 Aug: Tom buys E; 4 Aug uses 30 minutes (£30); 9 Aug cancels a 30-minute booking for 10 Aug late (£30 forfeited).
  const e = await sell(db, s, s.tom.id, s.massageMinutes.id, at("2026-08-03", "10:00"));
  const massage1 = await book(s.tom.id, s.anna.id, "2026-08-04", "10:00", { clientCourseLineId: e.lines[0].id }, "2026-08-03");
  await checkout([massage1.id], "2026-08-04", "11:00");
  const massage2 = await book(s.tom.id, s.anna.id, "2026-08-10", "10:00", { clientCourseLineId: e.lines[0].id }, "2026-08-04");
  await inTransaction((tx) => cancelAppointment(tx, { appointmentId: massage2.id, kind: "CANCEL" }, when("2026-08-09", "12:00")));
});

const daysWith = <T extends { day: string }>(days: T[], pick: (d: T) => number) => days.filter((d) => pick(d) !== 0).map((d) => [d.day, pick(d)]);

describe("daily sales", () => {
  it("June: courses in full on the day sold, the single service on its day, no redemptions", async () => {
    const r = await loadDailySales(db, JUNE);
    expect(r.days).toHaveLength(30);
    expect(daysWith(r.days, (d) => d.total)).toEqual([
      ["2026-06-01", 43_000], // A £300 + B £130
      ["2026-06-02", 4_000], // the single back massage; A's redeemed session (£50) is not a sale
      ["2026-06-15", 10_000], // D £100
    ]);
    // Services £40; courses £300 + £130 + £100 = £530; total £570.
    expect(r.total).toEqual({ services: 4_000, courses: 53_000, other: 0, refunds: 0, voids: 0, total: 57_000, vat: 0, net: 57_000 });
  });

  it("the sale day has the course at full price; the redemption day does not have it", async () => {
    const r = await loadDailySales(db, { from: "2026-06-15", to: "2026-06-20" });
    expect(r.days[0]).toEqual({ day: "2026-06-15", services: 0, courses: 10_000, other: 0, refunds: 0, voids: 0, total: 10_000, vat: 0, net: 10_000 });
    expect(r.days[5]).toEqual({ day: "2026-06-20", services: 0, courses: 0, other: 0, refunds: 0, voids: 0, total: 0, vat: 0, net: 0 });
  });

  it("July: the refund is a negative amount on the day refunded; August: E in full", async () => {
    const july = await loadDailySales(db, JULY);
    expect(daysWith(july.days, (d) => d.refunds)).toEqual([["2026-07-08", -8_000]]); // £80 paid back, not the £100 released
    expect(july.total).toEqual({ services: 0, courses: 0, other: 0, refunds: -8_000, voids: 0, total: -8_000, vat: 0, net: -8_000 });
    expect((await loadDailySales(db, AUGUST)).total).toEqual({ services: 0, courses: 30_000, other: 0, refunds: 0, voids: 0, total: 30_000, vat: 0, net: 30_000 });
  });
});

describe("redemptions", () => {
  it("per day and in total, apart from sales", async () => {
    const june = await loadDailyRedemptions(db, JUNE);
    expect(june.days.filter((d) => d.redeemedValue || d.forfeitedValue).map(({ day, ...f }) => [day, f])).toEqual([
      ["2026-06-02", { sessions: 1, minutes: 0, redeemedValue: 5_000, forfeitedCount: 0, forfeitedValue: 0, reversedCount: 0, reversedValue: 0 }], // A: £300 / 6
      ["2026-06-03", { sessions: 0, minutes: 0, redeemedValue: 0, forfeitedCount: 1, forfeitedValue: 3_000, reversedCount: 0, reversedValue: 0 }], // B facial: £90 / 3
      ["2026-06-20", { sessions: 1, minutes: 0, redeemedValue: 5_000, forfeitedCount: 0, forfeitedValue: 0, reversedCount: 0, reversedValue: 0 }], // D: £100 / 2
    ]);
    expect(june.total).toEqual({ sessions: 2, minutes: 0, redeemedValue: 10_000, forfeitedCount: 1, forfeitedValue: 3_000, reversedCount: 0, reversedValue: 0 });
    // July: A after the transfer £50 + C £50.
    expect((await loadDailyRedemptions(db, JULY)).total).toEqual({ sessions: 2, minutes: 0, redeemedValue: 10_000, forfeitedCount: 0, forfeitedValue: 0, reversedCount: 0, reversedValue: 0 });
    // August: 30 minutes of E at £1 a minute, and 30 minutes forfeited by the late cancellation.
    expect((await loadDailyRedemptions(db, AUGUST)).total).toEqual({ sessions: 0, minutes: 30, redeemedValue: 3_000, forfeitedCount: 1, forfeitedValue: 3_000, reversedCount: 0, reversedValue: 0 });
  });
});

describe("course liability", () => {
  it("June per course and in total", async () => {
    const r = await loadLiability(db, JUNE, TODAY, TZ);
    const row = (name: string) => r.rows.find((x) => x.name === name)!;
    // Laser (A and C): sold £300; £150 moved from A to C (in and out); redeemed £50; adjusted £50.
    // Closing £300 + £150 − £150 − £50 − £50 = £200 (A £50 for the booked session + C £150).
    expect(row("6 × Laser underarm")).toEqual({
      name: "6 × Laser underarm",
      courses: 2,
      figures: { opening: 0, sold: 30_000, transferredIn: 15_000, transferredOut: 15_000, redeemed: 5_000, forfeited: 0, reversed: 0, adjusted: 5_000, refunded: 0, expired: 0, closing: 20_000 },
    });
    // B: £130 − £30 forfeited = £100.
    expect(row("3 × Facial + 2 × Back massage").figures).toMatchObject({ sold: 13_000, forfeited: 3_000, closing: 10_000 });
    // D: £100 − £50 = £50.
    expect(row("2 × Facial taster").figures).toMatchObject({ sold: 10_000, redeemed: 5_000, closing: 5_000 });
    // Total: 0 + 530 + 150 − 150 − 100 − 30 − 50 = £350.
    expect(r.total).toEqual({ opening: 0, sold: 53_000, transferredIn: 15_000, transferredOut: 15_000, redeemed: 10_000, forfeited: 3_000, reversed: 0, adjusted: 5_000, refunded: 0, expired: 0, closing: 35_000 });
  });

  it("July: the refund releases what was left on B, expiry releases what was left on D the day after its last day", async () => {
    const r = await loadLiability(db, JULY, TODAY, TZ);
    // 350 − redeemed (A £50 + C £50) − refunded B £100 − expired D £50 = £100 (C: £150 − £50).
    expect(r.total).toEqual({ opening: 35_000, sold: 0, transferredIn: 0, transferredOut: 0, redeemed: 10_000, forfeited: 0, reversed: 0, adjusted: 0, refunded: 10_000, expired: 5_000, closing: 10_000 });
    const expiryDay = await loadLiability(db, { from: "2026-07-15", to: "2026-07-15" }, TODAY, TZ);
    expect(expiryDay.total).toMatchObject({ opening: 5_000 + 10_000, expired: 5_000, closing: 10_000 }); // D £50 + C £100
    expect((await loadLiability(db, { from: "2026-07-14", to: "2026-07-14" }, TODAY, TZ)).total.expired).toBe(0);
  });

  it("August: a minutes course sold, redeemed and forfeited", async () => {
    const r = await loadLiability(db, AUGUST, TODAY, TZ);
    // 100 + 300 − 30 − 30 = £340.
    expect(r.total).toEqual({ opening: 10_000, sold: 30_000, transferredIn: 0, transferredOut: 0, redeemed: 3_000, forfeited: 3_000, reversed: 0, adjusted: 0, refunded: 0, expired: 0, closing: 34_000 });
  });

  it("over three consecutive periods each closing is the next opening and movements add up", async () => {
    const periods = [JUNE, JULY, AUGUST];
    const totals = await Promise.all(periods.map(async (p) => (await loadLiability(db, p, TODAY, TZ)).total));
    expect(totals.map((t) => [t.opening, t.closing])).toEqual([
      [0, 35_000],
      [35_000, 10_000],
      [10_000, 34_000],
    ]);
    for (const t of totals) expect(impliedClosing(t)).toBe(t.closing);
    // And the three months as one period: 0 + 830 + 150 − 150 − 230 − 60 − 50 − 100 − 50 = £340.
    const all = (await loadLiability(db, { from: JUNE.from, to: AUGUST.to }, TODAY, TZ)).total;
    expect(all).toEqual({ opening: 0, sold: 83_000, transferredIn: 15_000, transferredOut: 15_000, redeemed: 23_000, forfeited: 6_000, reversed: 0, adjusted: 5_000, refunded: 10_000, expired: 5_000, closing: 34_000 });
    // Per row too: every course name's closing in June is its opening in July.
    const [june, july] = await Promise.all([loadLiability(db, JUNE, TODAY, TZ), loadLiability(db, JULY, TODAY, TZ)]);
    for (const row of june.rows) expect(july.rows.find((r) => r.name === row.name)?.figures.opening ?? 0).toBe(row.figures.closing);
  });

  it("an expiry that has not come yet is not counted", async () => {
    // Read on 14 Jul, D is still valid: its £50 is still owed at the end of July.
    const r = await loadLiability(db, JULY, "2026-07-14", TZ);
    expect(r.total).toMatchObject({ expired: 0, closing: 15_000 });
  });
});

describe("expiring soon", () => {
  it("lists courses with something left that expire in the next 30 days, with what is left and its value", async () => {
    const r = await loadExpiringCourses(db, "2026-07-10", TZ, at("2026-07-10", "09:00"));
    expect(r).toMatchObject({ from: "2026-07-10", to: "2026-08-09" });
    expect(r.courses).toEqual([
      {
        clientCourseId: expect.any(Number),
        clientId: s.jane.id,
        clientName: "Jane Doe",
        courseName: "2 × Facial taster",
        expiresOn: "2026-07-14",
        lines: [{ serviceName: "Facial", unit: "SESSIONS", total: 2, left: 1, booked: 0 }],
        remainingValueMinor: 5_000, // £100 − £50
      },
    ]);
    // B (refunded) and the 2027 laser courses are not in it; after D's last day, neither is D.
    expect((await loadExpiringCourses(db, "2026-07-15", TZ, at("2026-07-15", "09:00"))).courses).toEqual([]);
  });
});

describe("CSV", () => {
  it("writes the June sales with a header, one row a day, decimal pounds and a total", async () => {
    const ctx = { timezone: TZ, currency: "GBP", today: TODAY, now: at(TODAY, "09:00") };
    const file = await loadReportCsv(db, "sales", JUNE, ctx);
    expect(file.filename).toBe("sales-2026-06-01-to-2026-06-30.csv");
    const lines = file.body.trim().split("\r\n");
    expect(lines).toHaveLength(1 + 30 + 1);
    expect(lines[0]).toBe("Date,Services,Courses & packages,Other,Refunds,Voids,Total");
    expect(lines[1]).toBe("2026-06-01,0.00,430.00,0.00,0.00,0.00,430.00");
    expect(lines.at(-1)).toBe("Total,40.00,530.00,0.00,0.00,0.00,570.00");
    const liability = await loadReportCsv(db, "liability", JUNE, ctx);
    // Opening, sold, transferred in, out, redeemed, forfeited, voided or waived, adjusted, refunded, expired, closing.
    expect(liability.body).toContain("Total,4,0.00,530.00,150.00,150.00,100.00,30.00,0.00,50.00,0.00,0.00,350.00");
  });
});
