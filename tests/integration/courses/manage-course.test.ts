import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { adjustRemaining, extendExpiry } from "@/lib/courses/manage-course";
import { refundCourse, unredeemedValue } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const course = async (id: number) => (await loadClientCourse(db, id, TZ, s.ctx.now))!;
const book = (clientId: number, lineId: number, date: string, hhmm: string, staffId = s.anna.id) =>
  inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId, staffId, startsAt: at(date, hhmm), clientCourseLineId: lineId }, s.ctx));

describe("manager changes to a client course", () => {
  it("edits what is left, never below what is booked, with the change recorded", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await book(s.jane.id, sold.lines[0].id, "2026-06-02", "10:00");
    await book(s.jane.id, sold.lines[0].id, "2026-06-03", "10:00");
    await expect(inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: sold.lines[0].id, remaining: 1, reason: "typo" }, s.ctx))).rejects.toThrow(
      /2 sessions are already booked/,
    );
    await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: sold.lines[0].id, remaining: 8, reason: "Goodwill: two extra sessions" }, s.ctx));
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ total: 8, booked: 2, free: 6 });
    const change = await db.clientCourseChange.findFirstOrThrow({ where: { clientCourseId: sold.clientCourseId } });
    expect(change).toMatchObject({ kind: "ADJUST", quantityDelta: 2, reason: "Goodwill: two extra sessions", staffId: s.manager.id });
  });

  it("extends the expiry only forward", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await expect(inTransaction((tx) => extendExpiry(tx, { clientCourseId: sold.clientCourseId, expiresOn: "2027-01-01", reason: "x" }, s.ctx))).rejects.toThrow(
      /must be after/,
    );
    await inTransaction((tx) => extendExpiry(tx, { clientCourseId: sold.clientCourseId, expiresOn: "2027-12-31", reason: "Illness" }, s.ctx));
    expect((await course(sold.clientCourseId)).expiresOn).toBe("2027-12-31");
    expect(await db.clientCourseChange.findFirst({ where: { clientCourseId: sold.clientCourseId, kind: "EXTEND" } })).toMatchObject({
      previousExpiresOn: "2027-05-31",
      newExpiresOn: "2027-12-31",
    });
  });

  it("transfers what is left to another client; booked sessions stay", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await book(s.jane.id, sold.lines[0].id, "2026-06-04", "10:00");
    const created = await inTransaction((tx) => transferCourse(tx, { clientCourseId: sold.clientCourseId, toClientId: s.tom.id, reason: "Gift to husband" }, s.ctx));
    const from = await course(sold.clientCourseId);
    const to = await course(created.id);
    expect(from.lines[0].balance).toMatchObject({ total: 1, booked: 1, free: 0 });
    expect(to).toMatchObject({ clientId: s.tom.id, expiresOn: "2027-05-31" });
    expect(to.lines[0].balance).toMatchObject({ total: 5, free: 5 });
    // The value moves with the sessions: £300 / 6 = £50 each, five of them.
    expect(to.lines[0].valueMinor).toBe(25_000);
    await expect(inTransaction((tx) => transferCourse(tx, { clientCourseId: sold.clientCourseId, toClientId: s.tom.id, reason: "again" }, s.ctx))).rejects.toThrow(
      /Nothing is left/,
    );
  });

  it("refunds: booked sessions are resolved first, the refund is a negative sale, nothing is left", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const used = await book(s.tom.id, sold.lines[0].id, "2026-06-01", "08:00", s.ben.id);
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [used.id], paymentMethod: "CARD" }, s.ctx));
    const keep = await book(s.tom.id, sold.lines[0].id, "2026-06-05", "10:00");
    const drop = await book(s.tom.id, sold.lines[0].id, "2026-06-06", "10:00");

    const view = await course(sold.clientCourseId);
    expect(await unredeemedValue(db, view)).toBe(25_000);
    await expect(
      inTransaction((tx) => refundCourse(tx, { clientCourseId: sold.clientCourseId, amountMinor: 25_000, paymentMethod: "CARD", reason: "Moving away", booked: [] }, s.ctx)),
    ).rejects.toThrow(/2 booked session/);

    const { saleId } = await inTransaction((tx) =>
      refundCourse(
        tx,
        {
          clientCourseId: sold.clientCourseId,
          amountMinor: 20_000,
          paymentMethod: "CARD",
          reason: "Moving away",
          booked: [
            { appointmentId: keep.id, action: "SINGLE" },
            { appointmentId: drop.id, action: "CANCEL" },
          ],
        },
        s.ctx,
      ),
    );
    const sale = await db.sale.findUniqueOrThrow({ where: { id: saleId }, include: { lines: true } });
    expect(sale).toMatchObject({ totalMinor: -20_000, saleOn: "2026-06-01" });
    expect(sale.lines[0]).toMatchObject({ kind: "COURSE", amountMinor: -20_000 });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: keep.id } })).toMatchObject({ status: "BOOKED", clientCourseLineId: null });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: drop.id } })).toMatchObject({ status: "CANCELLED" });
    const after = await course(sold.clientCourseId);
    expect(after).toMatchObject({ status: "REFUNDED", label: "refunded" });
    expect(after.lines[0].balance).toMatchObject({ redeemed: 1, booked: 0, free: 0, refunded: 5 });
    await expect(book(s.tom.id, sold.lines[0].id, "2026-06-07", "10:00")).rejects.toThrow(/refunded/);
  });
});
