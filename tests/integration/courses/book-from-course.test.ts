import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { inTransaction } from "@/lib/db";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const course = async (id: number) => (await loadClientCourse(db, id, TZ, s.ctx.now))!;

describe("booking from a course", () => {
  it("books a green circle: the appointment is for the line's service and the circle turns orange", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const appt = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-02", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    expect(appt.serviceId).toBe(s.laser.id);
    const view = await course(sold.clientCourseId);
    expect(view.lines[0].balance).toMatchObject({ total: 6, booked: 1, free: 5, redeemed: 0 });
    expect(view.lines[0].circles.map((c) => c.state)).toEqual(["booked", "free", "free", "free", "free", "free"]);
    expect(await db.courseBookingLog.count({ where: { appointmentId: appt.id, action: "BOOKED" } })).toBe(1);
  });

  it("refuses a circle of another client's course, and a service the line does not cover", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await expect(
      inTransaction((tx) =>
        bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
      ),
    ).rejects.toThrow(/another client/);
    await expect(
      inTransaction((tx) =>
        bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:00"), serviceId: s.facial.id, clientCourseLineId: sold.lines[0].id }, s.ctx),
      ),
    ).rejects.toThrow(/Laser underarm, not the service chosen/);
    expect(await db.appointment.count({ where: { startsAt: at("2026-06-03", "10:00") } })).toBe(0);
  });

  it("refuses a course that has expired by the appointment's date", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id); // 12 months from 2026-06-01: last day 2027-05-31
    await expect(
      inTransaction((tx) =>
        bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2027-06-01", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
      ),
    ).rejects.toThrow(/expires on Mon 31 May 2027, before this appointment/);
  });

  it("refuses to overlap the same staff member's live appointment, with a clear message", async () => {
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-04", "11:00"), serviceId: s.facial.id }, s.ctx));
    await expect(
      inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-04", "11:30"), serviceId: s.laser.id }, s.ctx)),
    ).rejects.toThrow(/Ben Cole is already booked 11:00–12:00 \(Tom Hill\)/);
    // Back-to-back is fine.
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-04", "12:00"), serviceId: s.laser.id }, s.ctx));
  });

  it("refuses a time outside opening hours", async () => {
    await expect(
      inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-04", "19:45"), serviceId: s.facial.id }, s.ctx)),
    ).rejects.toThrow(/outside opening hours/);
  });

  it("uses the appointment's minutes on a minutes course and refuses more than is left", async () => {
    const sold = await sell(db, s, s.tom.id, s.massageMinutes.id);
    await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-05", "10:00"), clientCourseLineId: sold.lines[0].id, durationMinutes: 45 }, s.ctx),
    );
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ total: 300, booked: 45, free: 255 });
    await expect(
      inTransaction((tx) =>
        bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-05", "10:00"), clientCourseLineId: sold.lines[0].id, durationMinutes: 300 }, s.ctx),
      ),
    ).rejects.toThrow(/only 255 minutes left/);
  });
});

describe("converting", () => {
  it("turns a single appointment into a course appointment and back without moving it", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const single = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-08", "14:15"), serviceId: s.laser.id }, s.ctx),
    );
    const converted = await inTransaction((tx) => changeAppointment(tx, { appointmentId: single.id, clientCourseLineId: sold.lines[0].id }, s.ctx));
    expect(converted).toMatchObject({ startsAt: single.startsAt, endsAt: single.endsAt, staffId: single.staffId, clientCourseLineId: sold.lines[0].id });
    expect((await course(sold.clientCourseId)).lines[0].balance.booked).toBe(1);

    const back = await inTransaction((tx) => changeAppointment(tx, { appointmentId: single.id, clientCourseLineId: null }, s.ctx));
    expect(back.clientCourseLineId).toBeNull();
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 0, free: 6 });
    const log = await db.courseBookingLog.findMany({ where: { appointmentId: single.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["BOOKED", "RELEASED"]);
  });

  it("refuses to convert to a line for another service", async () => {
    const sold = await sell(db, s, s.jane.id, s.facialPackage.id);
    const single = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-09", "09:00"), serviceId: s.laser.id }, s.ctx),
    );
    // Clicking a circle picks the line's service; converting while keeping the laser service is refused.
    await expect(
      inTransaction((tx) => changeAppointment(tx, { appointmentId: single.id, serviceId: s.laser.id, clientCourseLineId: sold.lines[0].id }, s.ctx)),
    ).rejects.toThrow(/does not cover/);
  });

  it("moving a course appointment keeps its circle and re-checks overlaps", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const appt = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-10", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    const moved = await inTransaction((tx) => changeAppointment(tx, { appointmentId: appt.id, startsAt: at("2026-06-10", "15:00"), staffId: s.ben.id }, s.ctx));
    expect(moved.clientCourseLineId).toBe(sold.lines[0].id);
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 1, free: 5 });
  });
});
