import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { getTestDb } from "../../helpers/test-db";
import { addDaysToDate, salonDateOf } from "@/lib/time";
import { buildSalon, TZ, type Salon } from "../../helpers/salon-fixture";

// The actions run as whoever getCurrentStaff says is signed in; revalidatePath needs a Next request.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveRotaAction, followSalonHoursAction, saveDayExceptionAction, removeDayExceptionAction, saveStaffAction } = await import("@/lib/actions/staff");
const { saveResourceAction, setResourceActiveAction } = await import("@/lib/actions/resources");
const { saveServiceAction } = await import("@/lib/actions/services");

const db = getTestDb();
let s: Salon;
const frontDesk = (): SignedInStaff => ({ id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" });
const manager = (): SignedInStaff => ({ id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" });

const day = (working: boolean) => ({ working, startMin: "540", endMin: "1020", breakStartMin: "", breakEndMin: "" });
const week = () => ({ staffId: s.ben.id, days: [day(false), day(true), day(true), day(true), day(true), day(true), day(false)] });
// The actions run on the real clock: a date well ahead of it.
const AHEAD = addDaysToDate(salonDateOf(new Date(), TZ), 40);
const dayOff = () => ({ staffId: s.ben.id, date: AHEAD, kind: "OFF", note: "Training" });

async function snapshot() {
  return {
    week: await db.staffWeekHours.findMany({ orderBy: [{ staffId: "asc" }, { weekday: "asc" }] }),
    exceptions: await db.staffDayException.findMany({ orderBy: { id: "asc" } }),
    resources: await db.resource.findMany({ orderBy: { id: "asc" } }),
    skills: await db.staffService.findMany({ orderBy: [{ staffId: "asc" }, { serviceId: "asc" }] }),
  };
}

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  signedIn.staff = null;
});

describe("who may set rotas, days off and rooms", () => {
  it("refuses front desk and nobody signed in everything, and writes nothing", async () => {
    const before = await snapshot();
    for (const who of [frontDesk(), null]) {
      signedIn.staff = who;
      const code = who ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(await saveRotaAction(week())).toMatchObject({ ok: false, code });
      expect(await followSalonHoursAction({ staffId: s.ben.id })).toMatchObject({ ok: false, code });
      expect(await saveDayExceptionAction(dayOff())).toMatchObject({ ok: false, code });
      expect(await removeDayExceptionAction({ staffId: s.ben.id, exceptionId: 1 })).toMatchObject({ ok: false, code });
      expect(await saveResourceAction({ name: "Room A", kind: "Treatment room" })).toMatchObject({ ok: false, code });
      expect(await setResourceActiveAction({ resourceId: 1, active: false })).toMatchObject({ ok: false, code });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a manager saves them; bad input comes back beside its field and nothing changes", async () => {
    signedIn.staff = manager();
    expect(await saveRotaAction(week())).toMatchObject({ ok: true, data: { name: "Ben Cole", outside: { count: 0 } } });
    const before = await snapshot();
    const badWeek = week();
    badWeek.days[2] = { ...day(true), endMin: "480" };
    expect(await saveRotaAction(badWeek)).toMatchObject({ ok: false, code: "INVALID_INPUT", error: "Please check the form: They must finish after they start." });
    const early = week();
    early.days[1] = { ...day(true), startMin: "420" };
    expect(await saveRotaAction(early)).toMatchObject({ ok: false, fieldErrors: { "days.1.startMin": [expect.stringContaining("The salon opens at 08:00 on Mondays")] } });
    expect(await saveDayExceptionAction({ ...dayOff(), date: addDaysToDate(AHEAD, -80) })).toMatchObject({ ok: false, fieldErrors: { date: [expect.stringContaining("has passed")] } });
    expect(await saveResourceAction({ name: "", kind: "Laser" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await snapshot()).toEqual(before);

    const added = await saveDayExceptionAction(dayOff());
    expect(added).toMatchObject({ ok: true, data: { replaced: null } });
    expect(await saveDayExceptionAction(dayOff())).toMatchObject({ ok: true, data: { replaced: "Day off (Training)" } });
    const row = await db.staffDayException.findFirstOrThrow({ where: { staffId: s.ben.id } });
    expect(await removeDayExceptionAction({ staffId: s.ben.id, exceptionId: row.id })).toMatchObject({ ok: true });

    const room = await saveResourceAction({ name: "Room A", kind: "Treatment room" });
    expect(room).toMatchObject({ ok: true, data: { name: "Room A" } });
    expect(await saveResourceAction({ name: "room a", kind: "Treatment room" })).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("already")] } });
    expect(await followSalonHoursAction({ staffId: s.ben.id })).toMatchObject({ ok: true });
    expect(await db.staffWeekHours.count({ where: { staffId: s.ben.id } })).toBe(0);
  });

  it("the staff and service forms save who does what through their actions", async () => {
    signedIn.staff = manager();
    const saved = await saveStaffAction({ name: "Oli New", email: "", role: "FRONT_DESK", color: "#7c3aed", takesAppointments: true, active: true, password: "", services: [{ serviceId: s.facial.id, durationMinutes: "90" }] });
    expect(saved.ok).toBe(true);
    const id = (saved as { data: { id: number } }).data.id;
    expect(await db.staffService.findMany({ where: { staffId: id }, select: { serviceId: true, durationMinutes: true } })).toEqual([{ serviceId: s.facial.id, durationMinutes: 90 }]);

    const service = await saveServiceAction({ name: "Ear candling", category: "new", newCategory: "Extras", durationMinutes: "30", price: "20", bookableOnline: true, active: true, staffIds: [id], resourceKind: "" });
    expect(service.ok).toBe(true);
    const serviceId = (service as { data: { id: number } }).data.id;
    expect((await db.staffService.findMany({ where: { serviceId } })).map((r) => r.staffId)).toEqual([id]);
  });
});
