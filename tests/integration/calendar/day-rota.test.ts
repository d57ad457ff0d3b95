import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { loadCalendarDay } from "@/lib/calendar/load-day";
import { loadCalendarWeek } from "@/lib/calendar/load-week";
import { offTime, outsideHours } from "@/lib/calendar/shading";
import { staffShown } from "@/lib/calendar/who-works";
import { inTransaction } from "@/lib/db";
import { loadRotas } from "@/lib/rota/load-rota";
import { isDomainError } from "@/lib/errors";
import { salonInstant } from "@/lib/time";
import { createService, createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, TZ, type Salon } from "../../helpers/salon-fixture";

// The calendar's day and week with rotas (lib/calendar/load-day.ts, load-week.ts): each column's
// working spans and exception note, what is shaded and called what, who is shown by default, the
// room and "booked anyway" of each appointment, and the clock-change days (minutes are wall clock).
// The test salon opens 08:00–20:00 every day.

const db = getTestDb();
let s: Salon;
let cara: { id: number }; // works Mon–Fri 09:00–17:00 with a 13:00–14:00 break; off at weekends
let dev: { id: number }; // no services yet, no rota (the salon's hours)
let laserRoomId: number;

const H = (h: number, m = 0) => h * 60 + m;

async function setRota(staffId: number, days: Record<number, [number, number, number?, number?] | null>) {
  for (let weekday = 0; weekday < 7; weekday++) {
    const d = days[weekday] ?? null;
    await db.staffWeekHours.create({
      data: { staffId, weekday, startMin: d?.[0] ?? null, endMin: d?.[1] ?? null, breakStartMin: d?.[2] ?? null, breakEndMin: d?.[3] ?? null },
    });
  }
}

beforeAll(async () => {
  s = await buildSalon(db);
  cara = await createStaff(db, { name: "Cara Lee", sortOrder: 3 });
  const weekday: [number, number, number, number] = [H(9), H(17), H(13), H(14)];
  await setRota(cara.id, { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday });
  dev = await createStaff(db, { name: "Dev Shah", sortOrder: 4, services: [] });
  laserRoomId = (await db.resource.create({ data: { name: "Laser room", kind: "Laser room" } })).id;
});

describe("the calendar day with rotas", () => {
  it("gives each column the spans worked, the exception note and whether services are missing", async () => {
    // Wednesday 3 June 2026: Cara works with a break; Anna is on holiday; Ben has no rota (salon hours).
    await db.staffDayException.create({ data: { staffId: s.anna.id, date: "2026-06-03", note: "Holiday" } });
    const day = await loadCalendarDay(db, "2026-06-03");
    const col = (id: number) => day.staff.find((x) => x.id === id)!;

    expect(col(cara.id)).toMatchObject({ spans: [{ start: H(9), end: H(13) }, { start: H(14), end: H(17) }], note: "", noServices: false });
    expect(col(s.anna.id)).toMatchObject({ spans: [], note: "Holiday", noServices: false });
    expect(col(s.ben.id)).toMatchObject({ spans: [{ start: H(8), end: H(20) }], note: "" });
    expect(col(dev.id)).toMatchObject({ noServices: true });

    // What the column shades, and what it calls it.
    expect(offTime(day.hours, col(cara.id))).toEqual([
      { start: H(8), end: H(9), label: "Not working" },
      { start: H(13), end: H(14), label: "Break" },
      { start: H(17), end: H(20), label: "Not working" },
    ]);
    expect(offTime(day.hours, col(s.anna.id))).toEqual([{ start: H(8), end: H(20), label: "Holiday" }]);
    expect(offTime(day.hours, col(s.ben.id))).toEqual([]);
    // A free slot is "outside hours" when any of its 15 minutes is.
    expect([H(8, 45), H(9), H(12, 45), H(13), H(13, 45), H(14), H(16, 45), H(17)].map((m) => outsideHours(col(cara.id).spans, m))).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it("reads each column's day as the booking rules do: an exception wins over the rota, and says what it is without a note", async () => {
    // Thursday 18 June 2026: Cara works different hours with a later break (no note); Ben, with no
    // rota, has the day off (no note); Dev has neither. The same answer as lib/rota/load-rota.ts gives.
    await db.staffDayException.create({ data: { staffId: cara.id, date: "2026-06-18", startMin: H(11), endMin: H(19), breakStartMin: H(15), breakEndMin: H(15, 30) } });
    await db.staffDayException.create({ data: { staffId: s.ben.id, date: "2026-06-18" } });
    const day = await loadCalendarDay(db, "2026-06-18");
    const col = (id: number) => day.staff.find((x) => x.id === id)!;

    expect(col(cara.id)).toMatchObject({ spans: [{ start: H(11), end: H(15) }, { start: H(15, 30), end: H(19) }], note: "Different hours" });
    expect(col(s.ben.id)).toMatchObject({ spans: [], note: "Day off" });
    expect(col(dev.id)).toMatchObject({ spans: [{ start: H(8), end: H(20) }], note: "" });
    const rotas = await loadRotas(db, "all", "2026-06-18", "2026-06-18");
    for (const staff of day.staff) {
      expect(staff.spans, staff.name).toEqual(rotas.spans(staff.id, "2026-06-18"));
      expect(staff.note, staff.name).toBe(rotas.exceptionNote(staff.id, "2026-06-18") ?? "");
    }
  });

  it("shows those working plus anyone not working who still has a live appointment; everyone when asked", async () => {
    // Saturday 6 June: Cara is off. Sunday 7 June: Cara is off, but has an appointment booked anyway.
    const sunday = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: cara.id, startsAt: at("2026-06-07", "10:00"), serviceId: s.facial.id, bookAnyway: true }, s.ctx),
    );
    // A cancelled appointment does not bring a column back.
    const saturday = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.tom.id, staffId: cara.id, startsAt: at("2026-06-06", "11:00"), serviceId: s.massage.id, bookAnyway: true }, s.ctx),
    );
    await db.appointment.update({ where: { id: saturday.id }, data: { status: "CANCELLED" } });

    const sat = await loadCalendarDay(db, "2026-06-06");
    const names = (list: { name: string }[]) => list.map((x) => x.name);
    expect(names(staffShown(sat.staff, sat.appointments, false))).not.toContain("Cara Lee");
    expect(names(staffShown(sat.staff, sat.appointments, false))).toEqual(expect.arrayContaining(["Anna Price", "Ben Cole", "Dev Shah"]));
    expect(names(staffShown(sat.staff, sat.appointments, true))).toEqual(names(sat.staff));
    expect(names(sat.staff)).toContain("Cara Lee");

    const sun = await loadCalendarDay(db, "2026-06-07");
    expect(names(staffShown(sun.staff, sun.appointments, false))).toContain("Cara Lee");
    const booked = sun.appointments.find((a) => a.id === sunday.id)!;
    expect(booked.bookedAnyway).toMatch(/Cara Lee is not working/);
    expect(booked.room).toBe("");
  });

  it("shows an appointment's room", async () => {
    const laser = await createService(db, { name: "Laser full legs", durationMinutes: 45, resourceKind: "Laser room" });
    const booked = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-04", "10:00"), serviceId: laser.id }, s.ctx),
    );
    expect(booked.resourceId).toBe(laserRoomId);
    const day = await loadCalendarDay(db, "2026-06-04");
    expect(day.appointments.find((a) => a.id === booked.id)).toMatchObject({ room: "Laser room", bookedAnyway: "", startMin: H(10), endMin: H(10, 45) });
  });

  it("keeps rota spans in wall-clock minutes on the clock-change days", async () => {
    // Sunday 29 March 2026 (clocks go forward at 01:00) and Sunday 25 October (back at 02:00): Cara
    // works 10:00–16:00 on both by exception; her 10:30 appointment sits inside, at 10:30.
    for (const date of ["2026-03-29", "2026-10-25"]) {
      await db.staffDayException.create({ data: { staffId: cara.id, date, startMin: H(10), endMin: H(16), note: "Extra Sunday" } });
      const startsAt = salonInstant(date, H(10, 30), TZ);
      await db.appointment.create({
        data: { clientId: s.tom.id, staffId: cara.id, serviceId: s.massage.id, startsAt, endsAt: new Date(+startsAt + 30 * 60_000), priceMinor: 4000 },
      });
      const day = await loadCalendarDay(db, date);
      const col = day.staff.find((x) => x.id === cara.id)!;
      expect(col).toMatchObject({ spans: [{ start: H(10), end: H(16) }], note: "Extra Sunday" });
      expect(offTime(day.hours, col)).toEqual([
        { start: H(8), end: H(10), label: "Not working" },
        { start: H(16), end: H(20), label: "Not working" },
      ]);
      expect(day.appointments.filter((a) => a.staffId === cara.id).map((a) => [a.startMin, a.endMin])).toEqual([[H(10, 30), H(11)]]);
      expect(staffShown(day.staff, day.appointments, false).map((x) => x.id)).toContain(cara.id);
    }
  });

  it("refuses a booking for a staff member with no services (the column's prompt is why)", async () => {
    const error = await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: dev.id, startsAt: at("2026-06-05", "10:00"), serviceId: s.facial.id }, s.ctx)).catch(
      (e: unknown) => e,
    );
    expect(isDomainError(error) && error.code).toBe("NOT_THEIR_SERVICE");
  });
});

describe("the calendar week for one staff member", () => {
  it("gives Monday to Sunday with their spans, notes and live appointments on the right days", async () => {
    await db.staffDayException.create({ data: { staffId: cara.id, date: "2026-06-10", note: "Training" } });
    const tue = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: cara.id, startsAt: at("2026-06-09", "15:00"), serviceId: s.facial.id }, s.ctx),
    );
    const cancelled = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.tom.id, staffId: cara.id, startsAt: at("2026-06-11", "09:00"), serviceId: s.massage.id }, s.ctx),
    );
    await db.appointment.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });

    // Any day of the week gives the same week; an unknown staff member gives the first one's.
    const week = (await loadCalendarWeek(db, cara.id, "2026-06-11", TZ))!;
    expect(week.staff.name).toBe("Cara Lee");
    expect(week.days.map((d) => d.date)).toEqual(["2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11", "2026-06-12", "2026-06-13", "2026-06-14"]);
    expect(week.days.map((d) => d.staff.spans.length)).toEqual([2, 2, 0, 2, 2, 0, 0]);
    expect(week.days[2].staff.note).toBe("Training");
    expect(week.days.flatMap((d) => d.appointments.map((a) => [d.date, a.id, a.startMin]))).toEqual([["2026-06-09", tue.id, H(15)]]);
    expect(week.everyone.map((x) => x.name)).toEqual(["Maya Manager", "Anna Price", "Ben Cole", "Cara Lee", "Dev Shah"]);

    const fallback = (await loadCalendarWeek(db, 99_999, "2026-06-14", TZ))!;
    expect(fallback.staff.name).toBe("Maya Manager");
    expect(fallback.days[0].date).toBe("2026-06-08");
  });
});
