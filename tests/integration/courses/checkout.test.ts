import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { findRedeemableLines } from "@/lib/courses/find-redeemable";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db, { lateCancelHours: 24, lateCancelPolicy: "FORFEIT", noShowPolicy: "FORFEIT" });
});

const course = async (id: number) => (await loadClientCourse(db, id, TZ, s.ctx.now))!;
const later = (hhmm: string) => ({ ...s.ctx, now: at("2026-06-01", hhmm) });

describe("check-in prompt", () => {
  it("offers the valid course that expires first", async () => {
    const longer = await sell(db, s, s.tom.id, s.laserCourse.id); // 12 months
    const shorter = await sell(db, s, s.tom.id, s.facialPackage.id); // 6 months, facial line
    const facialAppt = { clientId: s.tom.id, serviceId: s.facial.id, startsAt: at("2026-06-01", "10:00"), endsAt: at("2026-06-01", "11:00") };
    const offers = await findRedeemableLines(db, facialAppt, TZ, NOW);
    expect(offers.map((o) => o.lineId)).toEqual([shorter.lines[0].id]);
    const laserOffers = await findRedeemableLines(db, { ...facialAppt, serviceId: s.laser.id }, TZ, NOW);
    expect(laserOffers.map((o) => o.lineId)).toEqual([longer.lines[0].id]);
  });

  it("redeem converts and checks in; decline checks in as a single", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const a = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "12:00"), serviceId: s.laser.id }, s.ctx));
    const b = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-01", "12:00"), serviceId: s.laser.id }, s.ctx));
    // Asked first: the prompt offers the course; then each answer checks in.
    expect(await inTransaction((tx) => checkIn(tx, { appointmentId: a.id }, later("11:45")))).toEqual({
      status: "PROMPT",
      offer: { lineId: sold.lines[0].id, courseName: "6 × Laser underarm", expiresLabel: "expires Mon 31 May 2027" },
    });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "BOOKED", clientCourseLineId: null });
    await inTransaction((tx) => checkIn(tx, { appointmentId: a.id, answer: { redeemFromLineId: sold.lines[0].id } }, later("11:45")));
    await inTransaction((tx) => checkIn(tx, { appointmentId: b.id, answer: { asSingle: true } }, later("11:45")));
    expect(await db.appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "CHECKED_IN", clientCourseLineId: sold.lines[0].id, startsAt: a.startsAt });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "CHECKED_IN", clientCourseLineId: null });
  });
});

describe("checkout", () => {
  it("redeems course appointments at no charge, charges singles, and counts only the singles as sales", async () => {
    const sold = await sell(db, s, s.jane.id, s.facialPackage.id);
    const facial = await inTransaction((tx) =>
      bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "14:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    const laser = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "15:00"), serviceId: s.laser.id }, s.ctx));
    const result = await inTransaction((tx) =>
      checkoutVisit(tx, { appointmentIds: [facial.id, laser.id], paymentMethod: "CARD", idempotencyKey: "visit-1" }, later("16:00")),
    );
    const sale = await db.sale.findUniqueOrThrow({ where: { id: result.saleId }, include: { lines: true, redemptions: true } });
    expect(sale.totalMinor).toBe(6000);
    expect(sale.lines).toHaveLength(1);
    expect(sale.redemptions).toHaveLength(1);
    // 3 facials (list £180) + 2 massages (list £80) sold for £130: facial line worth 13000*18000/26000 = £90, £30 a session.
    expect(sale.redemptions[0].valueMinor).toBe(3000);
    const view = await course(sold.clientCourseId);
    expect(view.lines[0].circles.map((c) => c.state)).toEqual(["redeemed", "free", "free"]);
    expect(await db.appointment.count({ where: { id: { in: [facial.id, laser.id] }, status: "COMPLETED" } })).toBe(2);
  });

  it("a doubled checkout (same key, or a retry without one, fired together) records one sale and one redemption", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const appt = await inTransaction((tx) =>
      bookAppointment(tx, { bookAnyway: true, clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-01", "17:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    const single = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-01", "17:30"), serviceId: s.massage.id }, s.ctx));
    const ids = [appt.id, single.id];
    const results = await Promise.allSettled([
      ...Array.from({ length: 4 }, () => inTransaction((tx) => checkoutVisit(tx, { appointmentIds: ids, paymentMethod: "CASH", idempotencyKey: "visit-2" }, later("18:00")))),
      ...Array.from({ length: 4 }, () => inTransaction((tx) => checkoutVisit(tx, { appointmentIds: ids, paymentMethod: "CASH" }, later("18:00")))),
    ]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const saleIds = new Set(results.map((r) => (r as PromiseFulfilledResult<{ saleId: number }>).value.saleId));
    expect(saleIds.size).toBe(1);
    expect(await db.redemption.count({ where: { appointmentId: appt.id } })).toBe(1);
    expect(await db.saleLine.count({ where: { appointmentId: single.id } })).toBe(1);
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ redeemed: 1, booked: 0, free: 5 });
  });

  it("refuses to check out an appointment in the future", async () => {
    const appt = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-05", "10:00"), serviceId: s.laser.id }, s.ctx));
    await expect(inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [appt.id], paymentMethod: "CARD" }, s.ctx))).rejects.toThrow(/future/);
  });

  it("starts a from-first-use validity at the first redeemed session", async () => {
    const template = await db.courseTemplate.update({ where: { id: s.laserCourse.id }, data: { validityFrom: "FIRST_USE", validityMonths: 3 } });
    const sold = await sell(db, s, s.jane.id, template.id);
    expect((await course(sold.clientCourseId)).expiresOn).toBeNull();
    const appt = await inTransaction((tx) =>
      bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-01", "09:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [appt.id], paymentMethod: "CARD" }, later("10:00")));
    expect((await course(sold.clientCourseId)).expiresOn).toBe("2026-08-31");
    await db.courseTemplate.update({ where: { id: s.laserCourse.id }, data: { validityFrom: "PURCHASE", validityMonths: 12 } });
  });
});

describe("cancel and no-show", () => {
  it("cancelling in good time gives the circle back", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const appt = await inTransaction((tx) =>
      bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-04", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    const { outcome } = await inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "CANCEL" }, s.ctx));
    expect(outcome).toMatchObject({ late: false, forfeit: false });
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 0, free: 6, redeemed: 0 });
  });

  it("a late cancellation and a no-show forfeit the session when the policy says so", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const late = await inTransaction((tx) =>
      bookAppointment(tx, { bookAnyway: true, clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-01", "19:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    const missed = await inTransaction((tx) =>
      bookAppointment(tx, { bookAnyway: true, clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-01", "08:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: late.id, kind: "CANCEL" }, s.ctx));
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: missed.id, kind: "NO_SHOW" }, s.ctx));
    const reasons = await db.redemption.findMany({ where: { appointmentId: { in: [late.id, missed.id] } }, select: { reason: true } });
    expect(reasons.map((r) => r.reason).sort()).toEqual(["LATE_CANCELLATION", "NO_SHOW"]);
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ redeemed: 2, booked: 0, free: 4 });
  });

  it("refuses a no-show before the appointment time", async () => {
    const appt = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-06", "10:00"), serviceId: s.laser.id }, s.ctx));
    await expect(inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "NO_SHOW" }, s.ctx))).rejects.toThrow(/once the appointment time/);
  });
});
