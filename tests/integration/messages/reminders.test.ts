import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { inTransaction } from "@/lib/db";
import { queueDueReminders, reminderKey } from "@/lib/messages/reminders";
import { runSenderOnce } from "@/lib/messages/sender";
import { createClient } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

// Reminders are a due-time query over appointments and the outbox, run every sender tick: each
// booked appointment inside the salon's window gets one for its current start, once.

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(async () => {
  // Each test sees only its own bookings: earlier ones are out of the way (cancelled), their messages gone.
  await db.outboxMessage.deleteMany();
  await db.appointment.updateMany({ data: { status: "CANCELLED" } });
  await db.salonSettings.update({ where: { id: 1 }, data: { reminderHours: 24 } });
});

let slot = 0;
/** A booking `hoursAhead` of NOW (09:00 on 1 June), each on its own stylist-free time. */
async function bookIn(hoursAhead: number, clientId = s.jane.id) {
  const staffId = slot++ % 2 === 0 ? s.anna.id : s.ben.id;
  const startsAt = new Date(+NOW + hoursAhead * 3_600_000);
  return inTransaction((tx) => bookAppointment(tx, { clientId, staffId, startsAt, serviceId: s.massage.id, bookAnyway: true }, s.ctx));
}
const reminders = (appointmentId?: number) => db.outboxMessage.findMany({ where: { kind: "REMINDER", appointmentId }, orderBy: { id: "asc" } });

describe("the reminder scan", () => {
  it("writes one reminder for a booking inside the window, however often it runs", async () => {
    const soon = await bookIn(5);
    const later = await bookIn(24 + 3);
    expect(await queueDueReminders(db, NOW)).toBe(1);
    expect(await queueDueReminders(db, NOW)).toBe(0);
    expect(await queueDueReminders(db, new Date(+NOW + 60_000))).toBe(0);
    const [r] = await reminders();
    expect(r).toMatchObject({ appointmentId: soon.id, status: "PENDING", dedupeKey: reminderKey(soon.id, soon.startsAt), toEmail: "jane@example.com" });
    expect(r.subject).toBe("Reminder: Back massage at Test Salon, Monday 1 June at 14:00");
    expect(r.bodyText).toMatch(/\/book\/cancel\/[A-Za-z0-9_-]{32}/);
    // Four hours later the second booking is inside the window.
    expect(await queueDueReminders(db, new Date(+NOW + 4 * 3_600_000))).toBe(1);
    expect((await reminders(later.id)).length).toBe(1);
  });

  it("two scans at the same moment (two processes) write it once", async () => {
    const a = await bookIn(6);
    const written = await Promise.all([queueDueReminders(db, NOW), queueDueReminders(db, NOW), queueDueReminders(db, NOW)]);
    expect(written.reduce((x, y) => x + y, 0)).toBe(1);
    expect(await reminders(a.id)).toHaveLength(1);
  });

  it("never reminds of a cancelled booking, even one cancelled after its reminder was written", async () => {
    const cancelledFirst = await bookIn(7);
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: cancelledFirst.id, kind: "CANCEL" }, s.ctx));
    const cancelledAfter = await bookIn(8);
    await queueDueReminders(db, NOW);
    expect(await reminders(cancelledFirst.id)).toEqual([]);
    expect(await reminders(cancelledAfter.id)).toHaveLength(1);

    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: cancelledAfter.id, kind: "CANCEL" }, s.ctx));
    const tick = await runSenderOnce(db, null, new Date(+NOW + 60_000));
    expect(tick.reminders).toBe(0);
    const [r] = await reminders(cancelledAfter.id);
    expect(r.status).toBe("STALE");
  });

  it("a booking moved inside the window is reminded of its new time only", async () => {
    const a = await bookIn(3);
    await queueDueReminders(db, NOW);
    const newStart = new Date(+NOW + 10 * 3_600_000);
    await inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, startsAt: newStart, bookAnyway: true }, s.ctx));
    await queueDueReminders(db, NOW);
    const [old, fresh, ...more] = await reminders(a.id);
    expect(more).toEqual([]);
    expect(old).toMatchObject({ status: "STALE", dedupeKey: null });
    expect(fresh).toMatchObject({ status: "PENDING", dedupeKey: reminderKey(a.id, newStart) });
    expect(fresh.aboutStartsAt?.toISOString()).toBe(newStart.toISOString());
    expect(fresh.subject).toContain("Monday 1 June at 19:00");
  });

  it("a reminder already sent is not sent again after a change of stylist at the same time", async () => {
    const a = await bookIn(4);
    await queueDueReminders(db, NOW);
    await db.outboxMessage.updateMany({ where: { appointmentId: a.id }, data: { status: "SENT", sentAt: NOW } });
    await inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, staffId: a.staffId === s.anna.id ? s.ben.id : s.anna.id, bookAnyway: true }, s.ctx));
    await queueDueReminders(db, NOW);
    expect(await reminders(a.id)).toHaveLength(1);
  });

  it("writes none with reminders off (0 hours), for a client without an email, or for a merged card", async () => {
    const noEmail = await createClient(db, { firstName: "Ivy", lastName: "Nomail" });
    await bookIn(2, noEmail.id);
    const merged = await createClient(db, { firstName: "Old", lastName: "Card", email: "old@example.com" });
    await bookIn(4, merged.id);
    await db.client.update({ where: { id: merged.id }, data: { mergedIntoId: s.tom.id, mergedAt: NOW } });
    await db.salonSettings.update({ where: { id: 1 }, data: { reminderHours: 0 } });
    await bookIn(3);
    expect(await queueDueReminders(db, NOW)).toBe(0);
    await db.salonSettings.update({ where: { id: 1 }, data: { reminderHours: 48 } });
    const far = await bookIn(30);
    expect(await queueDueReminders(db, NOW)).toBe(2);
    expect((await reminders()).map((r) => r.appointmentId)).toContain(far.id);
  });

  it("a booking already under way gets no reminder", async () => {
    await bookIn(1);
    expect(await queueDueReminders(db, new Date(+NOW + 2 * 3_600_000))).toBe(0);
  });
});

it("a reminder's date reads in the salon's local time across the clock change", async () => {
  await db.outboxMessage.deleteMany();
  // Sunday 25 October 2026 01:30 UTC: London has just gone back to GMT (01:30 local, not 02:30).
  const startsAt = at("2026-10-25", "10:00");
  const appt = await inTransaction((tx) =>
    bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt, serviceId: s.facial.id, bookAnyway: true }, { ...s.ctx, now: at("2026-10-24", "12:00") }),
  );
  await queueDueReminders(db, at("2026-10-24", "12:00"));
  const [r] = await reminders(appt.id);
  expect(r.subject).toBe("Reminder: Facial at Test Salon, Sunday 25 October at 10:00");
  expect(startsAt.toISOString()).toBe("2026-10-25T10:00:00.000Z");
});
