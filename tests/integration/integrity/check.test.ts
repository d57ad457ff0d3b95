import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { refundCourse } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction, type Tx } from "@/lib/db";
import { checkIntegrity, type FindingKind } from "@/lib/integrity/check";
import { formatIntegrityReport } from "@/lib/integrity/report";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;
/** Rows of the clean salon that the corruptions below tamper with. */
let ids: {
  laserLine: number;
  facialLine: number;
  redeemed: number; // a course appointment checked out
  bookedCourse: number; // a course appointment still booked
  bookedSingle: number;
  singleSale: number;
  laserCourse: number;
};

const ctxAt = (date: string, hhmm: string) => ({ ...s.ctx, now: at(date, hhmm) });
const book = (input: Parameters<typeof bookAppointment>[1]) => inTransaction((tx) => bookAppointment(tx, input, s.ctx));

beforeAll(async () => {
  s = await buildSalon(db, { noShowPolicy: "FORFEIT", lateCancelPolicy: "FORFEIT", lateCancelHours: 24 });
  const laser = await sell(db, s, s.jane.id, s.laserCourse.id);
  const pkg = await sell(db, s, s.tom.id, s.facialPackage.id);
  const minutes = await sell(db, s, s.jane.id, s.massageMinutes.id);

  // Redeemed at checkout with a single beside it; one course session and one single still booked.
  const redeemed = await book({ clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "10:00"), clientCourseLineId: laser.lines[0].id });
  const single = await book({ clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "10:30"), serviceId: s.facial.id });
  const visit = await inTransaction((tx) =>
    checkoutVisit(tx, { appointmentIds: [redeemed.id, single.id], paymentMethod: "CARD", idempotencyKey: "v1" }, ctxAt("2026-06-01", "12:00")),
  );
  const bookedCourse = await book({ clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:00"), clientCourseLineId: laser.lines[0].id });
  const bookedSingle = await book({ clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-03", "10:00"), serviceId: s.laser.id });
  // Minutes: 60 minutes of a 300-minute pool, back to back with the booked session (not an overlap).
  await book({ clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:30"), clientCourseLineId: minutes.lines[0].id, durationMinutes: 60 });

  // A forfeited no-show, a transfer, and a refund whose booked session became a single.
  const missed = await book({ clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-01", "09:00"), clientCourseLineId: pkg.lines[0].id });
  await inTransaction((tx) => cancelAppointment(tx, { appointmentId: missed.id, kind: "NO_SHOW" }, ctxAt("2026-06-01", "10:00")));
  await inTransaction((tx) => transferCourse(tx, { clientCourseId: pkg.clientCourseId, toClientId: s.jane.id, reason: "gift" }, s.ctx));
  const other = await sell(db, s, s.tom.id, s.laserCourse.id);
  const held = await book({ clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-04", "10:00"), clientCourseLineId: other.lines[0].id });
  await inTransaction((tx) =>
    refundCourse(
      tx,
      { clientCourseId: other.clientCourseId, amountMinor: 1000, paymentMethod: "CARD", reason: "moved away", booked: [{ appointmentId: held.id, action: "SINGLE" }] },
      s.ctx,
    ),
  );
  ids = {
    laserLine: laser.lines[0].id,
    facialLine: pkg.lines[0].id,
    redeemed: redeemed.id,
    bookedCourse: bookedCourse.id,
    bookedSingle: bookedSingle.id,
    singleSale: visit.saleId,
    laserCourse: laser.clientCourseId,
  };
});

class Rollback extends Error {}

/** Corrupts the database by hand inside a transaction, checks, then rolls everything back. */
async function kindsAfter(corrupt: (tx: Tx) => Promise<unknown>): Promise<FindingKind[]> {
  let kinds: FindingKind[] = [];
  await db
    .$transaction(async (tx) => {
      await corrupt(tx);
      kinds = (await checkIntegrity(tx)).findings.map((f) => f.kind);
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return kinds;
}

describe("integrity check", () => {
  it("finds nothing wrong in a salon run through the real operations", async () => {
    const report = await checkIntegrity(db);
    expect(formatIntegrityReport(report)).toMatch(/Clean: every rule holds/);
    expect(report.findings).toEqual([]);
    expect(report.checked.appointments).toBeGreaterThanOrEqual(7);
  });

  it("finds a line with more redeemed + booked than its total", async () => {
    const kinds = await kindsAfter((tx) =>
      tx.clientCourseChange.create({
        data: { clientCourseId: ids.laserCourse, clientCourseLineId: ids.laserLine, kind: "ADJUST", quantityDelta: -5, reason: "typo", staffId: s.manager.id },
      }),
    );
    expect(kinds).toEqual(["LINE_OVERDRAWN"]);
  });

  it("finds a redemption whose appointment was never completed", async () => {
    const kinds = await kindsAfter((tx) =>
      tx.redemption.create({ data: { appointmentId: ids.bookedCourse, clientCourseLineId: ids.laserLine, units: 1, valueMinor: 5000, redeemedOn: "2026-06-01" } }),
    );
    expect(kinds).toEqual(["REDEMPTION_STATE"]);
  });

  it("finds a redemption of a line the appointment is not linked to", async () => {
    const kinds = await kindsAfter((tx) => tx.redemption.updateMany({ where: { appointmentId: ids.redeemed }, data: { clientCourseLineId: ids.facialLine } }));
    expect(kinds).toContain("REDEMPTION_LINE");
  });

  it("finds an appointment redeemed twice, or both redeemed and charged", async () => {
    const twice = await kindsAfter(async (tx) => {
      // The database refuses a second redemption; drop its key (rolled back) to play a broken build.
      await tx.$executeRawUnsafe('DROP INDEX "Redemption_live_appointmentId_key"');
      await tx.redemption.create({ data: { appointmentId: ids.redeemed, clientCourseLineId: ids.laserLine, units: 1, valueMinor: 5000, redeemedOn: "2026-06-01" } });
    });
    expect(twice).toEqual(["DOUBLE_COUNTED"]);
    const charged = await kindsAfter(async (tx) => {
      await tx.saleLine.create({ data: { saleId: ids.singleSale, kind: "SERVICE", description: "Laser", amountMinor: 0, appointmentId: ids.redeemed } });
    });
    expect(charged).toEqual(["DOUBLE_COUNTED"]);
  });

  it("finds a completed appointment that was neither charged nor redeemed", async () => {
    const kinds = await kindsAfter((tx) => tx.appointment.update({ where: { id: ids.bookedSingle }, data: { status: "COMPLETED" } }));
    expect(kinds).toEqual(["UNSETTLED_COMPLETED"]);
  });

  it("finds a sale whose lines do not add up", async () => {
    const kinds = await kindsAfter((tx) => tx.sale.update({ where: { id: ids.singleSale }, data: { totalMinor: { increment: 1 } } }));
    expect(kinds).toEqual(["SALE_UNBALANCED"]);
  });

  it("finds overlapping live appointments of one staff member, not back-to-back ones", async () => {
    const kinds = await kindsAfter((tx) =>
      tx.appointment.create({
        data: { clientId: s.tom.id, staffId: s.anna.id, serviceId: s.laser.id, startsAt: at("2026-06-03", "10:15"), endsAt: at("2026-06-03", "10:45"), priceMinor: 6000 },
      }),
    );
    expect(kinds).toEqual(["STAFF_OVERLAP", "STAFF_OVERLAP"]); // it clashes with the session and with the minutes booking
    const cancelled = await kindsAfter((tx) =>
      tx.appointment.create({
        data: { clientId: s.tom.id, staffId: s.anna.id, serviceId: s.laser.id, startsAt: at("2026-06-03", "10:15"), endsAt: at("2026-06-03", "10:45"), priceMinor: 6000, status: "CANCELLED" },
      }),
    );
    expect(cancelled).toEqual([]);
  });

  it("finds an appointment on a line of another service or of another client's course", async () => {
    expect(await kindsAfter((tx) => tx.appointment.update({ where: { id: ids.bookedCourse }, data: { serviceId: s.massage.id } }))).toEqual(["WRONG_SERVICE"]);
    expect(await kindsAfter((tx) => tx.appointment.update({ where: { id: ids.bookedCourse }, data: { clientId: s.tom.id } }))).toEqual(["OTHER_CLIENTS_COURSE"]);
  });

  it("finds a session still held on a refunded course", async () => {
    const kinds = await kindsAfter((tx) => tx.clientCourse.update({ where: { id: ids.laserCourse }, data: { status: "REFUNDED" } }));
    expect(kinds).toEqual(["HELD_ON_REFUNDED"]);
  });
});
