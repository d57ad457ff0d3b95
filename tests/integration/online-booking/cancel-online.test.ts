import { beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "@/lib/db";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { loadFreeTimes } from "@/lib/online-booking/availability";
import { bookOnline } from "@/lib/online-booking/book-online";
import { cancelOnlineBooking } from "@/lib/online-booking/cancel-online";
import { loadOnlineBooking } from "@/lib/online-booking/load-booking";
import { createClient } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;
let cora: { id: number };
const who = { firstName: "Cora", lastName: "Course", email: "cora@example.com", phone: "+447700900601" };

beforeAll(async () => {
  s = await buildSalon(db);
  cora = await createClient(db, who);
});

const cancel = (token: string, now = NOW) => inTransaction((tx) => cancelOnlineBooking(tx, { token }, now));
const freeAt = async (date: string, staffId: number) =>
  (await inTransaction((tx) => loadFreeTimes(tx, { serviceId: s.laser.id, staffId, date }, NOW))).times.map((t) => +t.startsAt);

describe("cancelling through the booking link", () => {
  it("frees the time and gives the course session back; a second cancel changes nothing", async () => {
    const sold = await sell(db, s, cora.id, s.laserCourse.id);
    const startsAt = at("2026-06-10", "10:00");
    const booked = await inTransaction((tx) => bookOnline(tx, { serviceId: s.laser.id, staffId: s.anna.id, startsAt, client: who }, NOW));
    expect(await freeAt("2026-06-10", s.anna.id)).not.toContain(+startsAt);
    const shown = await loadOnlineBooking(db, booked.cancelToken, NOW);
    expect(shown).toMatchObject({ cancellable: true, time: "10:00", cancelNote: null });
    // The public page never says what the client holds.
    expect(JSON.stringify(shown)).not.toMatch(/Laser underarm\b.*×|course/i);

    const result = await cancel(booked.cancelToken);
    expect(result.outcome).toMatchObject({ forfeit: false });
    const appt = await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } });
    expect(appt.status).toBe("CANCELLED");
    expect(appt.cancelledAt).toEqual(NOW);
    expect(await freeAt("2026-06-10", s.anna.id)).toContain(+startsAt);
    const course = (await loadClientCourse(db, sold.clientCourseId, TZ, NOW))!;
    expect(course.lines[0].balance).toMatchObject({ booked: 0, free: 6, redeemed: 0 });
    expect(await db.courseBookingLog.findMany({ where: { appointmentId: appt.id }, select: { action: true, staffId: true, reason: true } })).toEqual([
      { action: "BOOKED", staffId: null, reason: "booked online" },
      { action: "RELEASED", staffId: null, reason: "cancelled (online)" },
    ]);

    await expect(cancel(booked.cancelToken)).resolves.toMatchObject({ outcome: null });
    expect(await db.courseBookingLog.count({ where: { appointmentId: appt.id } })).toBe(2);
    expect(await loadOnlineBooking(db, booked.cancelToken, NOW)).toMatchObject({ status: "CANCELLED", cancellable: false });
  });

  it("a late cancellation under a forfeit policy uses the session up, as at the desk", async () => {
    await db.salonSettings.update({ where: { id: 1 }, data: { lateCancelPolicy: "FORFEIT", lateCancelHours: 24 } });
    try {
      const booked = await inTransaction((tx) => bookOnline(tx, { serviceId: s.laser.id, staffId: s.ben.id, startsAt: at("2026-06-01", "18:00"), client: who }, NOW));
      // The policy is stated, but not whether a course session is at stake.
      expect((await loadOnlineBooking(db, booked.cancelToken, NOW))?.cancelNote).toBe(
        "This is within 24 hours of your appointment, so the salon's late-cancellation policy applies.",
      );
      await cancel(booked.cancelToken);
      const redemption = await db.redemption.findFirstOrThrow({ where: { appointmentId: booked.appointmentId } });
      expect(redemption).toMatchObject({ reason: "LATE_CANCELLATION", staffId: null });
      const line = await db.clientCourseLine.findUniqueOrThrow({ where: { id: redemption.clientCourseLineId } });
      expect((await loadClientCourse(db, line.clientCourseId, TZ, NOW))!.lines[0].balance).toMatchObject({ redeemed: 1, booked: 0, free: 5 });
    } finally {
      await db.salonSettings.update({ where: { id: 1 }, data: { lateCancelPolicy: "RETURN" } });
    }
  });

  it("refuses an unknown or malformed token, a checked-in appointment and one that has started", async () => {
    await expect(cancel("x".repeat(32))).rejects.toThrow(/not valid/);
    await expect(cancel("../../etc")).rejects.toThrow(/not valid/);
    const booked = await inTransaction((tx) => bookOnline(tx, { serviceId: s.laser.id, staffId: s.anna.id, startsAt: at("2026-06-11", "10:00"), client: who }, NOW));
    await expect(cancel(booked.cancelToken, at("2026-06-11", "10:05"))).rejects.toThrow(/already started/);
    await db.appointment.update({ where: { id: booked.appointmentId }, data: { status: "CHECKED_IN" } });
    await expect(cancel(booked.cancelToken)).rejects.toThrow(/call the salon/);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).status).toBe("CHECKED_IN");
  });
});
