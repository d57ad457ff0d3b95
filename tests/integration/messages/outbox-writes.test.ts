import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { refundCourse } from "@/lib/courses/refund-course";
import { inTransaction } from "@/lib/db";
import { queueSignInLink } from "@/lib/messages/outbox";
import { bookOnline } from "@/lib/online-booking/book-online";
import { createClient } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, type Salon } from "../../helpers/salon-fixture";

// Emails are written with the change that causes them, in its transaction, from the records as they
// are then: a booking that fails writes none; every message names the salon, the local time and
// (for a booking that stands) the client's cancel link.

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
  await db.salonSettings.update({ where: { id: 1 }, data: { name: "Bloom Salon", address: "12 High Street, Bath", phone: "01225 000000" } });
});

const book = (clientId: number, startsAt: Date, extra: Partial<Parameters<typeof bookAppointment>[1]> = {}) =>
  inTransaction((tx) => bookAppointment(tx, { clientId, staffId: s.anna.id, startsAt, serviceId: s.facial.id, ...extra }, s.ctx));
const messagesOf = (appointmentId: number) => db.outboxMessage.findMany({ where: { appointmentId }, orderBy: { id: "asc" } });

describe("booking confirmations", () => {
  it("a desk booking writes one confirmation in its transaction, with the salon's name, the local (summer) time and a new cancel link", async () => {
    // 13:00 UTC on 4 June is 14:00 in London.
    const appt = await book(s.jane.id, new Date("2026-06-04T13:00:00Z"));
    const [m, ...more] = await messagesOf(appt.id);
    expect(more).toEqual([]);
    const { cancelToken } = await db.appointment.findUniqueOrThrow({ where: { id: appt.id } });
    expect(cancelToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(m).toMatchObject({
      kind: "CONFIRMATION",
      status: "PENDING",
      toEmail: "jane@example.com",
      toName: "Jane Doe",
      clientId: s.jane.id,
      attempts: 0,
      subject: "Booked: Facial at Bloom Salon, Thursday 4 June at 14:00",
    });
    expect(m.aboutStartsAt?.toISOString()).toBe("2026-06-04T13:00:00.000Z");
    expect(m.createdAt.toISOString()).toBe(NOW.toISOString());
    expect(m.nextAttemptAt.toISOString()).toBe(NOW.toISOString());
    expect(m.messageId).toMatch(/^<[0-9a-f-]{36}@salon\.local>$/);
    expect(m.bodyText).toContain("Your appointment at Bloom Salon is booked.");
    expect(m.bodyText).toMatch(/When: +Thursday 4 June at 14:00/);
    expect(m.bodyText).toMatch(/With: +Anna\n/);
    expect(m.bodyText).toContain(`http://localhost:3000/book/cancel/${cancelToken}`);
  });

  it("a booking that is refused, or rolled back after it was made, writes no message", async () => {
    const before = await db.outboxMessage.count();
    const startsAt = at("2026-06-05", "10:00");
    await book(s.jane.id, startsAt);
    await expect(book(s.tom.id, startsAt)).rejects.toThrow(/booked|overlap/i);
    await expect(
      inTransaction(async (tx) => {
        await bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, startsAt, serviceId: s.facial.id }, s.ctx);
        throw new Error("the desk's next step failed");
      }),
    ).rejects.toThrow("the desk's next step failed");
    expect(await db.outboxMessage.count()).toBe(before + 1);
  });

  it("a client without an email gets nothing, and a walk-in booked for now gets no confirmation", async () => {
    const noEmail = await createClient(db, { firstName: "Ivy", lastName: "Nomail", phone: "+447700900111" });
    const appt = await book(noEmail.id, at("2026-06-05", "12:00"));
    expect(await messagesOf(appt.id)).toEqual([]);
    const walkIn = await book(s.tom.id, at("2026-06-01", "09:00"), { staffId: s.ben.id, bookAnyway: true });
    expect(await messagesOf(walkIn.id)).toEqual([]);
  });

  it("an online booking's confirmation carries the link the booking page gave", async () => {
    const online = await inTransaction((tx) =>
      bookOnline(
        tx,
        { serviceId: s.massage.id, staffId: s.ben.id, startsAt: at("2026-06-08", "11:00"), client: { firstName: "Olive", lastName: "Web", email: "Olive@Example.com", phone: "+447700900222" } },
        NOW,
      ),
    );
    const [m] = await messagesOf(online.appointmentId);
    expect(m.kind).toBe("CONFIRMATION");
    expect(m.bodyText).toContain(`/book/cancel/${online.cancelToken}`);
  });

  it("the demo seed's replayed history writes nothing (notify: false)", async () => {
    const appt = await book(s.jane.id, at("2026-06-09", "10:00"), { notify: false });
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "CANCEL", notify: false }, s.ctx));
    expect(await messagesOf(appt.id)).toEqual([]);
  });
});

describe("changes and cancellations", () => {
  it("a new time is told; an earlier unsent message about the booking is never sent; a note alone tells nothing", async () => {
    const appt = await book(s.tom.id, at("2026-06-10", "10:00"));
    await db.outboxMessage.updateMany({ where: { appointmentId: appt.id }, data: { status: "SENT", sentAt: NOW } });
    await inTransaction((tx) => changeAppointment(tx, { appointmentId: appt.id, notes: "prefers tea" }, s.ctx));
    expect(await messagesOf(appt.id)).toHaveLength(1);

    await inTransaction((tx) => changeAppointment(tx, { appointmentId: appt.id, startsAt: at("2026-06-10", "15:00") }, s.ctx));
    await inTransaction((tx) => changeAppointment(tx, { appointmentId: appt.id, staffId: s.ben.id }, s.ctx));
    const [, first, second] = await messagesOf(appt.id);
    expect(first).toMatchObject({ kind: "CHANGED", status: "STALE", lastError: "Replaced by a later message about this appointment." });
    expect(second).toMatchObject({ kind: "CHANGED", status: "PENDING", subject: "Changed: Facial at Bloom Salon, now Wednesday 10 June at 15:00" });
    expect(second.bodyText).toMatch(/With: +Ben\n/);
    expect(second.aboutStartsAt?.toISOString()).toBe(at("2026-06-10", "15:00").toISOString());
  });

  it("a client never sent the booking is sent it whole with the new details, not news of a change", async () => {
    const appt = await book(s.tom.id, at("2026-06-11", "10:00"));
    await inTransaction((tx) => changeAppointment(tx, { appointmentId: appt.id, startsAt: at("2026-06-11", "16:00") }, s.ctx));
    const [old, now] = await messagesOf(appt.id);
    expect(old).toMatchObject({ kind: "CONFIRMATION", status: "STALE" });
    expect(now).toMatchObject({ kind: "CONFIRMATION", status: "PENDING", subject: "Booked: Facial at Bloom Salon, Thursday 11 June at 16:00" });
  });

  it("a refund that cancels a booked session tells the client the salon cancelled it and the course was refunded", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const appt = await book(s.jane.id, at("2026-06-15", "10:00"), { serviceId: undefined, clientCourseLineId: sold.lines[0].id });
    await inTransaction((tx) =>
      refundCourse(tx, { clientCourseId: sold.clientCourseId, amountMinor: 100, paymentMethod: "CARD", reason: "Moving away", booked: [{ appointmentId: appt.id, action: "CANCEL" }] }, s.ctx),
    );
    expect(await db.appointment.findUniqueOrThrow({ where: { id: appt.id } })).toMatchObject({ status: "CANCELLED", cancelCause: "SALON" });
    const cancelled = (await messagesOf(appt.id)).find((m) => m.kind === "CANCELLATION")!;
    expect(cancelled.bodyText).toContain("has been refunded, so this session is no longer booked");
    expect(cancelled.bodyText).not.toContain("gone back to your course");
  });

  it("a cancellation says the course session came back, or was used up by a late cancellation under a forfeit policy", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const appt = await book(s.jane.id, at("2026-06-12", "10:00"), { serviceId: undefined, clientCourseLineId: sold.lines[0].id });
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "CANCEL" }, s.ctx));
    const [confirmation, cancelled] = await messagesOf(appt.id);
    expect(confirmation).toMatchObject({ kind: "CONFIRMATION", status: "STALE" });
    expect(cancelled).toMatchObject({ kind: "CANCELLATION", status: "PENDING", subject: "Cancelled: Laser underarm at Bloom Salon, Friday 12 June at 10:00" });
    expect(cancelled.bodyText).toContain("The session has gone back to your course 6 × Laser underarm.");
    expect(cancelled.bodyText).not.toContain("/book/cancel/");

    await db.salonSettings.update({ where: { id: 1 }, data: { lateCancelPolicy: "FORFEIT" } });
    try {
      const late = await book(s.jane.id, at("2026-06-01", "17:00"), { serviceId: undefined, clientCourseLineId: sold.lines[0].id });
      await inTransaction((tx) => cancelAppointment(tx, { appointmentId: late.id, kind: "CANCEL" }, s.ctx));
      const lateMessage = (await messagesOf(late.id)).find((m) => m.kind === "CANCELLATION")!;
      expect(lateMessage.bodyText).toContain("the session from your course 6 × Laser underarm is used up");
    } finally {
      await db.salonSettings.update({ where: { id: 1 }, data: { lateCancelPolicy: "RETURN" } });
    }
  });

  it("a no-show writes nothing", async () => {
    const appt = await book(s.tom.id, at("2026-06-01", "10:00"), { staffId: s.ben.id });
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "NO_SHOW" }, { ...s.ctx, now: at("2026-06-01", "10:30") }));
    expect((await messagesOf(appt.id)).map((m) => m.kind)).toEqual(["CONFIRMATION"]);
  });
});

describe("course receipts and sign-in links", () => {
  it("a course sale writes one receipt with what was bought; the same sale repeated writes no second", async () => {
    const key = "sale-key-1";
    const sellOnce = () =>
      inTransaction((tx) =>
        import("@/lib/courses/sell-course").then(({ sellCourse }) =>
          sellCourse(tx, { clientId: s.tom.id, templateId: s.facialPackage.id, paymentMethod: "CASH", idempotencyKey: key }, s.ctx),
        ),
      );
    const sold = await sellOnce();
    await sellOnce();
    const receipts = await db.outboxMessage.findMany({ where: { kind: "COURSE_RECEIPT", clientId: s.tom.id } });
    expect(receipts).toHaveLength(1);
    expect(receipts[0].subject).toBe("Your receipt from Bloom Salon: 3 × Facial + 2 × Back massage");
    expect(receipts[0].bodyText).toMatch(/Includes: +3 sessions of Facial\n +2 sessions of Back massage/);
    expect(receipts[0].bodyText).toMatch(/Paid: +£130\.00 \(cash\)/);
    expect(receipts[0].bodyText).toMatch(/Bought on: +Monday 1 June 2026/);
    expect(receipts[0].bodyText).toMatch(new RegExp(`Receipt no\\.: +${sold.saleId}`));
  });

  it("a sign-in link goes to the address given, with the link", async () => {
    await inTransaction((tx) => queueSignInLink(tx, { clientId: s.jane.id, email: "jane@example.com", token: "T0ken_T0ken_T0ken_T0ken_T0ken" }, NOW));
    const m = await db.outboxMessage.findFirstOrThrow({ where: { kind: "SIGN_IN" } });
    expect(m).toMatchObject({ toEmail: "jane@example.com", clientId: s.jane.id, appointmentId: null });
    expect(m.bodyText).toContain("http://localhost:3000/book/me/signin/T0ken_T0ken_T0ken_T0ken_T0ken");
  });
});
