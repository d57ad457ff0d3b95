import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { addService, editService, setServiceActive } from "@/lib/services/save-service";
import { serviceSchema, type ServiceFormValues } from "@/lib/services/service-input";
import { listActiveServices } from "@/lib/services/list-services";
import { loadServiceMenu } from "@/lib/services/service-menu";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;
let skinId: string;

beforeAll(async () => {
  s = await buildSalon(db);
  skinId = String((await db.serviceCategory.findUniqueOrThrow({ where: { name: "Skin" } })).id);
});

/** What the form sends: strings, as typed. */
const form = (overrides: Partial<ServiceFormValues> = {}): ServiceFormValues => ({
  name: "Express facial",
  category: skinId,
  newCategory: "",
  durationMinutes: "30",
  price: "38.00",
  bookableOnline: true,
  needsPatchTest: false,
  active: true,
  ...overrides,
});
const errorsOf = (values: ServiceFormValues) => {
  const result = serviceSchema.safeParse(values);
  expect(result.success).toBe(false);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
};
const add = (values: ServiceFormValues) => inTransaction((tx) => addService(tx, serviceSchema.parse(values)));

describe("the service form's rules", () => {
  it("turns what was typed into minutes and pence", () => {
    expect(serviceSchema.parse(form({ price: "£1,045.5" }))).toMatchObject({ durationMinutes: 30, priceMinor: 104_550, category: { id: Number(skinId) } });
    expect(serviceSchema.parse(form({ price: "0" }))).toMatchObject({ priceMinor: 0 });
  });

  it("refuses a zero or off-grid duration and a negative or malformed price, with clear messages", () => {
    expect(errorsOf(form({ durationMinutes: "0" }))).toMatchObject({ durationMinutes: "A service takes at least 5 minutes." });
    expect(errorsOf(form({ durationMinutes: "32" }))).toMatchObject({ durationMinutes: "Durations go in 5-minute steps." });
    expect(errorsOf(form({ durationMinutes: "725" }))).toMatchObject({ durationMinutes: "A service can take at most 12 hours." });
    expect(errorsOf(form({ price: "-5" }))).toMatchObject({ price: "The price can't be negative." });
    expect(errorsOf(form({ price: "12.345" }))).toMatchObject({ price: "Use at most 2 decimal places (pence), like 45.99." });
    expect(errorsOf(form({ price: "149,99" }))).toMatchObject({ price: "Use a point for pence: 149.99" });
    expect(errorsOf(form({ price: "" }))).toMatchObject({ price: expect.stringMatching(/Enter a price/) });
    expect(errorsOf(form({ name: "  " }))).toMatchObject({ name: "Give the service a name." });
    expect(errorsOf(form({ category: "new", newCategory: "" }))).toMatchObject({ newCategory: "Name the new category." });
  });
});

describe("adding and editing services", () => {
  it("adds a service to an existing category, and to a new one", async () => {
    const express = await add(form());
    expect(await db.service.findUnique({ where: { id: express.id } })).toMatchObject({ durationMinutes: 30, priceMinor: 3800, bookableOnline: true, active: true });

    const brows = await add(form({ name: "Brow tint", category: "new", newCategory: "Brows & Lashes", bookableOnline: false }));
    const created = await db.service.findUniqueOrThrow({ where: { id: brows.id }, include: { category: true } });
    expect(created).toMatchObject({ bookableOnline: false, category: { name: "Brows & Lashes" } });

    // Typing an existing category as "new" finds it instead of making a twin.
    const peel = await add(form({ name: "Chemical peel", category: "new", newCategory: " skin " }));
    expect(await db.service.findUniqueOrThrow({ where: { id: peel.id } })).toMatchObject({ categoryId: Number(skinId) });
    expect(await db.serviceCategory.count({ where: { name: { in: ["Skin", "skin"] } } })).toBe(1);
  });

  it("refuses a duplicate name in the same category (ignoring case), and writes nothing", async () => {
    const before = await db.service.count();
    await expect(add(form({ name: "FACIAL" }))).rejects.toMatchObject({ field: "name", message: "Skin already has a service called “Facial”. Choose another name." });
    // The same name in another category is fine.
    await add(form({ name: "Facial", category: "new", newCategory: "Men's grooming" }));
    expect(await db.service.count()).toBe(before + 1);
    expect(await db.serviceCategory.count({ where: { name: "Men's grooming" } })).toBe(1);
  });

  it("a new price never changes a course already sold or an appointment already booked", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const booked = await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, serviceId: s.laser.id, startsAt: at("2026-06-03", "10:00") }, s.ctx), db);
    const laserCategory = String((await db.service.findUniqueOrThrow({ where: { id: s.laser.id } })).categoryId);

    await inTransaction((tx) => editService(tx, s.laser.id, serviceSchema.parse(form({ name: "Laser underarm", category: laserCategory, price: "75", durationMinutes: "20" }))));

    expect(await db.service.findUniqueOrThrow({ where: { id: s.laser.id } })).toMatchObject({ priceMinor: 7500, durationMinutes: 20 });
    expect(await db.clientCourse.findUniqueOrThrow({ where: { id: sold.clientCourseId } })).toMatchObject({ pricePaidMinor: 30_000, listValueMinor: 36_000 });
    expect(await db.clientCourseLine.findUniqueOrThrow({ where: { id: sold.lines[0].id } })).toMatchObject({ listValueMinor: 36_000, valueMinor: 30_000 });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).toMatchObject({ priceMinor: 6000 });
  });
});

describe("deactivating a service", () => {
  it("takes it off the menu and out of booking, while appointments and courses keep it", async () => {
    const massage = await db.service.findUniqueOrThrow({ where: { id: s.massage.id } });
    const booked = await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, serviceId: massage.id, startsAt: at("2026-06-04", "11:00") }, s.ctx), db);

    const result = await inTransaction((tx) => setServiceActive(tx, massage.id, false, NOW));
    // The fixture's package and minutes course include it.
    expect(result).toMatchObject({ active: false, upcomingAppointments: 1, coursesOnSale: 2 });

    expect((await listActiveServices(db)).map((o) => o.id)).not.toContain(massage.id);
    await expect(
      inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, serviceId: massage.id, startsAt: at("2026-06-05", "11:00") }, s.ctx), db),
    ).rejects.toMatchObject({ message: "That service is not on the menu any more." });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).toMatchObject({ serviceId: massage.id, status: "BOOKED" });

    const menu = await loadServiceMenu(db);
    const listed = menu.flatMap((c) => c.services).find((x) => x.id === massage.id);
    expect(listed).toMatchObject({ active: false, coursesOnSale: 2 });

    await inTransaction((tx) => setServiceActive(tx, massage.id, true, NOW));
    expect((await listActiveServices(db)).map((o) => o.id)).toContain(massage.id);
  });
});
