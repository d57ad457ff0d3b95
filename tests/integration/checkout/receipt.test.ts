import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadReceipt } from "@/lib/checkout/load-receipt";
import { refundCourse } from "@/lib/courses/refund-course";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const later = (hhmm: string) => ({ ...s.ctx, now: at("2026-06-01", hhmm) });

describe("loadReceipt", () => {
  it("prints the charged single as a line and the course session as a redemption, totalling only the single", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const laser = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    const massage = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-01", "10:30"), serviceId: s.massage.id }, s.ctx),
    );
    const { saleId } = await inTransaction((tx) =>
      checkoutVisit(tx, { appointmentIds: [laser.id, massage.id], paymentMethod: "CARD", idempotencyKey: "receipt-visit-1" }, later("11:15")),
    );

    const receipt = await loadReceipt(db, saleId, at("2026-06-01", "11:20"));
    expect(receipt).toMatchObject({
      saleId,
      salonName: "Test Salon",
      currency: "GBP",
      kind: "VISIT",
      takenOn: "2026-06-01",
      takenAt: "11:15",
      client: { id: s.jane.id, name: "Jane Doe" },
      takenBy: "Maya Manager",
      paymentMethod: "CARD",
      totalMinor: s.massage.priceMinor,
      calendarDate: "2026-06-01",
    });
    expect(receipt!.lines).toEqual([
      { id: expect.any(Number), kind: "SERVICE", label: "Back massage", detail: "10:30 with Ben Cole", amountMinor: s.massage.priceMinor, listMinor: s.massage.priceMinor, discountMinor: 0 },
    ]);
    expect(receipt!.redemptions).toEqual([
      { id: expect.any(Number), serviceName: "Laser underarm", courseNote: "6 × Laser underarm, session 1 of 6", detail: "10:00 with Anna Price" },
    ]);
    // Plain data: it survives a round trip through JSON unchanged (no Dates, no Prisma objects).
    expect(JSON.parse(JSON.stringify(receipt))).toEqual(receipt);
  });

  it("labels a course sale and its refund", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const bought = await loadReceipt(db, sold.saleId);
    expect(bought).toMatchObject({ kind: "COURSE", totalMinor: 30_000, redemptions: [] });
    expect(bought!.lines).toMatchObject([{ kind: "COURSE", label: "Course: 6 × Laser underarm", detail: null, amountMinor: 30_000 }]);

    const { saleId } = await inTransaction((tx) =>
      refundCourse(tx, { clientCourseId: sold.clientCourseId, amountMinor: 30_000, paymentMethod: "CARD", reason: "moved away", booked: [] }, later("12:00")),
    );
    const refund = await loadReceipt(db, saleId);
    expect(refund).toMatchObject({ kind: "REFUND", totalMinor: -30_000 });
    expect(refund!.lines).toMatchObject([{ label: "Refund: 6 × Laser underarm", amountMinor: -30_000 }]);
  });

  it("returns null for a sale that does not exist", async () => {
    expect(await loadReceipt(db, 999_999)).toBeNull();
    expect(await loadReceipt(db, 0)).toBeNull();
  });
});
