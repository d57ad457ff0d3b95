import { beforeAll, describe, expect, it } from "vitest";
import {
  defaultLength,
  lengthChoices,
  lengthFromMinutesLeft,
  loadDrawerOptions,
  notTheirServiceNote,
  roomsFor,
  whoDoesIt,
  type DrawerOptions,
} from "@/lib/appointments/drawer-options";
import { createService, createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, type Salon } from "../../helpers/salon-fixture";

// What the drawer is told beyond the menu: who does each service in how long, the kind of room it
// needs and the rooms there are; and the lengths it offers from that.

const db = getTestDb();
let s: Salon;
let grace: { id: number };
let jack: { id: number };
let gone: { id: number };
let laserLegs: { id: number };
let colour: { id: number };
let options: DrawerOptions;

beforeAll(async () => {
  s = await buildSalon(db);
  grace = await createStaff(db, { name: "Grace Bennett", sortOrder: 3, services: [] });
  jack = await createStaff(db, { name: "Jack Morgan", sortOrder: 4, services: [] });
  gone = await createStaff(db, { name: "Left Last Year", sortOrder: 5, services: [] });
  await db.staff.update({ where: { id: gone.id }, data: { active: false } });
  laserLegs = await createService(db, { name: "Laser full legs", durationMinutes: 60, resourceKind: "Laser room", staffIds: [grace.id, s.anna.id, gone.id] });
  colour = await createService(db, { name: "Full head colour", durationMinutes: 120, staffIds: [s.anna.id, jack.id] });
  // A senior colours in 90 minutes; Jack takes the menu's 120.
  await db.staffService.update({ where: { staffId_serviceId: { staffId: s.anna.id, serviceId: colour.id } }, data: { durationMinutes: 90 } });
  await db.resource.create({ data: { name: "Laser room", kind: "Laser room", sortOrder: 1 } });
  await db.resource.create({ data: { name: "Old laser room", kind: "Laser room", sortOrder: 0, active: false } });
  await db.resource.create({ data: { name: "Treatment room 2", kind: "Treatment room", sortOrder: 2 } });
  await db.resource.create({ data: { name: "Treatment room 1", kind: "Treatment room", sortOrder: 2 } });
  options = await loadDrawerOptions(db);
});

describe("the drawer's options", () => {
  it("gives each stylist's own length for a service, else the service's, only for who does it", () => {
    expect(options.services[colour.id]).toEqual({ minutes: 120, resourceKind: null, staff: { [s.anna.id]: 90, [jack.id]: 120 } });
    expect(defaultLength(options, colour.id, s.anna.id, 0)).toBe(90);
    expect(defaultLength(options, colour.id, jack.id, 0)).toBe(120);
    // Someone who does not do it: the service's length (the server refuses the booking anyway).
    expect(defaultLength(options, colour.id, grace.id, 0)).toBe(120);
    // Before the options arrive: the menu's length the form passes in.
    expect(defaultLength(null, colour.id, s.anna.id, 120)).toBe(120);
  });

  it("leaves out staff who have left, and lists who does a service in the calendar's order", () => {
    expect(options.services[laserLegs.id].staff).toEqual({ [s.anna.id]: 60, [grace.id]: 60 });
    expect(options.staff.map((m) => m.name)).toEqual(["Maya Manager", "Anna Price", "Ben Cole", "Grace Bennett", "Jack Morgan"]);
    expect(whoDoesIt(options, laserLegs.id)).toEqual(["Anna Price", "Grace Bennett"]);
  });

  it("lists the active rooms of the kind a service needs, in the manager's order", () => {
    expect(roomsFor(options, laserLegs.id)).toEqual({ kind: "Laser room", rooms: [{ id: expect.any(Number), name: "Laser room", kind: "Laser room" }] });
    expect(options.resources.filter((r) => r.kind === "Treatment room").map((r) => r.name)).toEqual(["Treatment room 1", "Treatment room 2"]);
    expect(roomsFor(options, colour.id)).toBeNull();
    expect(roomsFor(null, laserLegs.id)).toBeNull();
  });

  it("says before saving that a stylist does not do the service, and who does", () => {
    const legs = { id: laserLegs.id, name: "Laser full legs" };
    expect(notTheirServiceNote(options, { id: jack.id, name: "Jack Morgan" }, legs)).toBe("Jack Morgan does not do Laser full legs: Anna Price or Grace Bennett do.");
    expect(notTheirServiceNote(options, { id: grace.id, name: "Grace Bennett" }, legs)).toBeNull();
    expect(notTheirServiceNote(null, { id: jack.id, name: "Jack Morgan" }, legs)).toBeNull();
  });
});

describe("the lengths the drawer offers", () => {
  it("goes in 15-minute steps up to 4 hours, plus a length off the steps", () => {
    const steps = lengthChoices();
    expect(steps[0]).toBe(15);
    expect(steps.at(-1)).toBe(240);
    expect(steps).toHaveLength(16);
    expect(lengthChoices(20, 300, null)).toEqual([15, 20, ...steps.slice(1), 300]);
  });

  it("books what is left of a minutes line, in 15-minute steps, when less than the usual length is left", () => {
    expect(lengthFromMinutesLeft(60, 300)).toBe(60);
    expect(lengthFromMinutesLeft(60, 60)).toBe(60);
    expect(lengthFromMinutesLeft(60, 45)).toBe(45);
    expect(lengthFromMinutesLeft(30, 20)).toBe(20);
    expect(lengthFromMinutesLeft(30, 5)).toBe(5);
    expect(lengthFromMinutesLeft(30, 4)).toBeNull();
    // A 10-minute service with 10 minutes left is still its usual length.
    expect(lengthFromMinutesLeft(10, 10)).toBe(10);
  });
});
