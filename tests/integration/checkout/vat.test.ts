import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadReceipt } from "@/lib/checkout/load-receipt";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { refundCourse } from "@/lib/courses/refund-course";
import { inTransaction } from "@/lib/db";
import { loadDailySales } from "@/lib/reports/daily-sales";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";
import { getTestDb } from "../../helpers/test-db";

// VAT on a registered salon: a single charged at its service's rate (after a discount), a package
// taxed on its sale day pro-rata to its lines' rates, redemptions free of VAT, a refund and a void
// giving back what they reverse, and the sales report adding up exactly what the receipts print.

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
  await db.salonSettings.update({ where: { id: 1 }, data: { vatRegistered: true, vatRateBp: 2000, vatNumber: "GB123456789" } });
  await db.service.update({ where: { id: s.massage.id }, data: { vatRateBp: 500 } });
});

const on = (day: string, hhmm: string) => ({ ...s.ctx, now: at(day, hhmm) });
const vatOf = async (saleId: number) => (await loadReceipt(db, saleId))!.vat;

describe("VAT", () => {
  it("charges a single at its service's rate, after a discount, and prints it by rate", async () => {
    const laser = await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "10:00"), serviceId: s.laser.id }, s.ctx));
    const massage = await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-01", "10:30"), serviceId: s.massage.id }, s.ctx));
    const { saleId } = await inTransaction((tx) =>
      checkoutVisit(
        tx,
        { appointmentIds: [laser.id, massage.id], paymentMethod: "CARD", discounts: [{ appointmentId: laser.id, kind: "AMOUNT", minor: 1200 }], discountReason: "Regular" },
        on("2026-06-01", "11:15"),
      ),
    );
    // Laser £60 − £12 = £48 at 20% (£8.00); massage £40 at 5% (£1.90).
    const receipt = (await loadReceipt(db, saleId))!;
    expect(receipt.vatNumber).toBe("GB123456789");
    expect(receipt.vat).toEqual([
      { rateBp: 2000, grossMinor: 4800, vatMinor: 800, netMinor: 4000 },
      { rateBp: 500, grossMinor: 4000, vatMinor: 190, netMinor: 3810 },
    ]);

    // A void gives back exactly the VAT it reverses, on the day of the void.
    const { reversalSaleId } = await inTransaction((tx) => voidCheckout(tx, { saleId, reason: "Wrong client" }, on("2026-06-02", "09:30")));
    expect(await vatOf(reversalSaleId!)).toEqual([
      { rateBp: 2000, grossMinor: -4800, vatMinor: -800, netMinor: -4000 },
      { rateBp: 500, grossMinor: -4000, vatMinor: -190, netMinor: -3810 },
    ]);
  });

  it("taxes a package on its sale day pro-rata to its lines, and a partial refund gives back its share", async () => {
    // £130 over list £180 (facials) + £80 (massages): £90 at 20% (£15.00) and £40 at 5% (£1.90).
    const sold = await sell(db, s, s.tom.id, s.facialPackage.id, at("2026-06-03", "12:00"));
    expect(await vatOf(sold.saleId)).toEqual([
      { rateBp: 2000, grossMinor: 9000, vatMinor: 1500, netMinor: 7500 },
      { rateBp: 500, grossMinor: 4000, vatMinor: 190, netMinor: 3810 },
    ]);
    const { saleId } = await inTransaction((tx) =>
      refundCourse(tx, { clientCourseId: sold.clientCourseId, amountMinor: 6500, paymentMethod: "CARD", reason: "Moving away", booked: [] }, on("2026-06-04", "12:00")),
    );
    expect(await vatOf(saleId)).toEqual([
      { rateBp: 2000, grossMinor: -4500, vatMinor: -750, netMinor: -3750 },
      { rateBp: 500, grossMinor: -2000, vatMinor: -95, netMinor: -1905 },
    ]);
  });

  it("a full refund gives back all the VAT the course was sold with", async () => {
    const sold = await sell(db, s, s.jane.id, s.facialPackage.id, at("2026-06-04", "15:00"));
    const { saleId } = await inTransaction((tx) =>
      refundCourse(tx, { clientCourseId: sold.clientCourseId, amountMinor: 13000, paymentMethod: "CASH", reason: "Changed her mind", booked: [] }, on("2026-06-04", "16:00")),
    );
    expect(await vatOf(saleId)).toEqual([
      { rateBp: 2000, grossMinor: -9000, vatMinor: -1500, netMinor: -7500 },
      { rateBp: 500, grossMinor: -4000, vatMinor: -190, netMinor: -3810 },
    ]);
  });

  it("redeeming a session carries no VAT", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id, at("2026-06-05", "09:00"));
    const course = await db.clientCourse.findUniqueOrThrow({ where: { id: sold.clientCourseId }, include: { lines: true } });
    const a = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-05", "10:00"), serviceId: s.laser.id, clientCourseLineId: course.lines[0].id }, on("2026-06-05", "09:00")),
    );
    const { saleId } = await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [a.id], paymentMethod: "CARD" }, on("2026-06-05", "10:45")));
    expect(await vatOf(saleId)).toEqual([]);
  });

  it("the sales report's VAT is what the receipts print, and net + VAT = total each day", async () => {
    const report = await loadDailySales(db, { from: "2026-06-01", to: "2026-06-05" });
    const sales = await db.sale.findMany({ where: { saleOn: { gte: "2026-06-01", lte: "2026-06-05" } }, select: { id: true } });
    let printed = 0;
    for (const sale of sales) for (const r of await vatOf(sale.id)) printed += r.vatMinor;
    expect(report.total.vat).toBe(printed);
    for (const d of report.days) expect(d.net + d.vat).toBe(d.total);
    expect(report.days.find((d) => d.day === "2026-06-03")).toMatchObject({ total: 13000, vat: 1690, net: 11310 });
  });

  it("a salon that is not registered takes no VAT", async () => {
    await db.salonSettings.update({ where: { id: 1 }, data: { vatRegistered: false } });
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id, at("2026-06-06", "09:00"));
    expect(await vatOf(sold.saleId)).toEqual([]);
    await db.salonSettings.update({ where: { id: 1 }, data: { vatRegistered: true } });
  });
});
