import { beforeAll, describe, expect, it } from "vitest";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { inTransaction } from "@/lib/db";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { redeemAppointment } from "@/lib/courses/redeem";
import { waiveForfeit } from "@/lib/courses/waive-forfeit";
import { loadBookableLine } from "@/lib/client-portal/bookable-line";
import { bookCourseSession } from "@/lib/client-portal/book-session";
import { cancelMyAppointment } from "@/lib/client-portal/cancel-visit";
import { loadClientPortal } from "@/lib/client-portal/load-portal";
import { loadSessionDays } from "@/lib/client-portal/session-times";
import { opContext } from "@/lib/op-context";
import { createClient, createCourseTemplate } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, TZ, type Salon } from "../../helpers/salon-fixture";
import { rowCounts } from "../security/fake-request";

// The client's own page on a real database, on the tests' fixed clock (Monday 1 June 2026, 09:00).
const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const book = (clientId: number, lineId: number, startsAt: Date, staffId: number | null = null, now = NOW) =>
  inTransaction((tx) => bookCourseSession(tx, clientId, { lineId, staffId, startsAt }, now));
const cancel = (clientId: number, appointmentId: number, forfeitAccepted = false, now = NOW) =>
  inTransaction((tx) => cancelMyAppointment(tx, clientId, { appointmentId, forfeitAccepted }, now));
const balance = async (courseId: number) => (await loadClientCourse(db, courseId, TZ, NOW))!.lines[0].balance;

describe("booking a session from the client's own course", () => {
  it("holds a unit of that line at once (orange at the desk), online and by nobody on the staff, with a confirmation queued", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const { appointmentId } = await book(s.jane.id, sold.lines[0].id, at("2026-06-03", "10:00"), s.anna.id);
    const appt = await db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(appt).toMatchObject({ clientId: s.jane.id, staffId: s.anna.id, serviceId: s.laser.id, clientCourseLineId: sold.lines[0].id, source: "ONLINE", createdById: null, status: "BOOKED" });
    expect(await balance(sold.clientCourseId)).toMatchObject({ total: 6, booked: 1, free: 5 });
    const course = (await loadClientCourse(db, sold.clientCourseId, TZ, NOW))!;
    expect(course.lines[0].circles[0]).toEqual({ number: 1, state: "booked", appointmentId });
    expect(await db.outboxMessage.count({ where: { appointmentId, kind: "CONFIRMATION" } })).toBe(1);
  });

  it("with Anyone, goes to someone free who does the treatment", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const { appointmentId } = await book(s.tom.id, sold.lines[0].id, at("2026-06-04", "11:00"));
    const { staffId } = await db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(await db.staffService.count({ where: { staffId, serviceId: s.laser.id } })).toBe(1);
  });

  it("refuses another client's line, a time not offered, a time gone and a time past, writing nothing", async () => {
    const janes = await sell(db, s, s.jane.id, s.laserCourse.id);
    const taken = await book(s.jane.id, janes.lines[0].id, at("2026-06-05", "10:00"), s.anna.id);
    const toms = await db.clientCourseLine.findFirstOrThrow({ where: { clientCourse: { clientId: s.tom.id } } });
    const before = await rowCounts(db);
    await expect(book(s.jane.id, toms.id, at("2026-06-05", "12:00"))).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/could not find that course/) });
    await expect(book(s.jane.id, 999_999, at("2026-06-05", "12:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(book(s.jane.id, janes.lines[0].id, at("2026-06-05", "10:05"), s.anna.id)).rejects.toMatchObject({ code: "SLOT_TAKEN" });
    await expect(book(s.tom.id, toms.id, at("2026-06-05", "10:00"), s.anna.id)).rejects.toMatchObject({ code: "SLOT_TAKEN", message: expect.stringMatching(/just gone/) });
    await expect(book(s.jane.id, janes.lines[0].id, at("2026-06-01", "08:00"))).rejects.toMatchObject({ message: expect.stringMatching(/already passed/) });
    expect(await rowCounts(db)).toEqual(before);
    expect(taken.appointmentId).toBeGreaterThan(0);
  });

  it("offers only days inside the course's validity, and refuses a session after its expiry", async () => {
    const month = await createCourseTemplate(db, { name: "2 × Laser underarm (1 month)", priceMinor: 9_000, validityMonths: 1, lines: [{ serviceId: s.laser.id, quantity: 2 }] });
    const client = await createClient(db, { firstName: "Val", lastName: "Idity", email: "val@example.com" });
    const sold = await sell(db, s, client.id, month.id);
    const bookable = await inTransaction((tx) => loadBookableLine(tx, client.id, sold.lines[0].id, NOW));
    const strip = await inTransaction((tx) => loadSessionDays(tx, bookable, { staffId: null, from: "2026-06-29", days: 4 }, NOW));
    expect(strip.days.map((d) => d.state)).toEqual(["open", "open", "outside", "outside"]);
    const before = await rowCounts(db);
    await expect(book(client.id, sold.lines[0].id, at("2026-07-01", "10:00"))).rejects.toMatchObject({ message: expect.stringMatching(/can be used until Tue 30 Jun 2026/) });
    expect(await rowCounts(db)).toEqual(before);
    await expect(book(client.id, sold.lines[0].id, at("2026-06-30", "10:00"))).resolves.toMatchObject({ appointmentId: expect.any(Number) });
  });

  it("refuses a line with nothing free and a treatment the salon keeps off online booking", async () => {
    const client = await createClient(db, { firstName: "Nell", lastName: "Full", email: "nell@example.com" });
    const small = await createCourseTemplate(db, { name: "1 × Laser underarm", priceMinor: 5_000, validityMonths: 12, lines: [{ serviceId: s.laser.id, quantity: 1 }] });
    const sold = await sell(db, s, client.id, small.id);
    await book(client.id, sold.lines[0].id, at("2026-06-08", "09:00"));
    await expect(book(client.id, sold.lines[0].id, at("2026-06-08", "15:00"))).rejects.toMatchObject({ code: "COURSE_NOT_VALID", message: expect.stringMatching(/No free sessions left/) });
    await db.service.update({ where: { id: s.massage.id }, data: { bookableOnline: false } });
    try {
      const pkg = await sell(db, s, client.id, s.facialPackage.id);
      const massageLine = pkg.lines.find((l) => l.serviceId === s.massage.id)!;
      await expect(book(client.id, massageLine.id, at("2026-06-08", "16:00"))).rejects.toMatchObject({ message: expect.stringMatching(/please call the salon/) });
      const portal = (await loadClientPortal(db, client.id, NOW))!;
      const lines = portal.courses.find((c) => c.id === pkg.clientCourseId)!.lines;
      expect(lines.map((l) => l.bookRefusal)).toEqual([null, "To book this treatment, please call the salon."]);
    } finally {
      await db.service.update({ where: { id: s.massage.id }, data: { bookableOnline: true } });
    }
  });
});

describe("cancelling from the client's page", () => {
  it("cancels the client's own booking and gives the session back; someone else's is not found and untouched", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const { appointmentId } = await book(s.jane.id, sold.lines[0].id, at("2026-06-09", "10:00"), s.ben.id);
    const before = await rowCounts(db);
    await expect(cancel(s.tom.id, appointmentId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowCounts(db)).toEqual(before);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).status).toBe("BOOKED");

    expect(await cancel(s.jane.id, appointmentId)).toMatchObject({ outcome: { forfeit: false } });
    const appt = await db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(appt).toMatchObject({ status: "CANCELLED", cancelCause: "CLIENT", cancelledById: null });
    expect(await balance(sold.clientCourseId)).toMatchObject({ booked: 0, free: 6 });
    await expect(cancel(s.jane.id, appointmentId)).resolves.toEqual({ appointmentId, outcome: null });
  });

  it("inside the late window under a forfeit policy: says so first, and only then forfeits", async () => {
    await db.salonSettings.update({ where: { id: 1 }, data: { lateCancelPolicy: "FORFEIT", lateCancelHours: 24 } });
    try {
      const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
      const { appointmentId } = await book(s.jane.id, sold.lines[0].id, at("2026-06-01", "17:00"), s.anna.id);
      const portal = (await loadClientPortal(db, s.jane.id, NOW))!;
      expect(portal.upcoming.find((v) => v.id === appointmentId)?.cancelNote).toEqual({
        forfeits: true,
        text: "This is within 24 hours of your appointment, so under the salon's late-cancellation policy this session will be forfeited: it will not come back to your course.",
      });
      // Pressed on a page that did not say so (opened before the window began): nothing happens.
      const before = await rowCounts(db);
      await expect(cancel(s.jane.id, appointmentId, false)).rejects.toMatchObject({ message: expect.stringMatching(/^Nothing was cancelled\. .*forfeited/) });
      expect(await rowCounts(db)).toEqual(before);

      await cancel(s.jane.id, appointmentId, true);
      expect(await db.redemption.findFirstOrThrow({ where: { appointmentId } })).toMatchObject({ reason: "LATE_CANCELLATION", staffId: null });
      expect(await balance(sold.clientCourseId)).toMatchObject({ redeemed: 1, booked: 0, free: 5 });
    } finally {
      await db.salonSettings.update({ where: { id: 1 }, data: { lateCancelPolicy: "RETURN" } });
    }
  });

  it("states the policy for an early course cancellation and for a single", async () => {
    const client = await createClient(db, { firstName: "Pol", lastName: "Icy", email: "pol@example.com" });
    const sold = await sell(db, s, client.id, s.laserCourse.id);
    const { appointmentId } = await book(client.id, sold.lines[0].id, at("2026-06-10", "10:00"));
    const single = await inTransaction((tx) =>
      import("@/lib/appointments/book-appointment").then(({ bookAppointment }) => bookAppointment(tx, { clientId: client.id, staffId: s.ben.id, serviceId: s.facial.id, startsAt: at("2026-06-11", "10:00") }, s.ctx)),
    );
    const portal = (await loadClientPortal(db, client.id, NOW))!;
    expect(portal.upcoming.map((v) => [v.id, v.courseName, v.cancelNote?.text])).toEqual([
      [appointmentId, "6 × Laser underarm", "The session comes back to your course. (Cancelling within 24 hours of an appointment still gives the session back.)"],
      [single.id, null, "There is no charge for cancelling."],
    ]);
  });
});

describe("what the client's page shows", () => {
  it("only the client's own courses and visits, each course with its statement, what is left and its value", async () => {
    const client = await createClient(db, { firstName: "Stella", lastName: "Ment", email: "stella@example.com" });
    const sold = await sell(db, s, client.id, s.laserCourse.id); // 6 sessions for £300: £50 each
    const lineId = sold.lines[0].id;
    const redeemed = await book(client.id, lineId, at("2026-06-02", "10:00"), s.anna.id);
    const missed = await book(client.id, lineId, at("2026-06-02", "11:00"), s.anna.id);
    const waived = await book(client.id, lineId, at("2026-06-02", "12:00"), s.anna.id);
    const cancelled = await book(client.id, lineId, at("2026-06-12", "10:00"), s.anna.id);
    const upcoming = await book(client.id, lineId, at("2026-06-15", "10:00"), s.anna.id);
    const later = new Date(+at("2026-06-02", "18:00"));
    const ctx = opContext(s.manager.id, later);
    await inTransaction(async (tx) => {
      const a = await tx.appointment.findUniqueOrThrow({ where: { id: redeemed.appointmentId } });
      await redeemAppointment(tx, { ...a, clientCourseLineId: lineId }, { reason: "CHECKOUT", staffId: s.manager.id, now: later, timezone: TZ });
      await tx.appointment.update({ where: { id: a.id }, data: { status: "COMPLETED", completedAt: later } });
      await cancelAppointment(tx, { appointmentId: missed.appointmentId, kind: "NO_SHOW" }, ctx);
      await cancelAppointment(tx, { appointmentId: waived.appointmentId, kind: "NO_SHOW" }, ctx);
    });
    const forfeit = await db.redemption.findFirstOrThrow({ where: { appointmentId: waived.appointmentId } });
    await inTransaction((tx) => waiveForfeit(tx, { redemptionId: forfeit.id, reason: "Stuck in traffic, first time" }, ctx));
    await cancel(client.id, cancelled.appointmentId, false, later);

    const portal = (await loadClientPortal(db, client.id, later))!;
    expect(portal.firstName).toBe("Stella");
    expect(portal.courses.map((c) => c.id)).toEqual([sold.clientCourseId]);
    const course = portal.courses[0];
    expect(course).toMatchObject({ name: "6 × Laser underarm", paidMinor: 30_000, purchasedOn: "2026-06-01", expiryText: "Mon 31 May 2027" });
    expect(course.statement.map((r) => [r.appointmentId, r.kind, r.staffName, r.serviceName, r.valueMinor])).toEqual([
      [redeemed.appointmentId, "redeemed", "Anna Price", "Laser underarm", 5_000],
      [missed.appointmentId, "forfeitedMissed", "Anna Price", "Laser underarm", 5_000],
      [waived.appointmentId, "waived", "Anna Price", "Laser underarm", 5_000],
      [cancelled.appointmentId, "returnedCancelled", "Anna Price", "Laser underarm", null],
      [upcoming.appointmentId, "booked", "Anna Price", "Laser underarm", 5_000],
    ]);
    // Two used (redeemed, forfeited): four left, one of them booked, worth £200.
    expect(course.lines[0]).toMatchObject({ left: 4, of: 6, free: 3, valueLeftMinor: 20_000, bookRefusal: null });
    expect(course.valueLeftMinor).toBe(20_000);
    expect(course.card.lines[0].circles.map((c) => c.state)).toEqual(["redeemed", "redeemed", "booked", "free", "free", "free"]);
    expect(portal.upcoming.map((v) => v.id)).toEqual([upcoming.appointmentId]);
    expect(portal.past.map((v) => [v.id, v.status])).toEqual([
      [cancelled.appointmentId, "CANCELLED"],
      [waived.appointmentId, "NO_SHOW"],
      [missed.appointmentId, "NO_SHOW"],
      [redeemed.appointmentId, "COMPLETED"],
    ]);
    // Nothing of anyone else's.
    const text = JSON.stringify(portal);
    expect(text).not.toMatch(/Jane|Tom|jane@|tom@/);
  });

  it("lists a used-up course apart, as finished", async () => {
    const client = await createClient(db, { firstName: "Fin", lastName: "Ished", email: "fin@example.com" });
    const one = await createCourseTemplate(db, { name: "1 × Facial", priceMinor: 5_000, validityMonths: 12, lines: [{ serviceId: s.facial.id, quantity: 1 }] });
    const sold = await sell(db, s, client.id, one.id);
    const { appointmentId } = await book(client.id, sold.lines[0].id, at("2026-06-02", "14:00"));
    const later = at("2026-06-02", "18:00");
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId, kind: "NO_SHOW" }, opContext(s.manager.id, later)));
    const portal = (await loadClientPortal(db, client.id, later))!;
    expect(portal.courses).toEqual([]);
    expect(portal.finished.map((c) => [c.name, c.label, c.lines[0].bookRefusal])).toEqual([["1 × Facial", "used", "This course is finished."]]);
  });
});
