import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { verifyPassword } from "@/lib/auth/password";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, type Salon } from "../../helpers/salon-fixture";

// The actions run as whoever getCurrentStaff says is signed in; revalidatePath needs a Next request.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveServiceAction, setServiceActiveAction } = await import("@/lib/actions/services");
const { saveStaffAction, setStaffActiveAction } = await import("@/lib/actions/staff");
const { saveSalonSettingsAction } = await import("@/lib/actions/settings");

const db = getTestDb();
let s: Salon;
const frontDesk = (): SignedInStaff => ({ id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" });
const manager = (): SignedInStaff => ({ id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" });

const service = () => ({ name: "Desk facial", category: "new", newCategory: "Desk", durationMinutes: "30", price: "30", bookableOnline: true, active: true });
const member = () => ({ name: "Gus New", email: "gus@test.salon", role: "MANAGER", color: "#7c3aed", takesAppointments: true, active: true, password: "gus-password-1" });
const day = { open: true, opensAtMin: "540", closesAtMin: "1020" };
const settings = () => ({ name: "Changed", lateCancelHours: "12", lateCancelPolicy: "FORFEIT", noShowPolicy: "FORFEIT", bookingHorizonDays: "30", hours: Array.from({ length: 7 }, () => day) });

async function snapshot() {
  return {
    services: await db.service.count(),
    categories: await db.serviceCategory.count(),
    staff: await db.staff.findMany({ orderBy: { id: "asc" } }),
    settings: await db.salonSettings.findUnique({ where: { id: 1 } }),
    hours: await db.openingHours.findMany({ orderBy: { weekday: "asc" } }),
    laser: await db.service.findUnique({ where: { id: s.laser.id } }),
  };
}

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  signedIn.staff = null;
});

describe("who may manage services, staff and settings", () => {
  it("refuses front desk everything, and writes nothing", async () => {
    signedIn.staff = frontDesk();
    const before = await snapshot();
    const refused = { ok: false, code: "FORBIDDEN", error: "Only a manager can do that." };
    expect(await saveServiceAction(service())).toMatchObject(refused);
    expect(await setServiceActiveAction({ serviceId: s.laser.id, active: false })).toMatchObject(refused);
    expect(await saveStaffAction(member())).toMatchObject(refused);
    expect(await setStaffActiveAction({ staffId: s.ben.id, active: false })).toMatchObject(refused);
    expect(await saveSalonSettingsAction(settings())).toMatchObject(refused);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses nobody signed in", async () => {
    expect(await saveSalonSettingsAction(settings())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await saveStaffAction(member())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("a manager through the actions", () => {
  it("saves, and answers bad input and broken rules beside the field", async () => {
    signedIn.staff = manager();
    expect(await saveServiceAction(service())).toMatchObject({ ok: true, data: { name: "Desk facial" } });
    expect(await saveServiceAction({ ...service(), durationMinutes: "0" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { durationMinutes: ["A service takes at least 5 minutes."] },
    });
    expect(await saveServiceAction({ ...service(), name: "desk FACIAL" })).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringMatching(/already has a service/)] } });

    const saved = await saveStaffAction({ ...member(), email: " Gus@Test.Salon " });
    expect(saved).toMatchObject({ ok: true, data: { name: "Gus New" } });
    const gus = await db.staff.findUniqueOrThrow({ where: { email: "gus@test.salon" } });
    expect(await verifyPassword("gus-password-1", gus.passwordHash!)).toBe(true);
    expect(await saveStaffAction({ ...member(), name: "Gus Twin" })).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/already signs in/)] } });
    expect(await saveStaffAction({ ...member(), staffId: String(s.manager.id), name: "Maya Manager", email: "maya@test.salon", role: "FRONT_DESK" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      fieldErrors: { role: ["You can't take away your own manager role. Ask another manager to do it."] },
    });

    expect(await saveSalonSettingsAction({ ...settings(), hours: [{ open: true, opensAtMin: "600", closesAtMin: "540" }, ...settings().hours.slice(1)] })).toMatchObject({
      ok: false,
      fieldErrors: { hours: expect.anything() },
    });
    expect(await saveSalonSettingsAction(settings())).toMatchObject({ ok: true, data: { outsideHours: { count: 0 } } });
    expect(await db.salonSettings.findUnique({ where: { id: 1 } })).toMatchObject({ name: "Changed", bookingHorizonDays: 30 });
  });
});
