import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { createService, createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";
import { addDaysToDate, salonDateOf } from "@/lib/time";

// The drawer's calls as the desk makes them: its options, a length chosen, a room, "Book anyway"
// and the refusals, and what the appointment then says about itself.

const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { appointmentDetailAction, bookAppointmentAction, changeAppointmentAction, drawerOptionsAction } = await import("@/lib/actions/appointments");

const db = getTestDb();
let s: Salon;
let grace: { id: number };
let priya: { id: number };
let laser: { id: number };
let laserRoom: { id: number };
let spareRoom: { id: number };

// The actions run on the real clock: days two months ahead are never past (the salon opens every day).
const DAY = addDaysToDate(salonDateOf(new Date(), TZ), 60);
const NEXT_DAY = addDaysToDate(DAY, 1);
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
};

async function detail(appointmentId: number) {
  const result = await appointmentDetailAction({ appointmentId });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

beforeAll(async () => {
  s = await buildSalon(db);
  grace = await createStaff(db, { name: "Grace Bennett", sortOrder: 3, services: [] });
  priya = await createStaff(db, { name: "Priya Shah", sortOrder: 4, services: [] });
  laser = await createService(db, { name: "Laser bikini line", category: "Laser", durationMinutes: 30, resourceKind: "Laser room", staffIds: [grace.id, priya.id] });
  laserRoom = await db.resource.create({ data: { name: "Laser room", kind: "Laser room", sortOrder: 1 } });
  spareRoom = await db.resource.create({ data: { name: "Laser room 2", kind: "Laser room", sortOrder: 2, active: false } });
  // Grace: 10:00–18:00 every day with a 13:00–14:00 break.
  await db.staffWeekHours.createMany({
    data: Array.from({ length: 7 }, (_, weekday) => ({ staffId: grace.id, weekday, startMin: 600, endMin: 1080, breakStartMin: 780, breakEndMin: 840 })),
  });
});

beforeEach(() => {
  signedIn.staff = { id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" };
});

describe("the drawer's options", () => {
  it("answers the desk with who does the service, their length and the rooms", async () => {
    const result = await drawerOptionsAction({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.services[laser.id]).toEqual({ minutes: 30, resourceKind: "Laser room", staff: { [grace.id]: 30, [priya.id]: 30 } });
    expect(result.data.resources).toEqual([{ id: laserRoom.id, name: "Laser room", kind: "Laser room" }]);
  });

  it("is for signed-in staff only", async () => {
    signedIn.staff = null;
    expect(await drawerOptionsAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("booking from the drawer", () => {
  it("books the length chosen, and the appointment shows it with its room", async () => {
    const result = await bookAppointmentAction({ clientId: s.jane.id, staffId: grace.id, date: DAY, startMin: at("10:00"), serviceId: laser.id, durationMin: 45, notes: "" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const d = await detail(result.data.appointmentId);
    expect(d).toMatchObject({ startMin: at("10:00"), durationMin: 45, resource: { id: laserRoom.id, name: "Laser room" }, bookedAnyway: null });
  });

  it("refuses a stylist who does not do the service, naming who does, and books nothing", async () => {
    const before = await db.appointment.count();
    const result = await bookAppointmentAction({ clientId: s.jane.id, staffId: s.ben.id, date: DAY, startMin: at("15:00"), serviceId: laser.id, notes: "" });
    expect(result).toMatchObject({
      ok: false,
      code: "NOT_THEIR_SERVICE",
      error: "Ben Cole does not do Laser bikini line. Choose someone who does: Grace Bennett or Priya Shah.",
      fieldErrors: { staffId: [expect.any(String)] },
    });
    expect(await db.appointment.count()).toBe(before);
  });

  it("refuses the room while it is taken, with the next free times", async () => {
    const result = await bookAppointmentAction({ clientId: s.tom.id, staffId: priya.id, date: DAY, startMin: at("10:15"), serviceId: laser.id, notes: "" });
    expect(result).toMatchObject({ ok: false, code: "NO_RESOURCE" });
    if (result.ok) return;
    expect(result.error).toMatch(/^No laser room is free 10:15–10:45\. Next free that day: 10:45, 11:00/);
  });

  it("asks before booking in the stylist's break, and books it anyway when the desk says so", async () => {
    const input = { clientId: s.tom.id, staffId: grace.id, date: DAY, startMin: at("13:15"), serviceId: laser.id, notes: "" };
    const before = await db.appointment.count();
    const asked = await bookAppointmentAction(input);
    expect(asked).toMatchObject({ ok: false, code: "NEEDS_CONFIRMATION" });
    if (asked.ok) return;
    expect(asked.error).toContain("outside Grace Bennett's hours");
    expect(await db.appointment.count()).toBe(before);

    const booked = await bookAppointmentAction({ ...input, bookAnyway: true });
    expect(booked).toMatchObject({ ok: true });
    if (!booked.ok) return;
    expect((await detail(booked.data.appointmentId)).bookedAnyway).toBe(asked.error);
  });

  it("a chosen room that is no longer in use is refused", async () => {
    const result = await bookAppointmentAction({ clientId: s.tom.id, staffId: priya.id, date: DAY, startMin: at("16:00"), serviceId: laser.id, resourceId: spareRoom.id, notes: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { resourceId: [expect.any(String)] } });
  });
});

describe("changing from the drawer", () => {
  it("changes the length alone, asking first when it runs into the break", async () => {
    const booked = await bookAppointmentAction({ clientId: s.jane.id, staffId: grace.id, date: DAY, startMin: at("12:00"), serviceId: laser.id, notes: "" });
    if (!booked.ok) throw new Error(booked.error);
    const id = booked.data.appointmentId;
    expect(await changeAppointmentAction({ appointmentId: id, durationMin: 45 })).toMatchObject({ ok: true });
    expect((await detail(id)).durationMin).toBe(45);

    const longer = { appointmentId: id, durationMin: 75 };
    expect(await changeAppointmentAction(longer)).toMatchObject({ ok: false, code: "NEEDS_CONFIRMATION" });
    expect((await detail(id)).durationMin).toBe(45);
    expect(await changeAppointmentAction({ ...longer, bookAnyway: true })).toMatchObject({ ok: true });
    expect(await detail(id)).toMatchObject({ durationMin: 75, bookedAnyway: expect.stringContaining("12:00–13:15 is outside Grace Bennett's hours") });
  });
});

describe("a minutes course", () => {
  it("books a remainder shorter than the service as a shorter session", async () => {
    // 300 minutes of a 30-minute massage, 280 used: 20 left, bookable as 15.
    const sold = await sell(db, s, s.tom.id, s.massageMinutes.id);
    const lineId = sold.lines[0].id;
    for (const [start, minutes] of [
      ["09:00", 120],
      ["11:00", 120],
      ["14:00", 40],
    ] as const) {
      const r = await bookAppointmentAction({ clientId: s.tom.id, staffId: s.ben.id, date: NEXT_DAY, startMin: at(start), clientCourseLineId: lineId, durationMin: minutes, notes: "" });
      expect(r).toMatchObject({ ok: true });
    }
    const full = await bookAppointmentAction({ clientId: s.tom.id, staffId: s.ben.id, date: NEXT_DAY, startMin: at("16:00"), clientCourseLineId: lineId, notes: "" });
    expect(full).toMatchObject({ ok: false, error: "300 minutes of back massage has only 20 minutes left; this appointment needs 30." });

    const short = await bookAppointmentAction({ clientId: s.tom.id, staffId: s.ben.id, date: NEXT_DAY, startMin: at("16:00"), clientCourseLineId: lineId, durationMin: 15, notes: "" });
    expect(short).toMatchObject({ ok: true });
    if (!short.ok) return;
    expect(await detail(short.data.appointmentId)).toMatchObject({ durationMin: 15, course: { unit: "MINUTES", lineId } });
  });
});
