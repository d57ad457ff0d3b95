// Checkout takes only what the desk ticks: the day's checked-in or started appointments are ticked at
// first, later ones are not; a single a course covers can be redeemed from it on its line; checking
// in or out well before the start asks first.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, type BookAppointmentInput } from "@/lib/appointments/book-appointment";
import { checkIn } from "@/lib/appointments/check-in";
import { checkoutVisit, type CheckoutInput } from "@/lib/checkout/checkout-visit";
import { loadVisit } from "@/lib/checkout/load-visit";
import { visitTotals } from "@/lib/checkout/visit-totals";
import { inTransaction } from "@/lib/db";
import { createClient, createService, createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
const DAY = "2026-06-01";
let s: Salon;
let colour: { id: number };

beforeAll(async () => {
  s = await buildSalon(db);
  colour = await createService(db, { name: "Colour", durationMinutes: 90, priceMinor: 9500 });
});

let n = 0;
/** A client and two stylists of their own, so tests never meet in the calendar. */
async function newClient() {
  n += 1;
  const client = await createClient(db, { firstName: "Visit", lastName: `Client${n}`, phone: `+4477009200${String(n).padStart(2, "0")}` });
  const [one, two] = [await createStaff(db, { name: `Stylist ${n}a` }), await createStaff(db, { name: `Stylist ${n}b` })];
  return { id: client.id, one: one.id, two: two.id };
}
const book = (input: BookAppointmentInput) => inTransaction((tx) => bookAppointment(tx, input, s.ctx));
const checkout = (input: Omit<CheckoutInput, "paymentMethod"> & { paymentMethod?: "CARD" | "CASH" }, hhmm: string) =>
  inTransaction((tx) => checkoutVisit(tx, { paymentMethod: "CARD", ...input }, { ...s.ctx, now: at(DAY, hhmm) }));
const state = (id: number) => db.appointment.findUniqueOrThrow({ where: { id }, include: { saleLines: true, redemptions: true } });

describe("checkout of a visit", () => {
  it("at 11:45, ticks the checked-in and started appointments only, not her 17:45 colour", async () => {
    const client = await newClient();
    const morning = await book({ clientId: client.id, staffId: client.one, startsAt: at(DAY, "11:00"), serviceId: s.facial.id });
    const afternoon = await book({ clientId: client.id, staffId: client.two, startsAt: at(DAY, "15:00"), serviceId: s.laser.id });
    const evening = await book({ clientId: client.id, staffId: client.one, startsAt: at(DAY, "17:45"), serviceId: colour.id });
    await inTransaction((tx) => checkIn(tx, { appointmentId: afternoon.id, confirmEarly: true }, { ...s.ctx, now: at(DAY, "11:40") }));
    const visit = (await loadVisit(db, client.id, DAY, at(DAY, "11:45")))!;
    expect(visit.items.map((i) => [i.serviceName, i.ticked, i.early !== null])).toEqual([
      ["Facial", true, false],
      ["Laser underarm", true, true],
      ["Colour", false, true],
    ]);
    const totals = visitTotals(visit.items, { ticked: new Set(visit.items.filter((i) => i.ticked).map((i) => i.appointmentId)), redeem: new Map() });
    expect(totals.dueMinor).toBe(6000 + 6000);
    expect(totals.leftOpen.map((i) => i.appointmentId)).toEqual([evening.id]);
    expect(morning.id).toBeGreaterThan(0);
  });

  it("completes and charges only the ticked lines; the unticked colour stays exactly as it was", async () => {
    const client = await newClient();
    const laser = await book({ clientId: client.id, staffId: client.two, startsAt: at(DAY, "15:00"), serviceId: s.laser.id });
    const later = await book({ clientId: client.id, staffId: client.one, startsAt: at(DAY, "17:45"), serviceId: colour.id });
    const before = await state(later.id);
    const { saleId } = await checkout({ appointmentIds: [laser.id], idempotencyKey: `tick-${client.id}` }, "15:40");
    const sale = await db.sale.findUniqueOrThrow({ where: { id: saleId }, include: { lines: true } });
    expect(sale).toMatchObject({ totalMinor: 6000, paymentMethod: "CARD" });
    expect(sale.lines.map((l) => l.appointmentId)).toEqual([laser.id]);
    expect((await state(laser.id)).status).toBe("COMPLETED");
    expect(await state(later.id)).toEqual(before);
  });

  it("checking out a line that starts well after now asks first, and writes nothing until confirmed", async () => {
    const client = await newClient();
    const later = await book({ clientId: client.id, staffId: client.one, startsAt: at(DAY, "17:45"), serviceId: colour.id });
    const sales = await db.sale.count();
    await expect(checkout({ appointmentIds: [later.id] }, "11:45")).rejects.toThrow("Colour starts at 17:45, in 6 h. Check it out now?");
    expect(await db.sale.count()).toBe(sales);
    expect((await state(later.id)).status).toBe("BOOKED");
    await checkout({ appointmentIds: [later.id], confirmEarly: true }, "11:45");
    expect((await state(later.id)).status).toBe("COMPLETED");
  });

  it("checking in well before the start asks first and changes nothing; within half an hour it does not ask", async () => {
    const client = await newClient();
    const a = await book({ clientId: client.id, staffId: client.two, startsAt: at(DAY, "17:45"), serviceId: colour.id });
    expect(await inTransaction((tx) => checkIn(tx, { appointmentId: a.id }, { ...s.ctx, now: at(DAY, "11:45") }))).toEqual({
      status: "EARLY",
      question: "Colour starts at 17:45, in 6 h. Check in now?",
    });
    expect((await state(a.id)).status).toBe("BOOKED");
    await inTransaction((tx) => checkIn(tx, { appointmentId: a.id }, { ...s.ctx, now: at(DAY, "17:20") }));
    expect((await state(a.id)).status).toBe("CHECKED_IN");
  });
});

describe("redeem from course on a checkout line", () => {
  it("a single booked online that the client's course covers is offered, and redeemed instead of charged", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, s.laserCourse.id);
    const single = await book({ clientId: client.id, staffId: client.one, startsAt: at(DAY, "10:00"), serviceId: s.laser.id, source: "ONLINE" });
    const visit = (await loadVisit(db, client.id, DAY, at(DAY, "10:40")))!;
    expect(visit.items[0].redeemOffer).toEqual({
      lineId: sold.lines[0].id,
      label: "6 × Laser underarm, session 1 of 6, expires Mon 31 May 2027",
      free: 6,
      units: 1,
    });
    const { saleId } = await checkout({ appointmentIds: [single.id], redeem: [{ appointmentId: single.id, lineId: sold.lines[0].id }] }, "10:40");
    const sale = await db.sale.findUniqueOrThrow({ where: { id: saleId }, include: { lines: true, redemptions: true } });
    // Nothing charged: a "Complete visit", recorded with no payment method.
    expect(sale).toMatchObject({ totalMinor: 0, paymentMethod: "NONE", lines: [] });
    expect(sale.redemptions).toEqual([expect.objectContaining({ appointmentId: single.id, clientCourseLineId: sold.lines[0].id, valueMinor: 5000 })]);
    const log = await db.courseBookingLog.findMany({ where: { appointmentId: single.id } });
    expect(log.map((l) => [l.action, l.reason])).toEqual([["BOOKED", "converted from a single service"]]);
  });

  it("two singles cannot both take the last free session: the second is refused and nothing is written", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, s.laserCourse.id);
    await db.clientCourseChange.create({
      data: { clientCourseId: sold.clientCourseId, clientCourseLineId: sold.lines[0].id, kind: "ADJUST", quantityDelta: -5, amountMinor: 25_000, reason: "test: one left", staffId: s.manager.id },
    });
    const a = await book({ clientId: client.id, staffId: client.one, startsAt: at(DAY, "12:00"), serviceId: s.laser.id });
    const b = await book({ clientId: client.id, staffId: client.two, startsAt: at(DAY, "12:00"), serviceId: s.laser.id });
    const line = sold.lines[0].id;
    const sales = await db.sale.count();
    await expect(
      checkout({ appointmentIds: [a.id, b.id], redeem: [{ appointmentId: a.id, lineId: line }, { appointmentId: b.id, lineId: line }] }, "12:40"),
    ).rejects.toThrow(/last free session/);
    expect(await db.sale.count()).toBe(sales);
    expect((await state(a.id)).clientCourseLineId).toBeNull();
    expect((await state(b.id)).clientCourseLineId).toBeNull();
  });
});
