import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { inTransaction } from "@/lib/db";
import { opContext } from "@/lib/op-context";
import { listStaff } from "@/lib/staff/list-staff";
import { addStaff, editStaff, setStaffActive, type StaffFields } from "@/lib/staff/save-staff";
import { staffSchema, type StaffFormValues } from "@/lib/staff/staff-input";
import { createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const form = (overrides: Partial<StaffFormValues> = {}): StaffFormValues => ({
  name: "Cara Lee",
  email: "",
  role: "FRONT_DESK",
  color: "#2563eb",
  takesAppointments: true,
  active: true,
  password: "",
  ...overrides,
});
/** What the action does: parse, hash the password, then write. */
async function fields(values: StaffFormValues): Promise<StaffFields> {
  const { password, ...rest } = staffSchema.parse(values);
  return { ...rest, passwordHash: password ? await hashPassword(password) : undefined };
}
const asManager = () => opContext(s.manager.id, NOW);
const openSession = (staffId: number, id: string) => db.staffSession.create({ data: { id, staffId, expiresAt: new Date(+NOW + 3600_000 * 24 * 365 * 5) } });

describe("the staff form's rules", () => {
  it("normalises the email and asks for a long enough password", () => {
    expect(staffSchema.parse(form({ email: "  Cara.Lee@Example.COM ", color: "#2563EB" }))).toMatchObject({ email: "cara.lee@example.com", color: "#2563eb" });
    const short = staffSchema.safeParse(form({ password: "short" }));
    expect(short.error?.issues[0]).toMatchObject({ path: ["password"], message: "Use at least 10 characters." });
    expect(staffSchema.safeParse(form({ email: "not-an-email" })).error?.issues[0]).toMatchObject({ path: ["email"] });
    expect(staffSchema.safeParse(form({ role: "OWNER" as "MANAGER" })).success).toBe(false);
  });
});

describe("adding staff", () => {
  it("adds someone who signs in, with a hashed password, at the end of the calendar", async () => {
    const cara = await inTransaction(async (tx) => addStaff(tx, await fields(form({ email: "Cara@Test.Salon", password: "a-long-password" }))));
    const row = await db.staff.findUniqueOrThrow({ where: { id: cara.id } });
    expect(row).toMatchObject({ email: "cara@test.salon", role: "FRONT_DESK", color: "#2563eb", active: true });
    expect(row.passwordHash).not.toContain("a-long-password");
    expect(await verifyPassword("a-long-password", row.passwordHash!)).toBe(true);
    expect((await listStaff(db)).find((x) => x.id === cara.id)).toMatchObject({ canSignIn: true });
  });

  it("refuses a sign-in email someone already has (whatever its case), and writes nothing", async () => {
    const before = await db.staff.count();
    await expect(inTransaction(async (tx) => addStaff(tx, await fields(form({ name: "Other Maya", email: "MAYA@test.salon", password: "a-long-password" }))))).rejects.toMatchObject({
      field: "email",
      message: "Maya Manager already signs in with maya@test.salon. Each person needs their own email.",
    });
    await expect(inTransaction(async (tx) => editStaff(tx, s.anna.id, await fields(form({ name: "Anna Price", email: "maya@test.salon", password: "a-long-password" })), asManager()))).rejects.toMatchObject({ field: "email" });
    expect(await db.staff.count()).toBe(before);
    expect(await db.staff.findUniqueOrThrow({ where: { id: s.anna.id } })).toMatchObject({ email: null });
  });

  it("asks for a password when an email is given, and refuses a colour outside the palette", async () => {
    await expect(inTransaction(async (tx) => addStaff(tx, await fields(form({ email: "nopass@test.salon" }))))).rejects.toMatchObject({ field: "password" });
    await expect(inTransaction(async (tx) => addStaff(tx, await fields(form({ color: "#123456" }))))).rejects.toMatchObject({ field: "color" });
  });
});

describe("a manager's own account", () => {
  it("refuses self-demotion and self-deactivation, in the form and in the row", async () => {
    const mine = form({ name: "Maya Manager", email: "maya@test.salon", role: "MANAGER", password: "another-password" });
    await expect(inTransaction(async (tx) => editStaff(tx, s.manager.id, await fields({ ...mine, role: "FRONT_DESK" }), asManager()))).rejects.toMatchObject({
      field: "role",
      message: "You can't take away your own manager role. Ask another manager to do it.",
    });
    await expect(inTransaction(async (tx) => editStaff(tx, s.manager.id, await fields({ ...mine, active: false }), asManager()))).rejects.toMatchObject({
      field: "active",
      message: "You can't deactivate your own account. Ask another manager to do it.",
    });
    await expect(inTransaction((tx) => setStaffActive(tx, s.manager.id, false, asManager()))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.staff.findUniqueOrThrow({ where: { id: s.manager.id } })).toMatchObject({ role: "MANAGER", active: true, passwordHash: null });
  });

  it("lets another manager demote them", async () => {
    const boss = await createStaff(db, { name: "Bea Boss", email: "bea@test.salon", role: "MANAGER" });
    const temp = await createStaff(db, { name: "Temp Manager", email: "temp@test.salon", password: "temp-password", role: "MANAGER", color: "#7c3aed" });
    await inTransaction(async (tx) => editStaff(tx, temp.id, await fields(form({ name: "Temp Manager", email: "temp@test.salon", role: "FRONT_DESK", color: "#7c3aed" })), opContext(boss.id, NOW)));
    expect(await db.staff.findUniqueOrThrow({ where: { id: temp.id } })).toMatchObject({ role: "FRONT_DESK" });
  });
});

describe("deactivating staff", () => {
  it("ends their sessions at once and keeps their past appointments", async () => {
    const dee = await createStaff(db, { name: "Dee Stylist", email: "dee@test.salon", password: "dee-password", color: "#0d9488" });
    const past = await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: dee.id, serviceId: s.facial.id, startsAt: at("2026-05-20", "10:00") }, { ...s.ctx, now: at("2026-05-19", "09:00") }), db);
    await openSession(dee.id, "dee-phone");
    await openSession(dee.id, "dee-desk");
    await openSession(s.anna.id, "anna-desk");

    const result = await inTransaction((tx) => setStaffActive(tx, dee.id, false, asManager()));
    expect(result).toMatchObject({ active: false, signedOut: true });
    expect(await db.staffSession.count({ where: { staffId: dee.id } })).toBe(0);
    expect(await db.staffSession.count({ where: { staffId: s.anna.id } })).toBe(1);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: past.id } })).toMatchObject({ staffId: dee.id });
    // Off the calendar: nothing can be booked with them.
    await expect(inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: dee.id, serviceId: s.facial.id, startsAt: at("2026-06-10", "10:00") }, s.ctx), db)).rejects.toMatchObject({
      field: "staffId",
    });
  });

  it("the form's Active box ends sessions too", async () => {
    const eve = await createStaff(db, { name: "Eve Front", email: "eve@test.salon", password: "eve-password", color: "#dc2626" });
    await openSession(eve.id, "eve-desk");
    await inTransaction(async (tx) => editStaff(tx, eve.id, await fields(form({ name: "Eve Front", email: "eve@test.salon", color: "#dc2626", active: false })), asManager()));
    expect(await db.staffSession.count({ where: { staffId: eve.id } })).toBe(0);
  });

  it("refuses while they still have upcoming appointments, naming the next one", async () => {
    const booked = await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, serviceId: s.facial.id, startsAt: at("2026-06-02", "14:30") }, s.ctx), db);
    await openSession(s.ben.id, "ben-desk");
    await expect(inTransaction((tx) => setStaffActive(tx, s.ben.id, false, asManager()))).rejects.toMatchObject({
      message: "Ben Cole still has 1 upcoming appointment (the next on Tue 2 Jun 2026 at 14:30). Move it to someone else or cancel it in the calendar, then deactivate them.",
    });
    await expect(inTransaction(async (tx) => editStaff(tx, s.ben.id, await fields(form({ name: "Ben Cole", color: "#0f766e", takesAppointments: false })), asManager()))).rejects.toMatchObject({
      message: expect.stringMatching(/then turn off “Takes appointments”/),
    });
    expect(await db.staff.findUniqueOrThrow({ where: { id: s.ben.id } })).toMatchObject({ active: true, takesAppointments: true });
    expect(await db.staffSession.count({ where: { staffId: s.ben.id } })).toBe(1);

    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: booked.id, kind: "CANCEL" }, s.ctx), db);
    await inTransaction((tx) => setStaffActive(tx, s.ben.id, false, asManager()));
    expect(await db.staff.findUniqueOrThrow({ where: { id: s.ben.id } })).toMatchObject({ active: false });
  });

  it("a new password for someone else signs them out; one's own does not", async () => {
    const fay = await createStaff(db, { name: "Fay Desk", email: "fay@test.salon", password: "fay-password", color: "#475569" });
    await openSession(fay.id, "fay-desk");
    await inTransaction(async (tx) => editStaff(tx, fay.id, await fields(form({ name: "Fay Desk", email: "fay@test.salon", color: "#475569", password: "fay-new-password" })), asManager()));
    expect(await db.staffSession.count({ where: { staffId: fay.id } })).toBe(0);

    await openSession(s.manager.id, "maya-desk");
    await inTransaction(async (tx) =>
      editStaff(tx, s.manager.id, await fields(form({ name: "Maya Manager", email: "maya@test.salon", role: "MANAGER", color: "#0f766e", password: "maya-new-password" })), asManager()),
    );
    expect(await db.staffSession.count({ where: { staffId: s.manager.id } })).toBe(1);
  });
});
