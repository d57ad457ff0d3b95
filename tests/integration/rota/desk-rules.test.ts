import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, type BookAppointmentInput } from "@/lib/appointments/book-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { salonInstant } from "@/lib/time";
import { createClient, createSalon, createService, createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";

// The desk's booking rules (lib/appointments/booking-rules.ts) at their edges: who does the service,
// the stylist's rota with breaks and date exceptions, rooms, and a day the clocks change.

const db = getTestDb();
const TZ = "Europe/London";
const NOW = salonInstant("2026-03-02", 8 * 60, TZ); // Monday 2 March 2026, 08:00
const at = (date: string, hhmm: string) => salonInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ);

let ids: { grace: number; jack: number; nina: number; laser: number; cut: number; facial: number; client: number; manager: number; rooms: number[] };
const ctx = (now = NOW) => opContext(ids.manager, now);
const book = (input: Partial<BookAppointmentInput> & { staffId: number; startsAt: Date }, now = NOW) =>
  inTransaction((tx) => bookAppointment(tx, { clientId: ids.client, serviceId: ids.laser, ...input }, ctx(now)), db);
const codeOf = (promise: Promise<unknown>) => promise.then(() => "BOOKED", (e: { code?: string; message: string }) => `${e.code}: ${e.message}`);

beforeAll(async () => {
  // Open every day 08:00–20:00 (the factory's default), so the rota, not the salon, is what limits.
  await createSalon(db, { timezone: TZ });
  const manager = await createStaff(db, { name: "Maya Manager", role: "MANAGER", takesAppointments: false });
  const grace = await createStaff(db, { name: "Grace Bennett", sortOrder: 1 });
  const jack = await createStaff(db, { name: "Jack Morgan", sortOrder: 2 });
  const nina = await createStaff(db, { name: "Nina Shah", sortOrder: 3 });
  const laser = await createService(db, { name: "Laser underarm", durationMinutes: 30, resourceKind: "Laser room", staffIds: [grace.id, nina.id] });
  const cut = await createService(db, { name: "Men's cut", durationMinutes: 30, staffIds: [jack.id] });
  const facial = await createService(db, { name: "Facial", durationMinutes: 60, staffIds: [grace.id] });
  await db.staffService.update({ where: { staffId_serviceId: { staffId: nina.id, serviceId: laser.id } }, data: { durationMinutes: 45 } });
  const room = await db.resource.create({ data: { name: "Laser room", kind: "Laser room" } });
  // Jack: Monday–Saturday 09:00–17:00 with lunch 13:00–14:00, Sunday off; a holiday on Tuesday 3 March,
  // and 12:00–16:00 on Wednesday 4 March.
  for (let weekday = 0; weekday < 7; weekday++) {
    await db.staffWeekHours.create({
      data: weekday === 0 ? { staffId: jack.id, weekday } : { staffId: jack.id, weekday, startMin: 540, endMin: 1020, breakStartMin: 780, breakEndMin: 840 },
    });
  }
  await db.staffDayException.create({ data: { staffId: jack.id, date: "2026-03-03", note: "Holiday" } });
  await db.staffDayException.create({ data: { staffId: jack.id, date: "2026-03-04", startMin: 720, endMin: 960 } });
  const client = await createClient(db, { firstName: "Jane", lastName: "Doe" });
  ids = { grace: grace.id, jack: jack.id, nina: nina.id, laser: laser.id, cut: cut.id, facial: facial.id, client: client.id, manager: manager.id, rooms: [room.id] };
});

describe("who does the service", () => {
  it("refuses a stylist who does not do it, naming who does", async () => {
    expect(await codeOf(book({ staffId: ids.jack, startsAt: at("2026-03-02", "10:00") }))).toBe(
      "NOT_THEIR_SERVICE: Jack Morgan does not do Laser underarm. Choose someone who does: Grace Bennett or Nina Shah.",
    );
    expect(await db.appointment.count()).toBe(0);
  });

  it("books the stylist's own length when none is given", async () => {
    const a = await book({ staffId: ids.nina, startsAt: at("2026-03-09", "10:00") });
    expect((+a.endsAt - +a.startsAt) / 60_000).toBe(45);
    expect(a.resourceId).toBe(ids.rooms[0]);
  });

  it("refuses a move or a change of service to someone who does not do it", async () => {
    const a = await book({ staffId: ids.jack, serviceId: ids.cut, startsAt: at("2026-03-09", "10:00") });
    expect(await codeOf(inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, serviceId: ids.facial }, ctx()), db))).toMatch(
      /^NOT_THEIR_SERVICE: Jack Morgan does not do Facial\. Choose someone who does: Grace Bennett\.$/,
    );
    expect(await codeOf(inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, staffId: ids.grace }, ctx()), db))).toMatch(/^NOT_THEIR_SERVICE: Grace Bennett does not do Men's cut/);
  });
});

describe("the stylist's hours", () => {
  const cut = (hhmm: string, date = "2026-03-02", extra: Partial<BookAppointmentInput> = {}) =>
    codeOf(book({ staffId: ids.jack, serviceId: ids.cut, startsAt: at(date, hhmm), ...extra }));

  it("books right up to the break and right after it, and warns across it", async () => {
    expect(await cut("12:30")).toBe("BOOKED");
    expect(await cut("14:00")).toBe("BOOKED");
    expect(await cut("13:15")).toBe("NEEDS_CONFIRMATION: 13:15–13:45 is outside Jack Morgan's hours on Mon 2 Mar 2026 (09:00–13:00 and 14:00–17:00).");
    expect(await cut("16:45", "2026-03-02", { durationMinutes: 30 })).toMatch(/^NEEDS_CONFIRMATION: 16:45–17:15 is outside/);
    expect(await cut("08:45")).toMatch(/^NEEDS_CONFIRMATION: 08:45–09:15 is outside/);
  });

  it("warns on a day off and on a holiday; Book anyway books it and keeps the warning", async () => {
    expect(await cut("10:00", "2026-03-08")).toBe("NEEDS_CONFIRMATION: Jack Morgan is not working on Sun 8 Mar 2026.");
    expect(await cut("10:00", "2026-03-03")).toBe("NEEDS_CONFIRMATION: Jack Morgan is not working on Tue 3 Mar 2026 (Holiday).");
    const a = await book({ staffId: ids.jack, serviceId: ids.cut, startsAt: at("2026-03-03", "10:00"), bookAnyway: true });
    expect(a.bookedAnyway).toBe("Jack Morgan is not working on Tue 3 Mar 2026 (Holiday).");
  });

  it("follows a date's different hours", async () => {
    expect(await cut("11:30", "2026-03-04")).toMatch(/^NEEDS_CONFIRMATION: 11:30–12:00 is outside Jack Morgan's hours on Wed 4 Mar 2026 \(12:00–16:00\)/);
    expect(await cut("12:00", "2026-03-04")).toBe("BOOKED");
    expect(await cut("15:30", "2026-03-04")).toBe("BOOKED");
  });

  it("warns about a time already past today, also on a move, but not on a convert or a resize that keeps the start", async () => {
    const later = at("2026-03-05", "11:10");
    expect(await codeOf(book({ staffId: ids.jack, serviceId: ids.cut, startsAt: at("2026-03-05", "10:00") }, later))).toBe(
      "NEEDS_CONFIRMATION: That time has already passed (it is 11:10 now).",
    );
    const a = await book({ staffId: ids.jack, serviceId: ids.cut, startsAt: at("2026-03-05", "11:00"), bookAnyway: true }, later);
    expect(a.bookedAnyway).toMatch(/already passed/);
    // Longer, same start: no question about the past.
    const longer = await inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, durationMinutes: 45 }, ctx(later)), db);
    expect((+longer.endsAt - +longer.startsAt) / 60_000).toBe(45);
    expect(await codeOf(inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, startsAt: at("2026-03-05", "10:30") }, ctx(later)), db))).toMatch(
      /^NEEDS_CONFIRMATION: That time has already passed/,
    );
  });

  it("a resize past the end of the day warns", async () => {
    const a = await book({ staffId: ids.jack, serviceId: ids.cut, startsAt: at("2026-03-10", "16:00") });
    expect(await codeOf(inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, durationMinutes: 90 }, ctx()), db))).toMatch(
      /^NEEDS_CONFIRMATION: 16:00–17:30 is outside Jack Morgan's hours/,
    );
    const resized = await inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, durationMinutes: 90, bookAnyway: true }, ctx()), db);
    expect(resized.bookedAnyway).toMatch(/16:00–17:30 is outside/);
  });

  it("reads hours on the wall clock on the days the clocks change", async () => {
    // 29 March 2026: clocks go forward at 01:00 (a 23-hour day); 25 October: back (25 hours). Jack works Sundays on those dates.
    await db.staffDayException.create({ data: { staffId: ids.jack, date: "2026-03-29", startMin: 540, endMin: 1020 } });
    await db.staffDayException.create({ data: { staffId: ids.jack, date: "2026-10-25", startMin: 540, endMin: 1020 } });
    for (const date of ["2026-03-29", "2026-10-25"]) {
      expect(await cut("09:00", date)).toBe("BOOKED");
      expect(await cut("16:30", date)).toBe("BOOKED");
      expect(await cut("08:30", date)).toMatch(/^NEEDS_CONFIRMATION: 08:30–09:00 is outside/);
      expect(await cut("17:00", date)).toMatch(/^NEEDS_CONFIRMATION: 17:00–17:30 is outside/);
    }
    const a = await db.appointment.findFirstOrThrow({ where: { startsAt: at("2026-03-29", "09:00") } });
    expect(a.startsAt.toISOString()).toBe("2026-03-29T08:00:00.000Z"); // 09:00 BST
  });
});

describe("rooms", () => {
  it("gives each booking a free room and refuses when none is free, offering the next free times", async () => {
    const first = await book({ staffId: ids.grace, startsAt: at("2026-03-16", "10:00") });
    expect(first.resourceId).toBe(ids.rooms[0]);
    // Nina is free, but the only laser room is not: 10:15 overlaps, 10:30 is the first free start.
    expect(await codeOf(book({ staffId: ids.nina, startsAt: at("2026-03-16", "10:15") }))).toBe(
      "NO_RESOURCE: No laser room is free 10:15–11:00. Next free that day: 10:30, 10:45, 11:00, 11:15.",
    );
    expect(await codeOf(book({ staffId: ids.nina, startsAt: at("2026-03-16", "10:30") }))).toBe("BOOKED");
  });

  it("a second room of the kind takes the next booking; a chosen room that is taken is refused", async () => {
    const second = await db.resource.create({ data: { name: "Laser room 2", kind: "Laser room", sortOrder: 1 } });
    const a = await book({ staffId: ids.grace, startsAt: at("2026-03-17", "10:00") });
    const b = await book({ staffId: ids.nina, startsAt: at("2026-03-17", "10:00") });
    expect([a.resourceId, b.resourceId]).toEqual([ids.rooms[0], second.id]);
    // Moving Grace's booking into Laser room 2 while Nina holds it: refused, and the move changes nothing.
    expect(await codeOf(inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, resourceId: second.id }, ctx()), db))).toBe(
      "NO_RESOURCE: Laser room 2 is taken 10:00–10:30. Laser room is free then.",
    );
    // A cancelled booking frees its room.
    await db.appointment.update({ where: { id: b.id }, data: { status: "CANCELLED" } });
    const moved = await inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, resourceId: second.id }, ctx()), db);
    expect(moved.resourceId).toBe(second.id);
    await db.resource.update({ where: { id: second.id }, data: { active: false } });
  });

  it("an appointment keeps a room since retired when it is edited without moving; a refusal comes before any Book anyway question", async () => {
    const old = await db.resource.create({ data: { name: "Old laser room", kind: "Laser room", sortOrder: 9 } });
    const a = await book({ staffId: ids.grace, startsAt: at("2026-03-19", "10:00"), resourceId: old.id });
    await db.resource.update({ where: { id: old.id }, data: { active: false } });
    const edited = await inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, notes: "Bring goggles" }, ctx()), db);
    expect(edited.resourceId).toBe(old.id);
    // Moved, it takes an active room.
    const moved = await inTransaction((tx) => changeAppointment(tx, { appointmentId: a.id, startsAt: at("2026-03-19", "11:00") }, ctx()), db);
    expect(moved.resourceId).toBe(ids.rooms[0]);
    // Nina's laser at 11:00 after hours would need Book anyway, but the room is taken: the refusal says so first.
    await db.staffWeekHours.createMany({ data: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ staffId: ids.nina, weekday, startMin: 720, endMin: 1020 })) });
    expect(await codeOf(book({ staffId: ids.nina, startsAt: at("2026-03-19", "11:00") }))).toMatch(/^NO_RESOURCE: No laser room is free 11:00–11:45\. Next free that day: 12:00/);
    await db.staffWeekHours.deleteMany({ where: { staffId: ids.nina } });
  });

  it("a service needing a kind nobody has set up is refused with what to do", async () => {
    const peel = await createService(db, { name: "Peel", durationMinutes: 30, resourceKind: "Peel bed", staffIds: [ids.grace] });
    expect(await codeOf(book({ staffId: ids.grace, serviceId: peel.id, startsAt: at("2026-03-18", "10:00") }))).toMatch(
      /^NO_RESOURCE: This service needs a peel bed and none is set up/,
    );
  });
});
