import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { loadCalendarDay } from "@/lib/calendar/load-day";
import { inTransaction } from "@/lib/db";
import { salonInstant } from "@/lib/time";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

// The calendar's day, read in one join (lib/calendar/load-day.ts): what each appointment block shows,
// on an ordinary day and on the clock-change days, where minutes after midnight are not elapsed time.

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

/** A row written directly: clock-change days and late hours the booking rules would refuse. */
async function place(date: string, startMin: number, minutes: number, extra: { status?: "CANCELLED" } = {}) {
  const startsAt = salonInstant(date, startMin, TZ);
  return db.appointment.create({
    data: {
      clientId: s.tom.id,
      staffId: s.ben.id,
      serviceId: s.massage.id,
      startsAt,
      endsAt: new Date(+startsAt + minutes * 60_000),
      priceMinor: 4000,
      ...extra,
    },
  });
}

describe("loadCalendarDay", () => {
  it("gives each appointment its names, minutes, status, source and course mark, in time order", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const course = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:15"), clientCourseLineId: sold.lines[0].id, source: "ONLINE" }, s.ctx),
    );
    const single = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-03", "09:00"), serviceId: s.facial.id, notes: "Quiet room" }, s.ctx),
    );
    await db.client.update({ where: { id: s.tom.id }, data: { alert: "Nut allergy" } });
    await place("2026-06-02", 16 * 60, 30); // the day before: not on the board
    await place("2026-06-04", 0, 30); // the next midnight: not on the board either

    const day = await loadCalendarDay(db, "2026-06-03");
    expect(day.staff.map((x) => x.name)).toEqual(expect.arrayContaining(["Anna Price", "Ben Cole"]));
    expect(day.appointments).toEqual([
      {
        id: single.id,
        staffId: s.ben.id,
        clientName: "Tom Hill",
        serviceName: "Facial",
        startMin: 9 * 60,
        endMin: 10 * 60,
        status: "BOOKED",
        source: "DESK",
        isCourse: false,
        alert: "Nut allergy",
        note: "Quiet room",
        room: "",
        bookedAnyway: "",
      },
      {
        id: course.id,
        staffId: s.anna.id,
        clientName: "Jane Doe",
        serviceName: "Laser underarm",
        startMin: 10 * 60 + 15,
        endMin: 10 * 60 + 45,
        status: "BOOKED",
        source: "ONLINE",
        isCourse: true,
        alert: "",
        note: "",
        room: "",
        bookedAnyway: "",
      },
    ]);
  });

  it("reads wall-clock minutes on the spring and autumn clock changes, and stops a late one at midnight", async () => {
    await place("2026-03-29", 10 * 60, 30); // after the spring change (01:00 → 02:00)
    await place("2026-10-25", 0, 30, { status: "CANCELLED" }); // before the autumn change (02:00 → 01:00)
    await place("2026-10-25", 17 * 60, 60); // after it
    await place("2026-06-10", 23 * 60 + 30, 60); // runs past midnight

    const spring = await loadCalendarDay(db, "2026-03-29");
    expect(spring.appointments.map((a) => [a.startMin, a.endMin])).toEqual([[600, 630]]);
    const autumn = await loadCalendarDay(db, "2026-10-25");
    expect(autumn.appointments.map((a) => [a.startMin, a.endMin, a.status])).toEqual([
      [0, 30, "CANCELLED"],
      [17 * 60, 18 * 60, "BOOKED"],
    ]);
    const late = await loadCalendarDay(db, "2026-06-10");
    expect(late.appointments.map((a) => [a.startMin, a.endMin])).toEqual([[23 * 60 + 30, 24 * 60]]);
  });
});
