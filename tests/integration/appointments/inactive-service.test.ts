import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, type Salon } from "../../helpers/salon-fixture";

// A deactivated service is off the menu for new single bookings, but clients keep what they bought
// and appointments already booked for it can still be moved.

const db = getTestDb();
let s: Salon;
let lineId: number;
let single: { id: number };

beforeAll(async () => {
  s = await buildSalon(db);
  const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
  lineId = sold.lines[0].id;
  single = await inTransaction((tx) =>
    bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-03", "09:00"), serviceId: s.laser.id }, s.ctx),
  );
  await db.service.update({ where: { id: s.laser.id }, data: { active: false } });
});

describe("a deactivated service", () => {
  it("refuses a new single booking", async () => {
    const booking = inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-03", "11:00"), serviceId: s.laser.id }, s.ctx),
    );
    await expect(booking).rejects.toThrow("not on the menu");
  });

  it("still books a session from a course the client bought", async () => {
    const appt = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-03", "12:00"), clientCourseLineId: lineId }, s.ctx),
    );
    expect(appt.clientCourseLineId).toBe(lineId);
  });

  it("lets an appointment already booked for it move", async () => {
    const moved = await inTransaction((tx) => changeAppointment(tx, { appointmentId: single.id, startsAt: at("2026-06-03", "14:00") }, s.ctx));
    expect(moved.startsAt.toISOString()).toBe(at("2026-06-03", "14:00").toISOString());
  });
});
