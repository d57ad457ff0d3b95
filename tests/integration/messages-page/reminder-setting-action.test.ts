import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { loadSettingsForm } from "@/lib/settings/settings-form";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, type Salon } from "../../helpers/salon-fixture";

// The reminder setting through Manager → Settings' action: managers only; bad input changes nothing.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveSalonSettingsAction } = await import("@/lib/actions/settings");

const db = getTestDb();
let s: Salon;
const day = { open: true, opensAtMin: "540", closesAtMin: "1020" };
const settings = (reminderHours: string) => ({
  name: "Test Salon",
  lateCancelHours: "24",
  lateCancelPolicy: "RETURN",
  noShowPolicy: "FORFEIT",
  bookingHorizonDays: "60",
  reminderHours,
  hours: Array.from({ length: 7 }, () => day),
});
const saved = () => db.salonSettings.findUniqueOrThrow({ where: { id: 1 } });

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  signedIn.staff = null;
});

describe("saving the reminder hours", () => {
  it("is the manager's: the front desk is refused and nothing changes", async () => {
    const before = await saved();
    signedIn.staff = { id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" };
    expect(await saveSalonSettingsAction(settings("2"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saved()).toEqual(before);
  });

  it("answers a bad number beside the field and changes nothing; a good one is saved and shown on the form", async () => {
    signedIn.staff = { id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" };
    const before = await saved();
    expect(before.reminderHours).toBe(24);
    expect(await saveSalonSettingsAction(settings("200"))).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { reminderHours: ["Enter whole hours from 0 to 168 (0 sends no reminders)."] },
    });
    expect(await saved()).toEqual(before);
    expect(await saveSalonSettingsAction(settings("0"))).toMatchObject({ ok: true });
    expect((await loadSettingsForm(db)).reminderHours).toBe(0);
  });
});
