import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadReceipt } from "@/lib/checkout/load-receipt";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, type Salon } from "../../helpers/salon-fixture";

// The till: a visit paid by card and cash with change, discounts on a line and on the visit with a
// reason, what the receipt says of them, and a void paying back each method what it took.

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
  await db.salonSettings.update({ where: { id: 1 }, data: { address: "1 High Street, Bath", phone: "01225 000 000" } });
});

const later = (hhmm: string) => ({ ...s.ctx, now: at("2026-06-01", hhmm) });

async function twoSingles(clientId: number, from: string, second: string) {
  const laser = await inTransaction((tx) => bookAppointment(tx, { clientId, staffId: s.anna.id, startsAt: at("2026-06-01", from), serviceId: s.laser.id }, s.ctx));
  const massage = await inTransaction((tx) => bookAppointment(tx, { clientId, staffId: s.ben.id, startsAt: at("2026-06-01", second), serviceId: s.massage.id }, s.ctx));
  return { laser, massage };
}

describe("the till", () => {
  it("takes card and cash with change, after a line's discount and the visit's, and prints them", async () => {
    const { laser, massage } = await twoSingles(s.jane.id, "10:00", "10:30");
    // Laser £60 less £10 = £50; massage £40; then 10% off the visit: £9.00 shared £5 / £4 → £45 + £36 = £81.
    const { saleId } = await inTransaction((tx) =>
      checkoutVisit(
        tx,
        {
          appointmentIds: [laser.id, massage.id],
          paymentMethod: "CARD",
          split: { cardMinor: 5000, cashMinor: 3100 },
          cashReceivedMinor: 4000,
          discounts: [
            { appointmentId: laser.id, kind: "AMOUNT", minor: 1000 },
            { appointmentId: null, kind: "PERCENT", percent: 10 },
          ],
          discountReason: "Loyal client",
          idempotencyKey: "till-split-1",
        },
        later("11:15"),
      ),
    );
    const receipt = (await loadReceipt(db, saleId))!;
    expect(receipt).toMatchObject({ totalMinor: 8100, paymentMethod: "SPLIT", discountReason: "Loyal client", salonAddress: "1 High Street, Bath", salonPhone: "01225 000 000" });
    expect(receipt.lines.map((l) => [l.label, l.listMinor, l.discountMinor, l.amountMinor])).toEqual([
      ["Laser underarm", 6000, 1500, 4500],
      ["Back massage", 4000, 400, 3600],
    ]);
    expect(receipt.payments).toEqual([
      { method: "CARD", amountMinor: 5000, tenderedMinor: null, changeMinor: 0 },
      { method: "CASH", amountMinor: 3100, tenderedMinor: 4000, changeMinor: 900 },
    ]);

    // A void pays each method back what it took, and the books net to nothing.
    const { reversalSaleId } = await inTransaction((tx) => voidCheckout(tx, { saleId, reason: "Charged the wrong client" }, later("11:30")));
    const back = (await loadReceipt(db, reversalSaleId!))!;
    expect(back.totalMinor).toBe(-8100);
    expect(back.payments.map((p) => [p.method, p.amountMinor])).toEqual([
      ["CARD", -5000],
      ["CASH", -3100],
    ]);
  });

  it("refuses what does not add up, and changes nothing", async () => {
    const { laser, massage } = await twoSingles(s.tom.id, "12:00", "12:30");
    const base = { appointmentIds: [laser.id, massage.id], paymentMethod: "CASH" as const, idempotencyKey: "till-refused" };
    const attempt = (extra: object) => inTransaction((tx) => checkoutVisit(tx, { ...base, ...extra }, later("13:15")));
    await expect(attempt({ split: { cardMinor: 5000, cashMinor: 1000 } })).rejects.toThrow("add up to the total due");
    await expect(attempt({ cashReceivedMinor: 5000 })).rejects.toThrow("cash received is less");
    await expect(attempt({ discounts: [{ appointmentId: laser.id, kind: "AMOUNT", minor: 7000 }], discountReason: "Mistake" })).rejects.toThrow("more than what it is taken off");
    await expect(attempt({ discounts: [{ appointmentId: 999_999, kind: "PERCENT", percent: 10 }], discountReason: "Mistake" })).rejects.toThrow("not charged");
    await expect(
      attempt({ discounts: [{ appointmentId: null, kind: "PERCENT", percent: 10 }, { appointmentId: null, kind: "AMOUNT", minor: 100 }], discountReason: "Two" }),
    ).rejects.toThrow("one discount on the whole");
    expect(await db.sale.count({ where: { idempotencyKey: "till-refused" } })).toBe(0);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: laser.id } })).status).toBe("BOOKED");

    // Cash with change: recorded as received and given.
    const { saleId } = await attempt({ cashReceivedMinor: 12_000 });
    expect((await loadReceipt(db, saleId))!.payments).toEqual([{ method: "CASH", amountMinor: 10_000, tenderedMinor: 12_000, changeMinor: 2000 }]);
  });

  it("every sale's payments add up to its total", async () => {
    const sales = await db.sale.findMany({ include: { payments: true } });
    for (const sale of sales) expect(sale.payments.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(sale.totalMinor);
  });
});
