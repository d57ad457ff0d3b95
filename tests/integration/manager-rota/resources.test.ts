import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { listResources } from "@/lib/resources/list-resources";
import { resourceSchema } from "@/lib/resources/resource-input";
import { addResource, editResource, setResourceActive } from "@/lib/resources/save-resource";
import { createService } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const fields = (name: string, kind: string) => resourceSchema.parse({ name, kind });
const add = (name: string, kind: string) => inTransaction((tx) => addResource(tx, fields(name, kind)));

describe("rooms and machines", () => {
  it("checks the form: a name and a kind, each with a letter", () => {
    expect(resourceSchema.safeParse({ name: "  ", kind: "Laser" }).error?.issues[0]).toMatchObject({ path: ["name"], message: "Give it a name, e.g. “Treatment room 1”." });
    expect(resourceSchema.safeParse({ name: "Room 1", kind: "" }).error?.issues[0]).toMatchObject({ path: ["kind"] });
    expect(resourceSchema.parse({ name: " Room 1 ", kind: " Treatment room " })).toMatchObject({ name: "Room 1", kind: "Treatment room" });
  });

  it("keeps names unique whatever their case, and joins a kind typed in another case", async () => {
    const one = await add("Treatment room 1", "Treatment room");
    await expect(add("treatment ROOM 1", "Treatment room")).rejects.toMatchObject({ field: "name", message: "There is already a room or machine called “Treatment room 1”. Choose another name." });
    const two = await add("Treatment room 2", "treatment room");
    expect(await db.resource.findUniqueOrThrow({ where: { id: two.id } })).toMatchObject({ kind: "Treatment room", active: true });
    await expect(inTransaction((tx) => editResource(tx, two.id, fields("Treatment Room 1", "Treatment room"), NOW))).rejects.toMatchObject({ field: "name" });
    await inTransaction((tx) => setResourceActive(tx, one.id, false, NOW));
    await expect(add("Treatment room 1", "Treatment room")).rejects.toMatchObject({ message: "There is already an inactive one called “Treatment room 1”. Reactivate it instead, or choose another name." });
    expect(await db.resource.count()).toBe(2);
  });

  it("deactivating one still booked is allowed: the booking keeps it and the answer says how many and when", async () => {
    const laser = await add("Laser suite", "Laser");
    await db.service.update({ where: { id: s.laser.id }, data: { resourceKind: "Laser" } });
    const booked = await inTransaction((tx) =>
      bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, serviceId: s.laser.id, startsAt: at("2026-06-03", "10:00") }, s.ctx),
    );
    expect(booked).toBeTruthy();
    const holding = await db.appointment.findUniqueOrThrow({ where: { id: (booked as { id: number }).id } });
    expect(holding.resourceId).toBe(laser.id);

    const view = await listResources(db, NOW);
    expect(view.resources.find((r) => r.id === laser.id)).toMatchObject({ upcoming: 1, services: 1 });
    expect(view.missing).toEqual([]);

    // Its kind can't change while it is booked as a Laser.
    await expect(inTransaction((tx) => editResource(tx, laser.id, fields("Laser suite", "Sauna"), NOW))).rejects.toMatchObject({
      field: "kind",
      message: "Laser suite has 1 upcoming appointment (on Wed 3 Jun 2026 at 10:00) booked as a “Laser”. Move it first, or add a new room or machine for the new kind.",
    });
    // Renaming is fine.
    await inTransaction((tx) => editResource(tx, laser.id, fields("Laser room", "laser"), NOW));

    const off = await inTransaction((tx) => setResourceActive(tx, laser.id, false, NOW));
    expect(off.warning).toBe(
      "1 upcoming appointment (on Wed 3 Jun 2026 at 10:00) still holds it: move it to another room or machine in the calendar if needed. No active room or machine is a “Laser” now: Laser underarm can't be booked until one is.",
    );
    expect(await db.appointment.findUniqueOrThrow({ where: { id: holding.id } })).toMatchObject({ resourceId: laser.id, status: "BOOKED" });
    expect((await listResources(db, NOW)).missing).toEqual([{ kind: "Laser", services: ["Laser underarm"] }]);

    const on = await inTransaction((tx) => setResourceActive(tx, laser.id, true, NOW));
    expect(on).toMatchObject({ active: true, warning: null });
  });

  it("lists active first with kinds for the datalist; past bookings don't count as upcoming", async () => {
    await createService(db, { name: "Steam", resourceKind: "Steam room" });
    const view = await listResources(db, at("2026-06-04", "09:00"));
    expect(view.kinds).toEqual(["Laser", "Treatment room"]);
    expect(view.resources.map((r) => [r.name, r.active, r.upcoming])).toEqual([
      ["Treatment room 2", true, 0],
      ["Laser room", true, 0],
      ["Treatment room 1", false, 0],
    ]);
    expect(view.missing).toEqual([{ kind: "Steam room", services: ["Steam"] }]);
  });
});
