import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, type Salon } from "../../helpers/salon-fixture";

// What a booking writes: stamped with the operation's clock (not the machine's), the course history
// kept with who did it (nobody, for an online booking), and an overlap refused with names.

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

describe("booking records", () => {
  it("stamps the appointment and its course history with ctx.now and the staff member", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const appt = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
    expect(appt.createdAt.toISOString()).toBe(NOW.toISOString());
    const log = await db.courseBookingLog.findFirstOrThrow({ where: { appointmentId: appt.id } });
    expect(log).toMatchObject({ action: "BOOKED", staffId: s.manager.id });
    expect(log.createdAt.toISOString()).toBe(NOW.toISOString());

    const later = new Date(+NOW + 3600_000);
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: appt.id, kind: "CANCEL" }, { ...s.ctx, now: later }));
    const released = await db.courseBookingLog.findFirstOrThrow({ where: { appointmentId: appt.id, action: "RELEASED" } });
    expect(released.createdAt.toISOString()).toBe(later.toISOString());
  });

  it("an online booking (staff id 0) records no staff member in the course history", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const appt = await inTransaction((tx) =>
      bookAppointment(
        tx,
        { clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-03", "11:00"), clientCourseLineId: sold.lines[0].id, source: "ONLINE" },
        opContext(0, NOW),
      ),
    );
    expect(appt).toMatchObject({ source: "ONLINE", createdById: null });
    const log = await db.courseBookingLog.findFirstOrThrow({ where: { appointmentId: appt.id } });
    expect(log.staffId).toBeNull();
  });

  it("converting a single keeps its time and logs the booking at ctx.now", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const single = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-04", "14:00"), serviceId: s.laser.id }, s.ctx),
    );
    const later = new Date(+NOW + 60_000);
    const converted = await inTransaction((tx) =>
      changeAppointment(tx, { appointmentId: single.id, clientCourseLineId: sold.lines[0].id }, { ...s.ctx, now: later }),
    );
    expect(converted.startsAt.toISOString()).toBe(single.startsAt.toISOString());
    expect(converted.endsAt.toISOString()).toBe(single.endsAt.toISOString());
    expect(converted.staffId).toBe(single.staffId);
    const log = await db.courseBookingLog.findFirstOrThrow({ where: { appointmentId: single.id } });
    expect(log).toMatchObject({ action: "BOOKED", reason: "converted from a single service" });
    expect(log.createdAt.toISOString()).toBe(later.toISOString());
  });

  it("refuses an overlap with the clashing booking named, and writes nothing", async () => {
    await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-05", "10:00"), serviceId: s.facial.id }, s.ctx),
    );
    const before = await db.appointment.count();
    await expect(
      inTransaction((tx) =>
        bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-05", "10:30"), serviceId: s.laser.id }, s.ctx),
      ),
    ).rejects.toMatchObject({ code: "OVERLAP", message: "Anna Price is already booked 10:00–11:00 (Jane Doe). Choose another time or staff member." });
    expect(await db.appointment.count()).toBe(before);
  });
});
