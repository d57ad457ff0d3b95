// Online free times obey who does what (skills), when (rotas, breaks, exceptions, closing) and where
// (rooms), with each stylist's own length, and "Anyone" is shared fairly: each rule at its edges,
// on clock-change days too.
import { beforeEach, describe, expect, it } from "vitest";
import { inTransaction } from "@/lib/db";
import { loadDaySummaries, loadFreeTimes } from "@/lib/online-booking/availability";
import { bookOnline, type OnlineBookingInput } from "@/lib/online-booking/book-online";
import { loadOnlineMenu, loadServiceStaff } from "@/lib/online-booking/catalogue";
import { formatSalonTime, salonInstant, weekdayOf } from "@/lib/time";
import { createClient, createSalon, createService, createStaff } from "@/prisma/factories";
import { getTestDb, resetTestDb } from "../../helpers/test-db";

const db = getTestDb();
const TZ = "Europe/London";
/** Monday 1 June 2026, 08:00 in London: every day below is ahead and within the 60-day horizon. */
const NOW = salonInstant("2026-06-01", 8 * 60, TZ);
const WED = "2026-06-03";
const THU = "2026-06-04";
const FRI = "2026-06-05";
const hm = (minutes: string) => {
  const [h, m] = minutes.split(":").map(Number);
  return h * 60 + m;
};
const at = (date: string, time: string) => salonInstant(date, hm(time), TZ);

type Hours = { start: string; end: string; breakStart?: string; breakEnd?: string } | null;
const row = (h: Hours) => ({
  startMin: h ? hm(h.start) : null,
  endMin: h ? hm(h.end) : null,
  breakStartMin: h?.breakStart ? hm(h.breakStart) : null,
  breakEndMin: h?.breakEnd ? hm(h.breakEnd) : null,
});

/** A rota: the same hours every weekday except those given (null = day off); all seven rows, as Manager → Staff saves it. */
async function setRota(staffId: number, usual: Hours, except: Record<number, Hours> = {}) {
  await db.staffWeekHours.createMany({ data: Array.from({ length: 7 }, (_, weekday) => ({ staffId, weekday, ...row(weekday in except ? except[weekday] : usual) })) });
}

/**
 * The salon of these tests: open 09:00–18:00 every day (Sundays too, for the clock-change days).
 * Grace and Priya do laser (one laser room) and facials; Jack does men's cuts only; Amy facials only.
 */
async function build(hours: [number, number][] = Array.from({ length: 7 }, () => [9 * 60, 18 * 60] as [number, number])) {
  await resetTestDb(db);
  await createSalon(db, { timezone: TZ }, hours);
  const grace = await createStaff(db, { name: "Grace Bennett", sortOrder: 1, services: [] });
  const priya = await createStaff(db, { name: "Priya Shah", sortOrder: 2, services: [] });
  const jack = await createStaff(db, { name: "Jack Morgan", sortOrder: 3, services: [] });
  const amy = await createStaff(db, { name: "Amy Lee", sortOrder: 4, services: [] });
  await createStaff(db, { name: "Rosa Reception", role: "FRONT_DESK", takesAppointments: false });
  const laser = await createService(db, { name: "Laser underarm", category: "Laser", durationMinutes: 30, resourceKind: "Laser room", staffIds: [grace.id, priya.id] });
  const cut = await createService(db, { name: "Men's cut", category: "Hair", durationMinutes: 30, staffIds: [jack.id] });
  const facial = await createService(db, { name: "Facial", category: "Skin", durationMinutes: 60, staffIds: [grace.id, priya.id, amy.id] });
  const room = await db.resource.create({ data: { name: "Laser room", kind: "Laser room" } });
  return { grace, priya, jack, amy, laser, cut, facial, room };
}

const free = (serviceId: number, staffId: number | null, date: string, now = NOW) => inTransaction((tx) => loadFreeTimes(tx, { serviceId, staffId, date }, now));
/** "HH:MM" labels of the day's free times (for one staff member, or anyone). */
const labels = async (serviceId: number, staffId: number | null, date: string, now = NOW) => (await free(serviceId, staffId, date, now)).times.map((t) => formatSalonTime(t.startsAt, TZ));
/** Who is offered at a time (staff ids), [] when it is not offered. */
const whoAt = async (serviceId: number, date: string, time: string, now = NOW) =>
  (await free(serviceId, null, date, now)).times.find((t) => +t.startsAt === +at(date, time))?.staffIds ?? [];

let n = 0;
const book = (input: Omit<OnlineBookingInput, "client">, now = NOW) => {
  n += 1;
  return inTransaction((tx) => bookOnline(tx, { ...input, client: { firstName: "Client", lastName: `No${n}`, email: `client${n}@example.com`, phone: `+4477009${String(n).padStart(5, "0")}` } }, now));
};
/** A desk booking made straight in the table (the rules under test are online's, not the desk's). */
async function deskAppointment(staffId: number, serviceId: number, date: string, from: string, to: string, resourceId: number | null = null) {
  const client = await createClient(db, { firstName: "Desk", lastName: "Client" });
  return db.appointment.create({ data: { clientId: client.id, staffId, serviceId, startsAt: at(date, from), endsAt: at(date, to), priceMinor: 0, resourceId } });
}

beforeEach(() => {
  n = 0;
});

describe("skills: only staff who do the service", () => {
  it("the barber is never offered for laser, online or by link; the staff list shows only those who do it", async () => {
    const s = await build();
    expect((await inTransaction((tx) => loadServiceStaff(tx, s.laser))).map((m) => m.name)).toEqual(["Grace Bennett", "Priya Shah"]);
    expect((await inTransaction((tx) => loadServiceStaff(tx, s.cut))).map((m) => m.name)).toEqual(["Jack Morgan"]);
    const times = (await free(s.laser.id, null, WED)).times;
    expect(times.length).toBeGreaterThan(0);
    expect(new Set(times.flatMap((t) => t.staffIds))).toEqual(new Set([s.grace.id, s.priya.id]));
    expect(times[0].staffIds).toEqual([s.grace.id, s.priya.id]);
    await expect(free(s.laser.id, s.jack.id, WED)).rejects.toThrow("Jack Morgan does not do Laser underarm. Choose someone who does, or “Anyone”.");
    await expect(book({ serviceId: s.laser.id, staffId: s.jack.id, startsAt: at(WED, "10:00") })).rejects.toThrow(/does not do Laser underarm/);
    expect(await db.appointment.count()).toBe(0);
  });

  it("a service nobody bookable does is left off the online menu", async () => {
    const s = await build();
    await createService(db, { name: "Hot stone massage", category: "Body", staffIds: [] });
    await db.staffService.deleteMany({ where: { serviceId: s.cut.id } });
    const names = (await inTransaction((tx) => loadOnlineMenu(tx))).flatMap((c) => c.services.map((x) => x.name));
    expect(names).toEqual(expect.arrayContaining(["Laser underarm", "Facial"]));
    expect(names).not.toContain("Hot stone massage");
    expect(names).not.toContain("Men's cut");
  });
});

describe("rotas: days off and date exceptions", () => {
  it("a rota day off offers nothing with them, the day strip says so, and Anyone offers the others", async () => {
    const s = await build();
    await setRota(s.grace.id, { start: "09:00", end: "18:00" }, { [weekdayOf(WED)]: null });
    const grace = await free(s.facial.id, s.grace.id, WED);
    expect(grace.times).toEqual([]);
    expect(grace.plan?.working).toBe(false);
    expect(await labels(s.facial.id, s.grace.id, THU)).toContain("09:00");
    const strip = await inTransaction((tx) => loadDaySummaries(tx, { serviceId: s.facial.id, staffId: s.grace.id, from: "2026-06-02", days: 3 }, NOW));
    expect(strip.days.map((d) => d.state)).toEqual(["open", "off", "open"]);
    expect(new Set((await free(s.facial.id, null, WED)).times.flatMap((t) => t.staffIds))).toEqual(new Set([s.priya.id, s.amy.id]));
    await expect(book({ serviceId: s.facial.id, staffId: s.grace.id, startsAt: at(WED, "10:00") })).rejects.toMatchObject({ code: "SLOT_TAKEN" });
  });

  it("a holiday exception empties the day; different hours that day bound the times (first at its start, last ending at its end)", async () => {
    const s = await build();
    await db.staffDayException.createMany({
      data: [
        { staffId: s.jack.id, date: WED, ...row(null), note: "Holiday" },
        { staffId: s.jack.id, date: THU, ...row({ start: "12:00", end: "15:00" }), note: "Dentist in the morning" },
      ],
    });
    expect(await labels(s.cut.id, s.jack.id, WED)).toEqual([]);
    const thursday = await labels(s.cut.id, s.jack.id, THU);
    expect(thursday[0]).toBe("12:00");
    expect(thursday.at(-1)).toBe("14:30");
    expect(thursday).toHaveLength(11);
    // The day after, his usual hours (no rota: the salon's).
    expect((await labels(s.cut.id, s.jack.id, FRI))[0]).toBe("09:00");
  });

  it("an exception wins over the rota's day off", async () => {
    const s = await build();
    await setRota(s.jack.id, { start: "09:00", end: "18:00" }, { [weekdayOf(WED)]: null });
    await db.staffDayException.create({ data: { staffId: s.jack.id, date: WED, ...row({ start: "16:00", end: "17:00" }) } });
    expect(await labels(s.cut.id, s.jack.id, WED)).toEqual(["16:00", "16:15", "16:30"]);
  });
});

describe("breaks and closing time", () => {
  it("a 30-minute cut is never offered across a break; it may end exactly at its start and start exactly at its end", async () => {
    const s = await build();
    await setRota(s.jack.id, { start: "09:00", end: "18:00", breakStart: "13:00", breakEnd: "14:00" });
    const times = await labels(s.cut.id, s.jack.id, WED);
    expect(times).toContain("12:30"); // 12:30–13:00
    for (const t of ["12:45", "13:00", "13:15", "13:30", "13:45"]) expect(times).not.toContain(t);
    expect(times).toContain("14:00"); // 14:00–14:30
    await expect(book({ serviceId: s.cut.id, staffId: null, startsAt: at(WED, "12:45") })).rejects.toMatchObject({ code: "SLOT_TAKEN" });
    const booked = await book({ serviceId: s.cut.id, staffId: null, startsAt: at(WED, "12:30") });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).toMatchObject({ staffId: s.jack.id, endsAt: at(WED, "13:00"), bookedAnyway: null });
  });

  it("the last time ends exactly at closing, or at the end of their day when that is earlier; a rota past closing is bounded by it", async () => {
    const s = await build();
    await setRota(s.grace.id, { start: "08:00", end: "20:00" });
    await setRota(s.priya.id, { start: "10:00", end: "16:00" });
    const grace = await labels(s.facial.id, s.grace.id, WED);
    expect([grace[0], grace.at(-1)]).toEqual(["09:00", "17:00"]);
    const priya = await labels(s.facial.id, s.priya.id, WED);
    expect([priya[0], priya.at(-1)]).toEqual(["10:00", "15:00"]);
    await expect(book({ serviceId: s.facial.id, staffId: s.grace.id, startsAt: at(WED, "17:15") })).rejects.toThrow(/not one of the times offered/);
  });
});

describe("rooms: a service needing one takes a free one", () => {
  it("one laser room: two therapists free, but once one is booked only one laser time is offered at a time", async () => {
    const s = await build();
    expect(await whoAt(s.laser.id, WED, "10:00")).toEqual([s.grace.id, s.priya.id]);
    const first = await book({ serviceId: s.laser.id, staffId: null, startsAt: at(WED, "10:00") });
    const appt = await db.appointment.findUniqueOrThrow({ where: { id: first.appointmentId } });
    expect(appt).toMatchObject({ staffId: s.grace.id, resourceId: s.room.id });
    // Priya is free, the room is not: 10:00 and 10:15 are gone for everyone; 09:30 (ends at 10:00) and 10:30 stay.
    expect(await whoAt(s.laser.id, WED, "10:00")).toEqual([]);
    expect(await whoAt(s.laser.id, WED, "10:15")).toEqual([]);
    expect(await whoAt(s.laser.id, WED, "09:45")).toEqual([]);
    expect(await whoAt(s.laser.id, WED, "09:30")).toEqual([s.grace.id, s.priya.id]);
    expect(await whoAt(s.laser.id, WED, "10:30")).toEqual([s.grace.id, s.priya.id]);
    expect(await labels(s.laser.id, s.priya.id, WED)).not.toContain("10:00");
    // Priya is still free then for a facial (no room).
    expect(await whoAt(s.facial.id, WED, "10:00")).toEqual([s.priya.id, s.amy.id]);
    // Booking it anyway (a page left open) is told the room has gone, and nothing is written.
    const before = await db.appointment.count();
    await expect(book({ serviceId: s.laser.id, staffId: s.priya.id, startsAt: at(WED, "10:00") })).rejects.toMatchObject({ code: "SLOT_TAKEN", message: expect.stringMatching(/room this treatment needs/) });
    await expect(book({ serviceId: s.laser.id, staffId: s.grace.id, startsAt: at(WED, "10:00") })).rejects.toMatchObject({ code: "SLOT_TAKEN", message: expect.stringMatching(/someone else booked it/) });
    expect(await db.appointment.count()).toBe(before);
  });

  it("a room held by anyone's appointment counts (a desk booking by staff not offered); a cancelled one does not", async () => {
    const s = await build();
    const held = await deskAppointment(s.amy.id, s.facial.id, WED, "11:00", "12:00", s.room.id);
    const times = await labels(s.laser.id, null, WED);
    for (const t of ["11:00", "11:30", "10:45"]) expect(times).not.toContain(t);
    expect(times).toContain("10:30");
    expect(times).toContain("12:00");
    await db.appointment.update({ where: { id: held.id }, data: { status: "CANCELLED" } });
    expect(await labels(s.laser.id, null, WED)).toContain("11:00");
  });

  it("a second room of the kind doubles what is offered; an inactive room or none at all offers nothing", async () => {
    const s = await build();
    await book({ serviceId: s.laser.id, staffId: s.grace.id, startsAt: at(WED, "10:00") });
    const second = await db.resource.create({ data: { name: "Laser room 2", kind: "Laser room" } });
    expect(await whoAt(s.laser.id, WED, "10:00")).toEqual([s.priya.id]);
    const booked = await book({ serviceId: s.laser.id, staffId: null, startsAt: at(WED, "10:00") });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).toMatchObject({ staffId: s.priya.id, resourceId: second.id });
    await db.resource.updateMany({ data: { active: false } });
    expect(await labels(s.laser.id, null, THU)).toEqual([]);
  });
});

describe("own durations", () => {
  it("each therapist's own length sets their times and the booking's length", async () => {
    const s = await build();
    await db.staffService.update({ where: { staffId_serviceId: { staffId: s.grace.id, serviceId: s.facial.id } }, data: { durationMinutes: 90 } });
    await db.staffService.update({ where: { staffId_serviceId: { staffId: s.priya.id, serviceId: s.facial.id } }, data: { durationMinutes: 45 } });
    expect((await labels(s.facial.id, s.grace.id, WED)).at(-1)).toBe("16:30");
    expect((await labels(s.facial.id, s.priya.id, WED)).at(-1)).toBe("17:15");
    expect((await labels(s.facial.id, s.amy.id, WED)).at(-1)).toBe("17:00");
    expect(await whoAt(s.facial.id, WED, "17:15")).toEqual([s.priya.id]);
    // Before her 11:00–12:00 appointment Grace's 90 minutes fit from 09:30 at the latest, not 09:45.
    await deskAppointment(s.grace.id, s.facial.id, WED, "11:00", "12:00");
    const grace = await labels(s.facial.id, s.grace.id, WED);
    expect(grace).toContain("09:30");
    expect(grace).not.toContain("09:45");
    const booked = await book({ serviceId: s.facial.id, staffId: s.grace.id, startsAt: at(WED, "09:30") });
    const appt = await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } });
    expect((+appt.endsAt - +appt.startsAt) / 60_000).toBe(90);
    // Anyone at 17:15 goes to the only one whose length fits: Priya, for 45 minutes.
    const late = await book({ serviceId: s.facial.id, staffId: null, startsAt: at(WED, "17:15") });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: late.appointmentId } })).toMatchObject({ staffId: s.priya.id, endsAt: at(WED, "18:00") });
  });
});

describe("Anyone spreads bookings fairly", () => {
  it("goes to the least booked that day among those free, ties to the calendar order", async () => {
    const s = await build();
    await deskAppointment(s.grace.id, s.facial.id, WED, "09:00", "10:00");
    await deskAppointment(s.grace.id, s.facial.id, WED, "16:00", "17:00");
    await deskAppointment(s.priya.id, s.facial.id, WED, "16:00", "17:00");
    await deskAppointment(s.amy.id, s.facial.id, WED, "09:00", "10:00");
    // A cancelled one and one on another day do not count.
    const cancelled = await deskAppointment(s.priya.id, s.facial.id, WED, "09:00", "10:00");
    await db.appointment.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    await deskAppointment(s.priya.id, s.facial.id, THU, "09:00", "10:00");
    const staffOf = async (b: { appointmentId: number }) => (await db.appointment.findUniqueOrThrow({ where: { id: b.appointmentId } })).staffId;
    // Grace 2, Priya 1, Amy 1: Priya (first of the tie in calendar order).
    expect(await staffOf(await book({ serviceId: s.facial.id, staffId: null, startsAt: at(WED, "12:00") }))).toBe(s.priya.id);
    // Grace 2, Priya 2, Amy 1: Amy.
    expect(await staffOf(await book({ serviceId: s.facial.id, staffId: null, startsAt: at(WED, "12:00") }))).toBe(s.amy.id);
    // Only Grace is free at 12:00 now, however booked she is.
    expect(await staffOf(await book({ serviceId: s.facial.id, staffId: null, startsAt: at(WED, "12:00") }))).toBe(s.grace.id);
    // Grace 3, Priya 2, Amy 2, all free at 14:00: Priya, first of the tie.
    expect(await staffOf(await book({ serviceId: s.facial.id, staffId: null, startsAt: at(WED, "14:00") }))).toBe(s.priya.id);
  });
});

describe("clock-change days in Europe/London (salon open on Sundays here)", () => {
  const SPRING = "2026-03-29"; // 01:00 GMT → 02:00 BST
  const AUTUMN = "2026-10-25"; // 02:00 BST → 01:00 GMT
  const iso = (d: Date) => d.toISOString().slice(11, 16);

  it("last Sunday of March: the rota's times are right either side of the change, the break is kept, and a booking lands on them", async () => {
    const s = await build();
    await setRota(s.jack.id, { start: "10:00", end: "16:00", breakStart: "12:00", breakEnd: "12:30" });
    const now = salonInstant("2026-03-20", 9 * 60, TZ);
    const before = (await free(s.cut.id, s.jack.id, "2026-03-28", now)).times;
    expect([iso(before[0].startsAt), formatSalonTime(before[0].startsAt, TZ)]).toEqual(["10:00", "10:00"]); // GMT
    const day = (await free(s.cut.id, s.jack.id, SPRING, now)).times;
    expect(day.map((t) => formatSalonTime(t.startsAt, TZ))).toEqual(
      ["10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30", "12:30", "12:45", "13:00", "13:15", "13:30", "13:45", "14:00", "14:15", "14:30", "14:45", "15:00", "15:15", "15:30"],
    );
    expect(iso(day[0].startsAt)).toBe("09:00"); // 10:00 BST
    expect(iso(day.at(-1)!.startsAt)).toBe("14:30");
    const booked = await book({ serviceId: s.cut.id, staffId: null, startsAt: day.at(-1)!.startsAt }, now);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).toMatchObject({ startsAt: at(SPRING, "15:30"), endsAt: at(SPRING, "16:00"), bookedAnyway: null });
  });

  it("last Sunday of October: the same on the 25-hour day", async () => {
    const s = await build();
    await setRota(s.jack.id, { start: "10:00", end: "16:00", breakStart: "12:00", breakEnd: "12:30" });
    const now = salonInstant("2026-10-20", 9 * 60, TZ);
    const before = (await free(s.cut.id, s.jack.id, "2026-10-24", now)).times;
    expect(iso(before[0].startsAt)).toBe("09:00"); // 10:00 BST
    const day = (await free(s.cut.id, s.jack.id, AUTUMN, now)).times;
    expect(day).toHaveLength(20);
    expect([iso(day[0].startsAt), formatSalonTime(day[0].startsAt, TZ)]).toEqual(["10:00", "10:00"]); // GMT
    expect(day.map((t) => formatSalonTime(t.startsAt, TZ))).toContain("11:30");
    expect(day.map((t) => formatSalonTime(t.startsAt, TZ))).not.toContain("11:45");
    const booked = await book({ serviceId: s.cut.id, staffId: null, startsAt: day[0].startsAt }, now);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).toMatchObject({ startsAt: at(AUTUMN, "10:00"), bookedAnyway: null });
  });

  it("a night opening across the change: spring never offers the missing hour, autumn offers the repeated hour twice, and both book", async () => {
    const night: [number, number][] = Array.from({ length: 7 }, () => [0, 4 * 60] as [number, number]);
    const s = await build(night);
    const spring = (await free(s.cut.id, s.jack.id, SPRING, salonInstant("2026-03-20", 0, TZ))).times;
    const springLabels = spring.map((t) => formatSalonTime(t.startsAt, TZ));
    expect(springLabels.filter((l) => l.startsWith("01:"))).toEqual([]);
    // 00:00–04:00 on the wall clock is three real hours: 12 quarter-hour starts for a 30-minute cut, less the last.
    expect(spring).toHaveLength(11);
    expect(springLabels.slice(2, 6)).toEqual(["00:30", "00:45", "02:00", "02:15"]);
    // 00:45 GMT + 30 minutes is 02:15 BST: a real half hour, and it books.
    const across = spring[3].startsAt;
    expect(+across - +salonInstant(SPRING, 0, TZ)).toBe(45 * 60_000);
    await book({ serviceId: s.cut.id, staffId: s.jack.id, startsAt: across }, salonInstant("2026-03-20", 0, TZ));

    const autumn = (await free(s.cut.id, s.jack.id, AUTUMN, salonInstant("2026-10-20", 0, TZ))).times;
    const autumnLabels = autumn.map((t) => formatSalonTime(t.startsAt, TZ));
    // 00:00–04:00 on the wall clock is five real hours: 20 starts, less the last; 01:00–01:45 twice (BST, then GMT).
    expect(autumn).toHaveLength(19);
    expect(autumnLabels.filter((l) => l === "01:15")).toHaveLength(2);
    expect(new Set(autumn.map((t) => +t.startsAt)).size).toBe(19);
    const secondOneFifteen = autumn.filter((t) => formatSalonTime(t.startsAt, TZ) === "01:15")[1].startsAt;
    expect(secondOneFifteen.toISOString()).toBe("2026-10-25T01:15:00.000Z");
    const booked = await book({ serviceId: s.cut.id, staffId: null, startsAt: secondOneFifteen }, salonInstant("2026-10-20", 0, TZ));
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).startsAt).toEqual(secondOneFifteen);
    // The first 01:15 (BST) is still free, the second is not.
    const after = (await free(s.cut.id, s.jack.id, AUTUMN, salonInstant("2026-10-20", 0, TZ))).times.map((t) => +t.startsAt);
    expect(after).not.toContain(+secondOneFifteen);
    expect(after).toContain(+secondOneFifteen - 3600_000);
  });
});
