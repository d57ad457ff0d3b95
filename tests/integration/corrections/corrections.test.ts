// Corrections that undo nothing silently: who cancelled, waiving a forfeit, voiding a checkout. Each is
// a compensating record with who, when and why; the original day's figures never change.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, type BookAppointmentInput } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { waiveForfeit } from "@/lib/courses/waive-forfeit";
import { loadCourseHistory } from "@/lib/courses/views/course-history";
import { inTransaction } from "@/lib/db";
import { checkIntegrity } from "@/lib/integrity/check";
import { loadDailyRedemptions } from "@/lib/reports/daily-redemptions";
import { loadDailySales } from "@/lib/reports/daily-sales";
import { loadLiability } from "@/lib/reports/liability";
import { reconcileReports } from "@/lib/reports/reconcile";
import { createClient, createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db, { lateCancelHours: 24, lateCancelPolicy: "FORFEIT", noShowPolicy: "FORFEIT" });
});

let n = 0;
async function newClient() {
  n += 1;
  const client = await createClient(db, { firstName: "Fix", lastName: `Client${n}`, phone: `+4477009300${String(n).padStart(2, "0")}` });
  const stylist = await createStaff(db, { name: `Corrector ${n}` });
  return { id: client.id, stylist: stylist.id };
}
const ctxAt = (date: string, hhmm: string) => ({ ...s.ctx, now: at(date, hhmm) });
const book = (input: BookAppointmentInput, date = "2026-06-01", hhmm = "08:00") => inTransaction((tx) => bookAppointment(tx, input, ctxAt(date, hhmm)));
const course = async (id: number, date = "2026-06-10") => (await loadClientCourse(db, id, TZ, at(date, "12:00")))!;
const settings = { timezone: TZ, currency: "GBP" };

describe("who cancelled", () => {
  it("a salon-caused cancellation inside the late window forfeits nothing and is recorded with its cause and note", async () => {
    const c = await newClient();
    const sold = await sell(db, s, c.id, s.laserCourse.id);
    const appt = await book({ clientId: c.id, staffId: c.stylist, startsAt: at("2026-06-02", "10:00"), clientCourseLineId: sold.lines[0].id });
    const { outcome } = await inTransaction((tx) =>
      cancelAppointment(tx, { appointmentId: appt.id, kind: "CANCEL", cause: "SALON", note: "Stylist ill" }, ctxAt("2026-06-02", "08:00")),
    );
    expect(outcome).toMatchObject({ late: false, forfeit: false });
    expect(await db.redemption.count({ where: { appointmentId: appt.id } })).toBe(0);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: appt.id } })).toMatchObject({
      status: "CANCELLED",
      cancelCause: "SALON",
      cancelNote: "Stylist ill",
      cancelledById: s.manager.id,
    });
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ free: 6, booked: 0, redeemed: 0 });
  });

  it("the same cancellation by the client is late and forfeits the session (salon policy)", async () => {
    const c = await newClient();
    const sold = await sell(db, s, c.id, s.laserCourse.id);
    const appt = await book({ clientId: c.id, staffId: c.stylist, startsAt: at("2026-06-02", "10:00"), clientCourseLineId: sold.lines[0].id });
    const { outcome } = await inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "CANCEL" }, ctxAt("2026-06-02", "08:00")));
    expect(outcome).toMatchObject({ late: true, forfeit: true });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: appt.id } })).toMatchObject({ cancelCause: "CLIENT" });
  });
});

describe("waiving a forfeit", () => {
  it("gives the session back as free by a compensating record; the forfeit stays, and its value comes back on the day of the waiver", async () => {
    const c = await newClient();
    const sold = await sell(db, s, c.id, s.laserCourse.id);
    const appt = await book({ clientId: c.id, staffId: c.stylist, startsAt: at("2026-06-03", "10:00"), clientCourseLineId: sold.lines[0].id });
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "NO_SHOW" }, ctxAt("2026-06-03", "10:30")));
    const forfeit = await db.redemption.findFirstOrThrow({ where: { appointmentId: appt.id } });
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ redeemed: 1, free: 5 });

    await inTransaction((tx) => waiveForfeit(tx, { redemptionId: forfeit.id, reason: "Hospital emergency" }, ctxAt("2026-06-05", "11:00")));
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ redeemed: 0, free: 6 });
    expect(await db.redemption.findUniqueOrThrow({ where: { id: forfeit.id } })).toMatchObject({ reason: "NO_SHOW", reversedAt: at("2026-06-05", "11:00") });
    const history = await loadCourseHistory(db, await course(sold.clientCourseId), settings);
    expect(history.map((e) => [e.kind, e.by, e.reason])).toEqual(
      expect.arrayContaining([
        ["forfeited", "Maya Manager", null],
        ["waived", "Maya Manager", "Hospital emergency"],
      ]),
    );
    // The forfeit's day keeps its figure; the value comes back on the waiver's day.
    expect((await loadDailyRedemptions(db, { from: "2026-06-03", to: "2026-06-03" })).total.forfeitedValue).toBe(5_000);
    expect((await loadDailyRedemptions(db, { from: "2026-06-05", to: "2026-06-05" })).total.reversedValue).toBe(5_000);
    expect((await loadLiability(db, { from: "2026-06-05", to: "2026-06-05" }, "2026-06-10", TZ)).total.reversed).toBe(5_000);
    // Waiving twice changes nothing.
    await expect(inTransaction((tx) => waiveForfeit(tx, { redemptionId: forfeit.id, reason: "again" }, ctxAt("2026-06-05", "12:00")))).resolves.toEqual({ waived: false });
    expect(await db.redemptionReversal.count({ where: { redemptionId: forfeit.id } })).toBe(1);
  });

  it("refuses to waive a checkout redemption (void it instead)", async () => {
    const c = await newClient();
    const sold = await sell(db, s, c.id, s.laserCourse.id);
    const appt = await book({ clientId: c.id, staffId: c.stylist, startsAt: at("2026-06-04", "10:00"), clientCourseLineId: sold.lines[0].id });
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [appt.id], paymentMethod: "CARD" }, ctxAt("2026-06-04", "10:40")));
    const redeemed = await db.redemption.findFirstOrThrow({ where: { appointmentId: appt.id } });
    await expect(inTransaction((tx) => waiveForfeit(tx, { redemptionId: redeemed.id, reason: "oops" }, ctxAt("2026-06-04", "11:00")))).rejects.toThrow(
      /void the checkout instead/,
    );
  });
});

describe("voiding a checkout", () => {
  it("reverses redemptions and charges by records dated the void day; the visit can be checked out again; voiding twice changes nothing", async () => {
    const c = await newClient();
    const sold = await sell(db, s, c.id, s.laserCourse.id);
    const courseAppt = await book({ clientId: c.id, staffId: c.stylist, startsAt: at("2026-06-06", "10:00"), clientCourseLineId: sold.lines[0].id });
    const single = await book({ clientId: c.id, staffId: c.stylist, startsAt: at("2026-06-06", "10:30"), serviceId: s.facial.id });
    const paid = await inTransaction((tx) =>
      checkoutVisit(tx, { appointmentIds: [courseAppt.id, single.id], paymentMethod: "CARD", idempotencyKey: `void-${c.id}` }, ctxAt("2026-06-06", "11:40")),
    );
    const june6 = { from: "2026-06-06", to: "2026-06-06" };
    const before = { sales: await loadDailySales(db, june6), redemptions: await loadDailyRedemptions(db, june6) };

    const v = await inTransaction((tx) => voidCheckout(tx, { saleId: paid.saleId, reason: "Wrong client checked out" }, ctxAt("2026-06-07", "09:00")));
    expect(v.alreadyVoid).toBe(false);
    // The original day's figures never change; the void day carries the reversal.
    expect(await loadDailySales(db, june6)).toEqual(before.sales);
    expect(await loadDailyRedemptions(db, june6)).toEqual(before.redemptions);
    const june7 = { from: "2026-06-07", to: "2026-06-07" };
    expect((await loadDailySales(db, june7)).total).toMatchObject({ voids: -6_000, total: -6_000 });
    expect((await loadDailyRedemptions(db, june7)).total).toMatchObject({ reversedCount: 1, reversedValue: 5_000 });
    // Back to Checked in; the session is booked again (orange).
    for (const id of [courseAppt.id, single.id]) expect((await db.appointment.findUniqueOrThrow({ where: { id } })).status).toBe("CHECKED_IN");
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 1, redeemed: 0, free: 5 });
    expect(await db.checkoutVoid.findUniqueOrThrow({ where: { saleId: paid.saleId } })).toMatchObject({ reason: "Wrong client checked out", staffId: s.manager.id, voidedOn: "2026-06-07" });

    // Voiding twice changes nothing; the void's own receipt cannot be voided.
    await expect(inTransaction((tx) => voidCheckout(tx, { saleId: paid.saleId, reason: "again" }, ctxAt("2026-06-07", "09:05")))).resolves.toMatchObject({ alreadyVoid: true });
    expect(await db.checkoutVoid.count({ where: { saleId: paid.saleId } })).toBe(1);
    await expect(inTransaction((tx) => voidCheckout(tx, { saleId: v.reversalSaleId!, reason: "undo the undo" }, ctxAt("2026-06-07", "09:10")))).rejects.toThrow(
      /itself a void/,
    );

    // Checked out again, correctly: a new charge and a new redemption for the same appointments.
    const again = await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [courseAppt.id, single.id], paymentMethod: "CASH" }, ctxAt("2026-06-07", "09:30")));
    expect(again.saleId).not.toBe(paid.saleId);
    expect(await db.redemption.count({ where: { appointmentId: courseAppt.id, reversedAt: null } })).toBe(1);
    expect(await db.saleLine.count({ where: { appointmentId: single.id, reversedAt: null } })).toBe(1);
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 0, redeemed: 1, free: 5 });
    expect((await checkIntegrity(db, at("2026-06-10", "12:00"))).findings).toEqual([]);
    expect((await reconcileReports(db, "2026-06-10", TZ)).disagreements).toEqual([]);
  });

  it("refuses a course sale (refund it instead)", async () => {
    const c = await newClient();
    const sold = await sell(db, s, c.id, s.laserCourse.id);
    await expect(inTransaction((tx) => voidCheckout(tx, { saleId: sold.saleId, reason: "mistake" }, s.ctx))).rejects.toThrow(/refunding the course/);
  });
});
