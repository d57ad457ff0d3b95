import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { loadCourseDetail } from "@/lib/courses/views/course-detail";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, type Salon } from "../../helpers/salon-fixture";

// The manager's Client Courses actions: managers only, a reason always, clear refusals, nothing
// half-written; each change lands in the course's history with who, when and why.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { adjustRemainingAction, extendExpiryAction, refundCourseAction, transferCourseAction } = await import("@/lib/actions/client-courses");

const db = getTestDb();
let s: Salon;
const frontDesk = (): SignedInStaff => ({ id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" });
const manager = (): SignedInStaff => ({ id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" });

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  signedIn.staff = null;
});

describe("front desk", () => {
  it("is refused every change, and nothing is written", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    signedIn.staff = frontDesk();
    const reason = "Because";
    const results = [
      await adjustRemainingAction({ clientCourseLineId: sold.lines[0].id, remaining: 9, reason }),
      await extendExpiryAction({ clientCourseId: sold.clientCourseId, expiresOn: "2030-01-01", reason }),
      await transferCourseAction({ clientCourseId: sold.clientCourseId, toClientId: s.tom.id, reason }),
      await refundCourseAction({ clientCourseId: sold.clientCourseId, amount: "10", paymentMethod: "CASH", reason, booked: [] }),
    ];
    for (const r of results) expect(r).toMatchObject({ ok: false, code: "FORBIDDEN", error: "Only a manager can do that." });
    expect(await db.clientCourseChange.count({ where: { clientCourseId: sold.clientCourseId } })).toBe(0);
  });
});

describe("a manager", () => {
  it("must give a reason", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    signedIn.staff = manager();
    expect(await adjustRemainingAction({ clientCourseLineId: sold.lines[0].id, remaining: "9", reason: "  " })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["Say why (at least 3 characters)."] },
    });
    expect(await extendExpiryAction({ clientCourseId: sold.clientCourseId, expiresOn: "2030-02-30", reason: "Illness" })).toMatchObject({
      ok: false,
      fieldErrors: { expiresOn: ["Enter a real date as YYYY-MM-DD."] },
    });
    expect(await transferCourseAction({ clientCourseId: sold.clientCourseId, toClientId: "", reason: "Gift" })).toMatchObject({
      ok: false,
      fieldErrors: { toClientId: ["Choose the client to transfer to."] },
    });
    expect(await db.clientCourseChange.count({ where: { clientCourseId: sold.clientCourseId } })).toBe(0);
  });

  it("changes, extends, transfers and refunds, and each shows in the history", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    signedIn.staff = manager();
    expect(await adjustRemainingAction({ clientCourseLineId: sold.lines[0].id, remaining: "1", reason: "Typo" })).toMatchObject({ ok: true });
    expect(await adjustRemainingAction({ clientCourseLineId: sold.lines[0].id, remaining: "1", reason: "Again" })).toMatchObject({
      ok: false,
      fieldErrors: { remaining: ["That is what is left already; nothing changed."] },
    });
    expect(await extendExpiryAction({ clientCourseId: sold.clientCourseId, expiresOn: "2028-01-31", reason: "Illness" })).toMatchObject({
      ok: true,
      data: { message: "Expiry extended to Mon 31 Jan 2028." },
    });
    const moved = await transferCourseAction({ clientCourseId: sold.clientCourseId, toClientId: s.tom.id, reason: "Gift to husband" });
    expect(moved).toMatchObject({ ok: true, data: { message: "What was left is now Tom Hill’s course." } });
    const newId = moved.ok ? moved.data.newCourseId : 0;
    expect(await refundCourseAction({ clientCourseId: newId, amount: "50.01", paymentMethod: "CARD", reason: "Moving", booked: [] })).toMatchObject({
      ok: false,
      fieldErrors: { amount: [expect.stringMatching(/at most £50.00/)] },
    });
    const refunded = await refundCourseAction({ clientCourseId: newId, amount: "50", paymentMethod: "CARD", reason: "Moving", booked: [] });
    expect(refunded).toMatchObject({ ok: true });

    const from = (await loadCourseDetail(db, sold.clientCourseId))!;
    expect(from.course.label).toBe("transferred");
    expect(from.history.map((h) => [h.kind, h.title, h.reason, h.by])).toEqual(
      expect.arrayContaining([
        ["adjusted", "Remaining Laser underarm reduced by 5 sessions", "Typo", "Maya Manager"],
        ["extended", "Expiry extended to Mon 31 Jan 2028", "Illness", "Maya Manager"],
        ["transferredOut", "Transferred 1 session of Laser underarm to Tom Hill", "Gift to husband", "Maya Manager"],
        ["sold", "Bought for £300.00", null, null],
      ]),
    );
    const to = (await loadCourseDetail(db, newId))!;
    expect(to.course.label).toBe("refunded");
    expect(to.transferredFrom).toMatchObject({ courseId: sold.clientCourseId, clientName: "Jane Doe" });
    expect(to.history.map((h) => h.kind)).toEqual(["refunded", "transferredIn"]);
    expect(to.history[0]).toMatchObject({ title: "Refunded £50.00", detail: "Paid back by card", reason: "Moving", saleId: refunded.ok ? refunded.data.saleId : -1 });
  });

  it("refunds only after every booked session is made single or cancelled", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const { bookAppointment } = await import("@/lib/appointments/book-appointment");
    const { inTransaction } = await import("@/lib/db");
    const held = await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at("2026-06-10", "10:00"), clientCourseLineId: sold.lines[0].id }, s.ctx));
    const detail = (await loadCourseDetail(db, sold.clientCourseId, NOW))!;
    expect(detail.refund).toMatchObject({ suggestedMinor: 30_000, capMinor: 30_000, held: [{ appointmentId: held.id, serviceName: "Laser underarm", staffName: "Anna Price", past: false }] });
    signedIn.staff = manager();
    expect(await refundCourseAction({ clientCourseId: sold.clientCourseId, amount: "300", paymentMethod: "CASH", reason: "Moving", booked: [] })).toMatchObject({
      ok: false,
      fieldErrors: { booked: [expect.stringMatching(/1 booked session/)] },
    });
    expect(
      await refundCourseAction({ clientCourseId: sold.clientCourseId, amount: "300", paymentMethod: "CASH", reason: "Moving", booked: [{ appointmentId: held.id, action: "SINGLE" }] }),
    ).toMatchObject({ ok: true });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: "BOOKED", clientCourseLineId: null });
  });
});
