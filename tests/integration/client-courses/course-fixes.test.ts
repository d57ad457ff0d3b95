import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { adjustRemaining } from "@/lib/courses/manage-course";
import { refundableValue, refundCourse, unredeemedValue } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

// The fixes to the manager's operations: the "transferred" status, no transfer of an expired course,
// the refund cap of a course made by a transfer, and the value carried by ADJUST and TRANSFER changes.
const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const course = async (id: number) => (await loadClientCourse(db, id, TZ, s.ctx.now))!;
const book = (clientId: number, lineId: number, date: string, hhmm: string, staffId = s.anna.id) =>
  inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId, staffId, startsAt: at(date, hhmm), clientCourseLineId: lineId }, s.ctx));
const redeem = async (clientId: number, lineId: number, hhmm: string) => {
  const a = await book(clientId, lineId, "2026-06-01", hhmm, s.ben.id);
  await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [a.id], paymentMethod: "CARD" }, s.ctx));
  return a;
};
const transfer = (clientCourseId: number, toClientId: number) =>
  inTransaction((tx) => transferCourse(tx, { clientCourseId, toClientId, reason: "Gift" }, s.ctx));
const refund = (clientCourseId: number, amountMinor: number) =>
  inTransaction((tx) => refundCourse(tx, { clientCourseId, amountMinor, paymentMethod: "CASH", reason: "Leaving", booked: [] }, s.ctx));

describe("a course transferred away", () => {
  it("is labelled transferred once nothing is left, and the recipient's is active", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const created = await transfer(sold.clientCourseId, s.tom.id);
    expect(await course(sold.clientCourseId)).toMatchObject({ label: "transferred", transferredOut: true });
    expect(await course(created.id)).toMatchObject({ label: "active", clientId: s.tom.id, pricePaidMinor: 0 });
  });

  it("stays active while a booked session remains, then reads transferred", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const held = await book(s.jane.id, sold.lines[0].id, "2026-06-01", "15:00");
    await transfer(sold.clientCourseId, s.tom.id);
    expect((await course(sold.clientCourseId)).label).toBe("active");
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [held.id], paymentMethod: "CARD" }, { ...s.ctx, now: held.endsAt }));
    expect((await course(sold.clientCourseId)).label).toBe("transferred");
  });
});

describe("transferring an expired course", () => {
  it("is refused, and nothing is written", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id, at("2025-01-10", "10:00")); // expired 9 Jan 2026
    expect((await course(sold.clientCourseId)).label).toBe("expired");
    const before = await db.clientCourse.count();
    await expect(transfer(sold.clientCourseId, s.tom.id)).rejects.toThrow(/expired on Fri 9 Jan 2026; extend the expiry first/);
    expect(await db.clientCourse.count()).toBe(before);
    expect(await db.clientCourseChange.count({ where: { clientCourseId: sold.clientCourseId } })).toBe(0);
  });
});

describe("the refund cap", () => {
  it("lets a transferred-in course refund the value carried over, never more", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await redeem(s.jane.id, sold.lines[0].id, "08:00"); // £50 used
    const created = await transfer(sold.clientCourseId, s.tom.id); // 5 × £50 move
    const received = await course(created.id);
    expect(received.pricePaidMinor).toBe(0);
    expect(await refundableValue(db, received)).toBe(25_000);
    expect(await unredeemedValue(db, received)).toBe(25_000);
    await expect(refund(created.id, 25_001)).rejects.toThrow(/at most £250.00/);
    expect(await db.clientCourse.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "ACTIVE" });
    await refund(created.id, 25_000);
    expect((await course(created.id)).label).toBe("refunded");
  });

  it("takes what was transferred away off the course it left", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await redeem(s.jane.id, sold.lines[0].id, "08:30");
    await book(s.jane.id, sold.lines[0].id, "2026-06-02", "10:00");
    await transfer(sold.clientCourseId, s.tom.id); // 4 free sessions leave: £200
    const change = await db.clientCourseChange.findFirstOrThrow({ where: { clientCourseId: sold.clientCourseId, kind: "TRANSFER_OUT" } });
    expect(change).toMatchObject({ quantityDelta: -4, amountMinor: 20_000 });
    const left = await course(sold.clientCourseId);
    expect(await refundableValue(db, left)).toBe(10_000); // £300 paid − £200 moved
    expect(await unredeemedValue(db, left)).toBe(5_000); // the one booked session
  });
});

describe("amounts on ADJUST and TRANSFER changes", () => {
  it("values units a manager removes, not units added, and later units after them", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const lineId = sold.lines[0].id;
    await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: lineId, remaining: 4, reason: "Sold by mistake" }, s.ctx));
    await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: lineId, remaining: 5, reason: "Goodwill" }, s.ctx));
    const changes = await db.clientCourseChange.findMany({ where: { clientCourseLineId: lineId }, orderBy: { id: "asc" } });
    expect(changes.map((c) => [c.kind, c.quantityDelta, c.amountMinor])).toEqual([
      ["ADJUST", -2, 10_000],
      ["ADJUST", 1, 0],
    ]);
    const a = await redeem(s.jane.id, lineId, "09:00");
    expect(await db.redemption.findFirstOrThrow({ where: { appointmentId: a.id } })).toMatchObject({ valueMinor: 5_000 });
    // £300 − £100 removed − £50 redeemed; the gifted session adds no value.
    expect(await unredeemedValue(db, await course(sold.clientCourseId))).toBe(15_000);
  });

  it("records the value moved on both sides of a transfer", async () => {
    const sold = await sell(db, s, s.tom.id, s.facialPackage.id);
    const created = await transfer(sold.clientCourseId, s.jane.id);
    const out = await db.clientCourseChange.findMany({ where: { clientCourseId: sold.clientCourseId, kind: "TRANSFER_OUT" } });
    const inn = await db.clientCourseChange.findFirstOrThrow({ where: { clientCourseId: created.id, kind: "TRANSFER_IN" } });
    const total = out.reduce((a, c) => a + (c.amountMinor ?? 0), 0);
    expect(total).toBe(13_000);
    expect(inn.amountMinor).toBe(13_000);
    expect((await course(created.id)).lines.reduce((a, l) => a + l.valueMinor, 0)).toBe(13_000);
  });
});
