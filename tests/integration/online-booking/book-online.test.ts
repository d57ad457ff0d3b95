import { beforeAll, describe, expect, it } from "vitest";
import { onlineBookingSchema } from "@/lib/online-booking/schemas";
import { inTransaction } from "@/lib/db";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { loadFreeTimes } from "@/lib/online-booking/availability";
import { bookOnline, type OnlineBookingInput } from "@/lib/online-booking/book-online";
import { createClient, createService } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const book = (input: OnlineBookingInput, now = NOW) => inTransaction((tx) => bookOnline(tx, input, now));
const details = (over: Partial<OnlineBookingInput["client"]> = {}) => ({ firstName: "Nia", lastName: "Online", email: "nia@example.com", phone: "+447700900555", ...over });
/** Parses as the public form does: trims, lower-cases the email, makes the phone E.164. */
const fromForm = (raw: Record<string, string>) => {
  const { serviceId, staffId, startsAt, ...client } = onlineBookingSchema.parse(raw);
  return { serviceId, staffId, startsAt, client };
};
const counts = async () => ({ appointments: await db.appointment.count(), clients: await db.client.count(), logs: await db.courseBookingLog.count() });

describe("booking online: the client card", () => {
  it("creates a card for a new client and books a single, marked online, with a cancel token and no staff author", async () => {
    const booked = await book({ serviceId: s.facial.id, staffId: s.anna.id, startsAt: at("2026-06-10", "10:00"), client: details() });
    const appt = await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId }, include: { client: true } });
    expect(appt).toMatchObject({ source: "ONLINE", status: "BOOKED", staffId: s.anna.id, serviceId: s.facial.id, priceMinor: 6000, clientCourseLineId: null, createdById: null });
    expect(appt.cancelToken).toBe(booked.cancelToken);
    expect(booked.cancelToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(appt.client).toMatchObject({ firstName: "Nia", lastName: "Online", email: "nia@example.com", phone: "+447700900555" });
    expect(+appt.endsAt - +appt.startsAt).toBe(60 * 60_000);
  });

  it("attaches to an existing card only when email and phone both match it (normalised), and changes nothing on the card", async () => {
    const before = await counts();
    const both = await book(fromForm({ serviceId: String(s.massage.id), staffId: "any", startsAt: at("2026-06-11", "10:00").toISOString(), firstName: "Jane", lastName: "Doe", email: "  JANE@Example.com ", phone: "07700 900001" }));
    expect(both.clientId).toBe(s.jane.id);
    expect((await counts()).clients).toBe(before.clients);
    expect(await db.client.findUniqueOrThrow({ where: { id: s.jane.id } })).toMatchObject({ firstName: "Jane", email: "jane@example.com", possibleDuplicate: false });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: both.appointmentId } })).bookedAsName).toBeNull();
  });

  it("a matched booking under another name keeps the name typed for the desk", async () => {
    const booked = await book({ serviceId: s.massage.id, staffId: null, startsAt: at("2026-06-11", "15:00"), client: details({ firstName: "Janet", lastName: "Doe", email: "jane@example.com", phone: "+447700900001" }) });
    expect(booked.clientId).toBe(s.jane.id);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).bookedAsName).toBe("Janet Doe");
  });

  it("an email alone or a phone alone never attaches to a card: a new card marked as a possible duplicate", async () => {
    const before = await counts();
    const byPhone = await book(fromForm({ serviceId: String(s.massage.id), staffId: "any", startsAt: at("2026-06-11", "11:00").toISOString(), firstName: "Tommy", lastName: "H", email: "new-tom@example.com", phone: "07700 900002" }));
    const byEmail = await book({ serviceId: s.massage.id, staffId: null, startsAt: at("2026-06-11", "12:00"), client: details({ email: "jane@example.com", phone: "+447700900999" }) });
    for (const booked of [byPhone, byEmail]) {
      expect([s.tom.id, s.jane.id]).not.toContain(booked.clientId);
      expect(await db.client.findUniqueOrThrow({ where: { id: booked.clientId } })).toMatchObject({ possibleDuplicate: true, mergedIntoId: null });
    }
    expect((await counts()).clients).toBe(before.clients + 2);
    expect(await db.client.findUniqueOrThrow({ where: { id: s.tom.id } })).toMatchObject({ firstName: "Tom", email: "tom@example.com", possibleDuplicate: false });
    // Nobody else's details: a plain new card.
    const stranger = await book({ serviceId: s.massage.id, staffId: null, startsAt: at("2026-06-11", "13:00"), client: details({ email: "stranger@example.com", phone: "+447700900998" }) });
    expect((await db.client.findUniqueOrThrow({ where: { id: stranger.clientId } })).possibleDuplicate).toBe(false);
  });
});

describe("booking online: courses", () => {
  it("links to the client's valid course for exactly that service, the one expiring first, and holds one circle", async () => {
    const client = await createClient(db, { firstName: "Cora", lastName: "Course", email: "cora@example.com", phone: "+447700900601" });
    const later = await sell(db, s, client.id, s.laserCourse.id); // bought today: expires 2027-05-31
    const sooner = await sell(db, s, client.id, s.laserCourse.id, at("2025-09-01", "10:00")); // expires 2026-08-31
    await sell(db, s, client.id, s.facialPackage.id); // another service: never used for laser
    const booked = await book({ serviceId: s.laser.id, staffId: s.ben.id, startsAt: at("2026-06-12", "09:00"), client: details({ email: "cora@example.com", phone: "+447700900601" }) });
    const appt = await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } });
    expect(appt.clientCourseLineId).toBe(sooner.lines[0].id);
    const soonerView = (await loadClientCourse(db, sooner.clientCourseId, TZ, NOW))!;
    expect(soonerView.lines[0].balance).toMatchObject({ booked: 1, free: 5 });
    expect((await loadClientCourse(db, later.clientCourseId, TZ, NOW))!.lines[0].balance).toMatchObject({ booked: 0, free: 6 });
    const log = await db.courseBookingLog.findFirstOrThrow({ where: { appointmentId: appt.id } });
    expect(log).toMatchObject({ action: "BOOKED", staffId: null, clientCourseLineId: sooner.lines[0].id });
  });

  it("books a normal single when the course has expired by that day, or has no free session, or is for another service", async () => {
    const client = await createClient(db, { firstName: "Sid", lastName: "Single", email: "sid@example.com", phone: "+447700900602" });
    await sell(db, s, client.id, s.laserCourse.id, at("2025-06-20", "10:00")); // last day 2026-06-19
    const who = details({ email: "sid@example.com", phone: "+447700900602" });
    const expired = await book({ serviceId: s.laser.id, staffId: s.ben.id, startsAt: at("2026-06-22", "09:00"), client: who });
    const lineOf = async (b: { appointmentId: number }) => (await db.appointment.findUniqueOrThrow({ where: { id: b.appointmentId } })).clientCourseLineId;
    expect(await lineOf(expired)).toBeNull();
    const otherService = await book({ serviceId: s.facial.id, staffId: s.ben.id, startsAt: at("2026-06-18", "09:00"), client: who });
    expect(await lineOf(otherService)).toBeNull();
    // Within validity, the course is used until its six sessions are all booked; the seventh is a single.
    const used = [];
    for (let i = 0; i < 7; i++) used.push(await book({ serviceId: s.laser.id, staffId: s.ben.id, startsAt: at("2026-06-15", `${10 + i}:00`), client: who }));
    expect(await Promise.all(used.map(async (b) => (await lineOf(b)) !== null))).toEqual([true, true, true, true, true, true, false]);
  });
});

describe("booking online: a partial match never touches a course", () => {
  it("a stranger with a client's phone (any name, own email) gets a card of their own: the client's course is not held", async () => {
    const client = await createClient(db, { firstName: "Pia", lastName: "Prepaid", email: "pia@example.com", phone: "+447700900620" });
    const sold = await sell(db, s, client.id, s.laserCourse.id);
    const stranger = await book({ serviceId: s.laser.id, staffId: s.ben.id, startsAt: at("2026-06-16", "09:00"), client: details({ firstName: "Eve", email: "eve@example.com", phone: "+447700900620" }) });
    expect(stranger.clientId).not.toBe(client.id);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: stranger.appointmentId } })).clientCourseLineId).toBeNull();
    expect((await loadClientCourse(db, sold.clientCourseId, TZ, NOW))!.lines[0].balance).toMatchObject({ booked: 0, free: 6 });
    // The client herself, email and phone both, does use it.
    const herself = await book({ serviceId: s.laser.id, staffId: s.ben.id, startsAt: at("2026-06-16", "10:00"), client: details({ firstName: "Pia", lastName: "Prepaid", email: "pia@example.com", phone: "07700 900620".replace(/^0/, "+44").replace(/ /g, "") }) });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: herself.appointmentId } })).clientCourseLineId).toBe(sold.lines[0].id);
  });
});

describe("booking online: refusals write nothing", () => {
  it("refuses an unknown service, a desk-only or inactive service, a past day, a day beyond the horizon, a passed time and an off-grid time", async () => {
    const deskOnly = await createService(db, { name: "Consultation", bookableOnline: false });
    const before = await counts();
    const attempt = (over: Partial<OnlineBookingInput>) =>
      book({ serviceId: s.facial.id, staffId: s.anna.id, startsAt: at("2026-06-20", "10:00"), client: details({ email: "nobody@example.com", phone: "+447700900999" }), ...over });
    await expect(attempt({ serviceId: 99_999 })).rejects.toThrow(/cannot be booked online/);
    await expect(attempt({ serviceId: deskOnly.id })).rejects.toThrow(/cannot be booked online/);
    await expect(attempt({ startsAt: at("2026-05-31", "10:00") })).rejects.toThrow(/already passed/);
    await expect(attempt({ startsAt: at("2026-08-01", "10:00") })).rejects.toThrow(/up to 60 days ahead/);
    await expect(attempt({ startsAt: at("2026-06-01", "08:45") })).rejects.toThrow(/already passed/);
    await expect(attempt({ startsAt: at("2026-06-20", "10:07") })).rejects.toThrow(/not one of the times offered/);
    await expect(attempt({ startsAt: at("2026-06-20", "19:30") })).rejects.toThrow(/not one of the times offered/); // a 60-minute facial would end after closing
    await expect(attempt({ staffId: 99_999 })).rejects.toThrow(/not taking online bookings/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a time that is not free with “that time has just gone”, writing no client card", async () => {
    await book({ serviceId: s.facial.id, staffId: s.anna.id, startsAt: at("2026-06-21", "10:00"), client: details({ email: "first@example.com", phone: "+447700900611" }) });
    const before = await counts();
    await expect(
      book({ serviceId: s.massage.id, staffId: s.anna.id, startsAt: at("2026-06-21", "10:30"), client: details({ email: "second@example.com", phone: "+447700900612" }) }),
    ).rejects.toMatchObject({ code: "SLOT_TAKEN", message: expect.stringMatching(/just gone/) });
    expect(await counts()).toEqual(before);
  });

  it("rejects malformed email and phone at the form's schema", () => {
    const base = { serviceId: "1", staffId: "any", startsAt: at("2026-06-20", "10:00").toISOString(), firstName: "A", lastName: "B" };
    expect(onlineBookingSchema.safeParse({ ...base, email: "not-an-email", phone: "07700 900123" }).success).toBe(false);
    expect(onlineBookingSchema.safeParse({ ...base, email: "a@example.com", phone: "12" }).success).toBe(false);
    expect(onlineBookingSchema.safeParse({ ...base, email: "a@example.com", phone: "07700 900123", startsAt: "tomorrow" }).success).toBe(false);
  });
});

describe("two clients racing for the last free time", () => {
  it("with one staff member: exactly one wins, the other is told it has gone and the time is no longer offered", async () => {
    const day = "2026-06-24";
    // Anna is busy all day but 14:00–15:00.
    const filler = await createClient(db, { firstName: "Fill", lastName: "Er" });
    await db.appointment.createMany({
      data: [
        { clientId: filler.id, staffId: s.anna.id, serviceId: s.facial.id, startsAt: at(day, "08:00"), endsAt: at(day, "14:00"), priceMinor: 0 },
        { clientId: filler.id, staffId: s.anna.id, serviceId: s.facial.id, startsAt: at(day, "15:00"), endsAt: at(day, "20:00"), priceMinor: 0 },
      ],
    });
    const free = await inTransaction((tx) => loadFreeTimes(tx, { serviceId: s.facial.id, staffId: s.anna.id, date: day }, NOW));
    expect(free.times.map((t) => t.startsAt)).toEqual([at(day, "14:00")]);

    const attempts = await Promise.allSettled(
      [1, 2, 3].map((n) => book({ serviceId: s.facial.id, staffId: s.anna.id, startsAt: at(day, "14:00"), client: details({ email: `racer${n}@example.com`, phone: `+44770090070${n}` }) })),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const a of attempts.filter((a) => a.status === "rejected")) expect((a as PromiseRejectedResult).reason).toMatchObject({ code: "SLOT_TAKEN" });
    expect(await db.appointment.count({ where: { staffId: s.anna.id, startsAt: at(day, "14:00"), status: "BOOKED" } })).toBe(1);
    // Only the winner's card was written.
    expect(await db.client.count({ where: { email: { startsWith: "racer" } } })).toBe(1);
    const after = await inTransaction((tx) => loadFreeTimes(tx, { serviceId: s.facial.id, staffId: s.anna.id, date: day }, NOW));
    expect(after.times).toEqual([]);
  });

  it("with anyone: two clients for the same time get different staff while someone is free, then the next is refused", async () => {
    const day = "2026-06-25";
    const startsAt = at(day, "10:00");
    const racers = [1, 2, 3, 4].map((n) => details({ email: `any${n}@example.com`, phone: `+44770090080${n}` }));
    const attempts = await Promise.allSettled(racers.map((client) => book({ serviceId: s.laser.id, staffId: null, startsAt, client })));
    // Three staff take appointments (Maya, Anna, Ben): three win, one is told the time has gone.
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(3);
    const booked = await db.appointment.findMany({ where: { startsAt, status: "BOOKED" }, select: { staffId: true } });
    expect(new Set(booked.map((b) => b.staffId)).size).toBe(3);
  });
});
