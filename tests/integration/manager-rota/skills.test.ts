import { beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "@/lib/db";
import { saveServiceStaff, saveStaffServices } from "@/lib/rota/save-skills";
import { listStaff } from "@/lib/staff/list-staff";
import { addStaff, editStaff } from "@/lib/staff/save-staff";
import { staffSchema, type StaffFormValues } from "@/lib/staff/staff-input";
import { addService, editService } from "@/lib/services/save-service";
import { serviceSchema, type ServiceFormValues } from "@/lib/services/service-input";
import { loadServiceForEdit, loadServiceMenu } from "@/lib/services/service-menu";
import { createService, createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const staffForm = (overrides: Partial<StaffFormValues> = {}): StaffFormValues => ({
  name: "Cara Lee",
  email: "",
  role: "FRONT_DESK",
  color: "#2563eb",
  takesAppointments: true,
  active: true,
  password: "",
  ...overrides,
});
/** What the action hands on: the form without its id and password. */
const staffFields = (values: StaffFormValues) => {
  const parsed: Partial<ReturnType<typeof staffSchema.parse>> = staffSchema.parse(values);
  delete parsed.staffId;
  delete parsed.password;
  return parsed as Omit<ReturnType<typeof staffSchema.parse>, "staffId" | "password">;
};
const skillsOf = async (staffId: number) =>
  (await db.staffService.findMany({ where: { staffId }, orderBy: { serviceId: "asc" }, select: { serviceId: true, durationMinutes: true } }));

describe("the services they do, on the staff form", () => {
  it("reads own lengths in 15-minute steps, blank as the service's, and each service once", () => {
    const parsed = staffSchema.parse(staffForm({ services: [{ serviceId: "3", durationMinutes: "" }, { serviceId: 4, durationMinutes: "90" }] }));
    expect(parsed.services).toEqual([{ serviceId: 3, durationMinutes: null }, { serviceId: 4, durationMinutes: 90 }]);
    const off = staffSchema.safeParse(staffForm({ services: [{ serviceId: 3, durationMinutes: "50" }] }));
    expect(off.error?.issues[0]).toMatchObject({ path: ["services", 0, "durationMinutes"], message: "Their length goes in 15-minute steps." });
    expect(staffSchema.safeParse(staffForm({ services: [{ serviceId: 3, durationMinutes: "0" }] })).success).toBe(false);
    expect(staffSchema.safeParse(staffForm({ services: [{ serviceId: 3, durationMinutes: "735" }] })).success).toBe(false);
    const twice = staffSchema.safeParse(staffForm({ services: [{ serviceId: 3, durationMinutes: "" }, { serviceId: 3, durationMinutes: "30" }] }));
    expect(twice.error?.issues[0]).toMatchObject({ path: ["services"], message: "Each service is ticked once." });
    // Left out: the staff member's services stay as they are.
    expect(staffSchema.parse(staffForm()).services).toBeUndefined();
  });

  it("adds a staff member with the ticked services and own lengths, in the same transaction", async () => {
    const cara = await inTransaction((tx) => addStaff(tx, staffFields(staffForm({ services: [{ serviceId: s.facial.id, durationMinutes: "45" }, { serviceId: s.massage.id, durationMinutes: "" }] }))));
    expect(await skillsOf(cara.id)).toEqual(
      [
        { serviceId: s.facial.id, durationMinutes: 45 },
        { serviceId: s.massage.id, durationMinutes: null },
      ].sort((a, b) => a.serviceId - b.serviceId),
    );
    // A staff member added without the section (an older form) does nothing yet, and the list says so.
    const dee = await inTransaction((tx) => addStaff(tx, staffFields(staffForm({ name: "Dee Noskills" }))));
    const rows = await listStaff(db);
    expect(rows.find((r) => r.id === dee.id)).toMatchObject({ serviceCount: 0 });
    expect(rows.find((r) => r.id === cara.id)).toMatchObject({ serviceCount: 2 });
  });

  it("a bad service refuses the whole save: the name and the services stay as they were", async () => {
    const eve = await createStaff(db, { name: "Eve Before", services: [s.laser.id] });
    await expect(
      inTransaction((tx) => editStaff(tx, eve.id, staffFields(staffForm({ name: "Eve After", services: [{ serviceId: 999_999, durationMinutes: "" }] })), s.ctx)),
    ).rejects.toMatchObject({ field: "services", message: expect.stringContaining("no longer on the menu") });
    expect(await db.staff.findUniqueOrThrow({ where: { id: eve.id } })).toMatchObject({ name: "Eve Before" });
    expect(await skillsOf(eve.id)).toEqual([{ serviceId: s.laser.id, durationMinutes: null }]);
  });

  it("replaces only the active services: a deactivated service's pairing waits for it to come back", async () => {
    const retired = await createService(db, { name: "Retired wrap", category: "Body" });
    const fay = await createStaff(db, { name: "Fay Keeps", services: [s.laser.id, retired.id] });
    await db.service.update({ where: { id: retired.id }, data: { active: false } });
    await expect(inTransaction((tx) => saveStaffServices(tx, fay.id, [{ serviceId: retired.id, durationMinutes: null }]))).rejects.toMatchObject({ field: "services" });
    await inTransaction((tx) => saveStaffServices(tx, fay.id, [{ serviceId: s.facial.id, durationMinutes: 75 }]));
    expect((await skillsOf(fay.id)).map((r) => r.serviceId).sort()).toEqual([s.facial.id, retired.id].sort());
    expect((await listStaff(db)).find((r) => r.id === fay.id)).toMatchObject({ serviceCount: 1 });
  });
});

const serviceForm = (overrides: Partial<ServiceFormValues> = {}): ServiceFormValues => ({
  name: "Hot towel shave",
  category: "new",
  newCategory: "Barbering",
  durationMinutes: "30",
  price: "25",
  bookableOnline: true,
  needsPatchTest: false,
  active: true,
  ...overrides,
});
const serviceFields = (values: ServiceFormValues) => serviceSchema.parse(values);

describe("who does it, on the service form", () => {
  it("a new service is done by whoever is ticked, or by everyone taking appointments when the form doesn't say", async () => {
    const shave = await inTransaction((tx) => addService(tx, serviceFields(serviceForm({ staffIds: [s.ben.id] }))));
    expect((await db.staffService.findMany({ where: { serviceId: shave.id } })).map((r) => r.staffId)).toEqual([s.ben.id]);
    const beard = await inTransaction((tx) => addService(tx, serviceFields(serviceForm({ name: "Beard trim" }))));
    const everyone = await db.staff.findMany({ where: { active: true, takesAppointments: true }, select: { id: true } });
    expect(await db.staffService.count({ where: { serviceId: beard.id } })).toBe(everyone.length);
  });

  it("editing keeps the own lengths of those who stay, and leaves a deactivated staff member's pairing alone", async () => {
    const gil = await createStaff(db, { name: "Gil Gone", services: [] });
    const svc = await createService(db, { name: "Scalp care", category: "Hair", staffIds: [s.anna.id, s.ben.id, gil.id] });
    await db.staffService.update({ where: { staffId_serviceId: { staffId: s.anna.id, serviceId: svc.id } }, data: { durationMinutes: 45 } });
    await db.staff.update({ where: { id: gil.id }, data: { active: false } });
    const edit = await loadServiceForEdit(db, svc.id);
    expect(edit?.staffIds.sort()).toEqual([s.anna.id, s.ben.id].sort());

    await inTransaction((tx) => editService(tx, svc.id, serviceFields(serviceForm({ name: "Scalp care", category: String(svc.categoryId), staffIds: [s.anna.id, s.manager.id] }))));
    const rows = await db.staffService.findMany({ where: { serviceId: svc.id }, orderBy: { staffId: "asc" } });
    expect(rows.map((r) => [r.staffId, r.durationMinutes])).toEqual(
      [
        [s.manager.id, null],
        [s.anna.id, 45],
        [gil.id, null],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    // Left out (an older form): nobody changes.
    await inTransaction((tx) => editService(tx, svc.id, serviceFields(serviceForm({ name: "Scalp care", category: String(svc.categoryId) }))));
    expect(await db.staffService.count({ where: { serviceId: svc.id } })).toBe(3);
  });

  it("refuses someone who doesn't take appointments, and writes nothing", async () => {
    const desk = await createStaff(db, { name: "Desk Only", takesAppointments: false });
    const before = await db.service.count();
    await expect(inTransaction((tx) => addService(tx, serviceFields(serviceForm({ name: "Nope", staffIds: [desk.id] }))))).rejects.toMatchObject({ field: "staffIds" });
    await expect(inTransaction((tx) => saveServiceStaff(tx, s.laser.id, [desk.id]))).rejects.toMatchObject({ field: "staffIds" });
    expect(await db.service.count()).toBe(before);
  });

  it("needs a room or machine of a kind that exists, spelt as the rooms spell it; blank is none", async () => {
    await db.resource.create({ data: { name: "Laser suite", kind: "Laser" } });
    await expect(inTransaction((tx) => addService(tx, serviceFields(serviceForm({ name: "Zap", resourceKind: "Sauna" }))))).rejects.toMatchObject({
      field: "resourceKind",
      message: "No room or machine is a “Sauna”. Add one under Manager → Rooms & machines first, or choose another kind.",
    });
    const zap = await inTransaction((tx) => addService(tx, serviceFields(serviceForm({ name: "Zap", resourceKind: " laser " }))));
    expect(await db.service.findUniqueOrThrow({ where: { id: zap.id } })).toMatchObject({ resourceKind: "Laser" });
    const menu = (await loadServiceMenu(db)).flatMap((c) => c.services).find((x) => x.id === zap.id);
    expect(menu).toMatchObject({ resourceKind: "Laser" });
    await inTransaction((tx) => editService(tx, zap.id, serviceFields(serviceForm({ name: "Zap", category: String(menu!.categoryId), resourceKind: "" }))));
    expect(await db.service.findUniqueOrThrow({ where: { id: zap.id } })).toMatchObject({ resourceKind: null });
  });
});
