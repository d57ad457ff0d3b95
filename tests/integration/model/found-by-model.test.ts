// Disagreements the model-checked ledger (ledger-model.test.ts) found in lib/, each shrunk to the
// steps that show it, kept as plain examples beside their fixes.
import { expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { loadLiability } from "@/lib/reports/liability";
import { reconcileReports } from "@/lib/reports/reconcile";
import { createCourseTemplate } from "@/prisma/factories";
import { getTestDb, resetTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ } from "../../helpers/salon-fixture";

const db = getTestDb();
const eight = at("2026-06-01", "08:00");
const nine = at("2026-06-01", "09:00");
const minute = (n: number) => new Date(+nine + n * 60_000);

async function salon() {
  await resetTestDb(db);
  const s = await buildSalon(db, { lateCancelHours: 24, lateCancelPolicy: "FORFEIT", noShowPolicy: "FORFEIT" });
  const ctx = (now: Date) => ({ ...s.ctx, now });
  const book = (lineId: number, startsAt: Date) =>
    inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt, clientCourseLineId: lineId }, ctx(eight)));
  const checkout = (id: number, now: Date) => inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [id], paymentMethod: "CARD" }, ctx(now)));
  const voidIt = (saleId: number, now: Date) => inTransaction((tx) => voidCheckout(tx, { saleId, reason: "wrong visit" }, ctx(now)));
  const transfer = (clientCourseId: number) => inTransaction((tx) => transferCourse(tx, { clientCourseId, toClientId: s.jane.id, reason: "gift" }, ctx(eight)));
  return { s, book, checkout, voidIt, transfer };
}

// Found with MODEL_SAME_INSTANT=1 (seed 20260612); fixed in lib/reports/value-events.ts. It sorted one
// instant's events by kind, and "redeemed" and "reversed" shared a rank, so a redemption made at the
// same instant as a void (after it) was settled before the void's reversal, found nothing left and was
// cut to £0.
it("a void and a new checkout of the same visit at the same instant: the liability still equals the redemptions report", async () => {
  const { s, book, checkout, voidIt, transfer } = await salon();
  const short = await createCourseTemplate(db, { name: "2 × Laser, 1 month", priceMinor: 10_000, validityMonths: 1, lines: [{ serviceId: s.laser.id, quantity: 2 }] });
  const sold = await sell(db, s, s.tom.id, short.id, eight);
  const appt = await book(sold.lines[0].id, eight);
  await transfer(sold.clientCourseId); // the free session (£50) goes to Jane
  const paid = await checkout(appt.id, nine);
  await voidIt(paid.saleId, nine);
  await checkout(appt.id, nine);

  expect((await reconcileReports(db, "2026-06-01", TZ)).disagreements).toEqual([]);
  const liability = await loadLiability(db, { from: "2026-06-01", to: "2026-06-30" }, "2026-06-01", TZ);
  // Tom's £100: £50 transferred out, £50 + £50 redeemed, £50 of it given back by the void: nothing left.
  // Jane's £50 session is all that is still owed.
  expect(liability.total).toMatchObject({ sold: 10_000, transferredIn: 5_000, transferredOut: 5_000, redeemed: 10_000, reversed: 5_000, closing: 5_000 });
});

// Found with a £149.99 course (seed 20260612); fixed in lib/courses/redeem.ts (unitValue). A unit's
// value was only its place in the line: £149.99 for 3 is £50.00, £49.99, £50.00. After a void, the
// session checked out again was valued at the place after the units still used, not at the value the
// void gave back, so the line gave out more than it held: £50.00 transferred + £50.00 + £50.00
// redeemed (net of the void) = £150.00 from £149.99, and the reports disagreed by a penny.
it("a session checked out again after a void is worth what the void gave back: the line never gives out more than it holds", async () => {
  const { s, book, checkout, voidIt, transfer } = await salon();
  const facials = await createCourseTemplate(db, { name: "3 × Facial", priceMinor: 14_999, validityMonths: 1, lines: [{ serviceId: s.facial.id, quantity: 3 }] });
  const sold = await sell(db, s, s.tom.id, facials.id, eight);
  const first = await book(sold.lines[0].id, eight);
  const second = await book(sold.lines[0].id, at("2026-06-01", "09:00"));
  await transfer(sold.clientCourseId); // the free session goes to Jane: £50.00
  const paid = await checkout(first.id, minute(1)); // £49.99
  await checkout(second.id, minute(2)); // £50.00
  await voidIt(paid.saleId, minute(3)); // £49.99 back
  await checkout(first.id, minute(4)); // taken again: £50.00 today, one penny more than it gave back

  const values = await db.redemption.findMany({ where: { reversedAt: null }, select: { valueMinor: true } });
  const out = await db.clientCourseChange.aggregate({ where: { kind: "TRANSFER_OUT" }, _sum: { amountMinor: true } });
  expect(values.reduce((a, r) => a + r.valueMinor, 0) + (out._sum.amountMinor ?? 0)).toBeLessThanOrEqual(14_999);
  expect((await reconcileReports(db, "2026-06-01", TZ)).disagreements).toEqual([]);
});
