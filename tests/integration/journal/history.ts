// Generated salon histories for the journal's reconciliation properties, run through the real
// operations (as tests/integration/reports/reconcile-property.test.ts does), with singles, split
// payments, discounts, voids, waived forfeits and refunds of any amount besides.
import fc from "fast-check";
import type { PrismaClient } from "@/generated/prisma/client";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { voidCheckout } from "@/lib/checkout/void-checkout";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { adjustRemaining, extendExpiry } from "@/lib/courses/manage-course";
import { refundCourse, unredeemedValue } from "@/lib/courses/refund-course";
import { sellCourse } from "@/lib/courses/sell-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { waiveForfeit } from "@/lib/courses/waive-forfeit";
import { inTransaction } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { addDaysToDate, addMonthsToDate, salonDateOf } from "@/lib/time";
import { createCourseTemplate } from "@/prisma/factories";
import { resetTestDb } from "../../helpers/test-db";
import { at, buildSalon, TZ } from "../../helpers/salon-fixture";

export const START = "2026-06-01";

export const op = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("sell" as const), client: fc.nat(1), template: fc.nat(4), cash: fc.boolean() }) },
  {
    weight: 7,
    arbitrary: fc.record({
      kind: fc.constant("book" as const),
      course: fc.nat(20),
      line: fc.nat(1),
      single: fc.boolean(),
      days: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant("last day" as const)),
      slot: fc.nat(23),
      minutes: fc.constantFrom(30, 60),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("checkout" as const),
      appointment: fc.nat(40),
      pay: fc.constantFrom("CARD" as const, "CASH" as const, "SPLIT" as const),
      discountPercent: fc.constantFrom(0, 0, 10, 33),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), appointment: fc.nat(40), noShow: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("void" as const), sale: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("waive" as const), redemption: fc.nat(40) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      hours: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 48 }) }, { weight: 1, arbitrary: fc.integer({ min: 48, max: 24 * 30 }) }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("adjust" as const), course: fc.nat(20), by: fc.integer({ min: -2, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("extend" as const), course: fc.nat(20), months: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("transfer" as const), course: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("refund" as const), course: fc.nat(20), cancel: fc.boolean(), share: fc.constantFrom(0, 50, 100), cash: fc.boolean() }) },
);

export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/**
 * Runs one history; refusals (expired, taken, in the future…) are part of life and change nothing.
 * `vat`: a VAT-registered salon (20%, back massage at 5%, so a package mixes rates): the till
 * writes its own VAT rows.
 */
export async function runHistory(db: PrismaClient, ops: Op[], { vat = false } = {}): Promise<{ today: string }> {
  await resetTestDb(db);
  const s = await buildSalon(db, { lateCancelHours: 24, lateCancelPolicy: "FORFEIT", noShowPolicy: "FORFEIT" });
  if (vat) {
    await db.salonSettings.update({ where: { id: 1 }, data: { vatRegistered: true, vatRateBp: 2000 } });
    await db.service.update({ where: { id: s.massage.id }, data: { vatRateBp: 500 } });
  }
  const shortCourse = await createCourseTemplate(db, { name: "3 × Laser, 1 month", priceMinor: 10_000, validityMonths: 1, lines: [{ serviceId: s.laser.id, quantity: 3 }] });
  const firstUse = await createCourseTemplate(db, {
    name: "4 × Facial from first use",
    priceMinor: 19_999,
    validityMonths: 1,
    validityFrom: "FIRST_USE",
    lines: [{ serviceId: s.facial.id, quantity: 4 }],
  });
  const templates = [s.laserCourse.id, s.facialPackage.id, s.massageMinutes.id, shortCourse.id, firstUse.id];
  const clients = [s.jane.id, s.tom.id];
  let now = at(START, "08:00");
  const ctx = () => ({ ...s.ctx, now });
  const sell = async (clientId: number, templateId: number, cash: boolean) =>
    (await inTransaction((tx) => sellCourse(tx, { clientId, templateId, paymentMethod: cash ? "CASH" : "CARD" }, ctx()), db)).clientCourseId;
  const courses: number[] = [await sell(s.jane.id, shortCourse.id, false), await sell(s.tom.id, firstUse.id, true)];
  const appointments: number[] = [];
  const pick = <T,>(xs: T[], i: number) => (xs.length ? xs[i % xs.length] : undefined);

  for (const o of ops) {
    try {
      if (o.kind === "advance") now = new Date(+now + o.hours * 3600_000);
      else if (o.kind === "sell") courses.push(await sell(clients[o.client], templates[o.template], o.cash));
      else if (o.kind === "book") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const line = course.lines[o.line % course.lines.length];
        const day = o.days === "last day" ? course.expiry : addDaysToDate(salonDateOf(now, TZ), o.days);
        if (!day) continue;
        const staffId = o.slot % 2 ? s.anna.id : s.ben.id;
        const startsAt = at(day, `${String(8 + Math.floor(o.slot / 2)).padStart(2, "0")}:00`);
        const a = await inTransaction((tx) =>
          bookAppointment(
            tx,
            o.single
              ? { clientId: course.clientId, staffId, startsAt, serviceId: line.serviceId }
              : { clientId: course.clientId, staffId, startsAt, clientCourseLineId: line.id, durationMinutes: course.unit === "MINUTES" ? o.minutes : undefined },
            ctx(),
          ),
        );
        appointments.push(a.id);
      } else if (o.kind === "checkout") {
        const due = await db.appointment.findMany({
          where: { id: { in: appointments }, status: { in: ["BOOKED", "CHECKED_IN"] }, startsAt: { lte: now } },
          select: { id: true, priceMinor: true, clientCourseLineId: true },
          orderBy: { id: "asc" },
        });
        const a = pick(due, o.appointment);
        if (a === undefined) continue;
        const charged = a.clientCourseLineId ? 0 : a.priceMinor - Math.round((a.priceMinor * o.discountPercent) / 100);
        const discounts = o.discountPercent && !a.clientCourseLineId ? [{ appointmentId: a.id, kind: "PERCENT" as const, percent: o.discountPercent }] : undefined;
        await inTransaction((tx) =>
          checkoutVisit(
            tx,
            {
              appointmentIds: [a.id],
              paymentMethod: o.pay === "CASH" ? "CASH" : "CARD",
              split: o.pay === "SPLIT" ? { cardMinor: charged - Math.floor(charged / 3), cashMinor: Math.floor(charged / 3) } : undefined,
              discounts,
              discountReason: discounts ? "property test" : undefined,
              confirmEarly: true,
            },
            ctx(),
          ),
        );
      } else if (o.kind === "cancel") {
        const id = pick(appointments, o.appointment);
        if (id === undefined) continue;
        await inTransaction((tx) => cancelAppointment(tx, { appointmentId: id, kind: o.noShow ? "NO_SHOW" : "CANCEL" }, ctx()));
      } else if (o.kind === "void") {
        const sales = await db.sale.findMany({ where: { totalMinor: { gte: 0 }, lines: { none: { kind: "COURSE" } } }, select: { id: true }, orderBy: { id: "asc" } });
        const sale = pick(sales, o.sale);
        if (sale === undefined) continue;
        await inTransaction((tx) => voidCheckout(tx, { saleId: sale.id, reason: "property test" }, ctx()));
      } else if (o.kind === "waive") {
        const forfeits = await db.redemption.findMany({ where: { reason: { not: "CHECKOUT" }, reversedAt: null }, select: { id: true }, orderBy: { id: "asc" } });
        const r = pick(forfeits, o.redemption);
        if (r === undefined) continue;
        await inTransaction((tx) => waiveForfeit(tx, { redemptionId: r.id, reason: "property test" }, ctx()));
      } else if (o.kind === "adjust") {
        const id = pick(courses, o.course);
        if (id === undefined || o.by === 0) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const line = course.lines[0];
        await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: line.id, remaining: line.balance.total - line.balance.redeemed + o.by, reason: "property test" }, ctx()));
      } else if (o.kind === "extend") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        if (!course.expiry) continue;
        await inTransaction((tx) => extendExpiry(tx, { clientCourseId: id, expiresOn: addMonthsToDate(course.expiry!, o.months), reason: "property test" }, ctx()));
      } else if (o.kind === "transfer") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const to = clients.find((c) => c !== course.clientId)!;
        courses.push((await inTransaction((tx) => transferCourse(tx, { clientCourseId: id, toClientId: to, reason: "property test" }, ctx()))).id);
      } else if (o.kind === "refund") {
        const id = pick(courses, o.course);
        if (id === undefined) continue;
        const course = (await loadClientCourse(db, id, TZ, now))!;
        const booked = course.lines.flatMap((l) => l.facts.bookings.map((b) => ({ appointmentId: b.appointmentId, action: o.cancel ? ("CANCEL" as const) : ("SINGLE" as const) })));
        const unused = await unredeemedValue(db, course);
        await inTransaction((tx) =>
          refundCourse(
            tx,
            { clientCourseId: id, amountMinor: Math.floor((unused * o.share) / 100), paymentMethod: o.cash ? "CASH" : "CARD", reason: "property test", booked },
            ctx(),
          ),
        );
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
  }
  return { today: salonDateOf(now, TZ) };
}
