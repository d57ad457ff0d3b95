import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { getTestDb } from "../../helpers/test-db";
import { buildSalon, type Salon } from "../../helpers/salon-fixture";

// The actions run as whoever getCurrentStaff says is signed in; revalidatePath needs a Next request.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveCourseTemplateAction, setCourseTemplateActiveAction } = await import("@/lib/actions/course-templates");
const { sellCourseAction } = await import("@/lib/actions/course-templates");

const db = getTestDb();
let s: Salon;
const frontDesk = (): SignedInStaff => ({ id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" });
const manager = (): SignedInStaff => ({ id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" });

const values = (name: string) => ({
  name,
  kind: "COURSE",
  unit: "SESSIONS",
  lines: [{ serviceId: String(s.laser.id), quantity: "6" }],
  price: "300",
  validityMonths: "12",
  validityFrom: "PURCHASE",
  active: true,
});

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  signedIn.staff = null;
});

describe("who may manage course templates", () => {
  it("refuses front desk and writes nothing", async () => {
    signedIn.staff = frontDesk();
    const before = await db.courseTemplate.count();
    expect(await saveCourseTemplateAction(values("Desk course"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await setCourseTemplateActiveAction({ templateId: s.laserCourse.id, active: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.courseTemplate.count()).toBe(before);
    expect(await db.courseTemplate.findUnique({ where: { id: s.laserCourse.id } })).toMatchObject({ active: true });
  });

  it("refuses nobody signed in", async () => {
    expect(await saveCourseTemplateAction(values("Anonymous course"))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("lets a manager save, and answers bad input with field errors", async () => {
    signedIn.staff = manager();
    const saved = await saveCourseTemplateAction(values("Manager course"));
    expect(saved).toMatchObject({ ok: true, data: { name: "Manager course" } });
    expect(await saveCourseTemplateAction({ ...values("Manager course"), price: "-1" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { price: ["The price can't be negative."] },
    });
    expect(await saveCourseTemplateAction(values("manager course"))).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringMatching(/already called/)] } });
  });
});

describe("who may sell", () => {
  it("lets front desk sell a course, and refuses an inactive one clearly", async () => {
    signedIn.staff = frontDesk();
    const sold = await sellCourseAction({ clientId: s.jane.id, templateId: s.facialPackage.id, paymentMethod: "CARD", idempotencyKey: "role-test-sale-1" });
    expect(sold).toMatchObject({ ok: true, data: { clientName: "Jane Doe", courseName: "3 × Facial + 2 × Back massage", paymentMethod: "CARD" } });
    expect(await db.sale.findUnique({ where: { idempotencyKey: "role-test-sale-1" } })).toMatchObject({ staffId: s.anna.id, totalMinor: 13_000 });

    await db.courseTemplate.update({ where: { id: s.massageMinutes.id }, data: { active: false } });
    expect(await sellCourseAction({ clientId: s.jane.id, templateId: s.massageMinutes.id, paymentMethod: "CASH", idempotencyKey: "role-test-sale-2" })).toMatchObject({
      ok: false,
      fieldErrors: { templateId: ["300 minutes of back massage is no longer sold."] },
    });
    expect(await sellCourseAction({ clientId: 999_999, templateId: s.laserCourse.id, paymentMethod: "CASH", idempotencyKey: "role-test-sale-3" })).toMatchObject({
      ok: false,
      fieldErrors: { clientId: ["That client no longer exists."] },
    });
    expect(await db.sale.count({ where: { idempotencyKey: { in: ["role-test-sale-2", "role-test-sale-3"] } } })).toBe(0);
  });
});
