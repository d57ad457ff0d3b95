import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadCourseDetail } from "@/lib/courses/views/course-detail";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { adjustRemaining } from "@/lib/courses/manage-course";
import { refundCourse, unredeemedValue } from "@/lib/courses/refund-course";
import { inTransaction } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, TZ, type Salon } from "../../helpers/salon-fixture";

// The refund dialog suggests the course's unused value; refunding more (up to what was paid in)
// needs a reason of its own, kept in the REFUND change so the course history shows it.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { refundCourseAction } = await import("@/lib/actions/client-courses");

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db, { noShowPolicy: "FORFEIT" });
});
beforeEach(() => {
  signedIn.staff = null;
});

// Every booking gets an hour of its own (a facial takes one): 08:00–20:00 from 1 June on, two stylists.
let slot = 0;
function nextSlot(date?: string) {
  const n = slot++;
  const hour = 8 + (Math.floor(n / 2) % 12);
  const day = date ?? `2026-06-0${1 + Math.floor(n / 24)}`;
  return { startsAt: at(day, `${String(hour).padStart(2, "0")}:00`), staffId: n % 2 ? s.ben.id : s.anna.id };
}

const ctxAt = (now: Date) => ({ ...s.ctx, now });
const book = (clientId: number, lineId: number, ctx = s.ctx, date?: string) =>
  inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId, ...nextSlot(date), clientCourseLineId: lineId }, ctx));
/** Books and checks out `times` sessions, each checked out when it ends. */
async function redeem(clientId: number, lineId: number, times = 1, ctx = s.ctx, date?: string) {
  for (let i = 0; i < times; i++) {
    const a = await book(clientId, lineId, ctx, date);
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [a.id], paymentMethod: "CARD" }, ctxAt(a.endsAt)));
  }
}
const view = async (id: number) => (await loadClientCourse(db, id, TZ, NOW))!;
const suggestion = async (id: number) => (await loadCourseDetail(db, id, NOW))!.refund;
const refund = (clientCourseId: number, amountMinor: number, aboveUnusedReason?: string) =>
  inTransaction((tx) => refundCourse(tx, { clientCourseId, amountMinor, paymentMethod: "CASH", reason: "Leaving", aboveUnusedReason, booked: [] }, s.ctx));

describe("the suggested refund is the unused value", () => {
  it("a new course: all of it", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    expect(await suggestion(sold.clientCourseId)).toMatchObject({ suggestedMinor: 30_000, capMinor: 30_000 });
  });

  it("a partly used course: only the sessions not used (a booked one is still unused)", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await redeem(s.jane.id, sold.lines[0].id, 2);
    await book(s.jane.id, sold.lines[0].id);
    expect(await suggestion(sold.clientCourseId)).toMatchObject({ suggestedMinor: 20_000, capMinor: 30_000 });
  });

  it("a fully used course: £0.00, whether used at checkout, forfeited or taken off by a manager", async () => {
    const used = await sell(db, s, s.tom.id, s.laserCourse.id);
    await redeem(s.tom.id, used.lines[0].id, 5);
    const missed = await book(s.tom.id, used.lines[0].id);
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: missed.id, kind: "NO_SHOW" }, ctxAt(missed.endsAt)));
    expect((await view(used.clientCourseId)).lines[0].balance).toMatchObject({ redeemed: 6, free: 0 });
    expect(await suggestion(used.clientCourseId)).toMatchObject({ suggestedMinor: 0, capMinor: 30_000 });

    const removed = await sell(db, s, s.tom.id, s.laserCourse.id);
    await redeem(s.tom.id, removed.lines[0].id, 2);
    await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: removed.lines[0].id, remaining: 0, reason: "Used at our other branch" }, s.ctx));
    expect(await suggestion(removed.clientCourseId)).toMatchObject({ suggestedMinor: 0 });
  });

  it("a package whose lines do not divide evenly: £0.00 once every session is used", async () => {
    const sold = await sell(db, s, s.jane.id, s.facialPackage.id); // £130 over 3 facials + 2 massages
    await redeem(s.jane.id, sold.lines[0].id, 1);
    const left = await suggestion(sold.clientCourseId);
    expect(left.suggestedMinor).toBe(13_000 - (await db.redemption.aggregate({ where: { clientCourseLineId: sold.lines[0].id }, _sum: { valueMinor: true } }))._sum.valueMinor!);
    await redeem(s.jane.id, sold.lines[0].id, 2);
    await redeem(s.jane.id, sold.lines[1].id, 2);
    expect(await suggestion(sold.clientCourseId)).toMatchObject({ suggestedMinor: 0, capMinor: 13_000 });
  });

  it("a minutes course: the minutes not used", async () => {
    const sold = await sell(db, s, s.tom.id, s.massageMinutes.id); // 300 minutes for £300
    await redeem(s.tom.id, sold.lines[0].id, 3); // 90 minutes
    expect(await suggestion(sold.clientCourseId)).toMatchObject({ suggestedMinor: 21_000 });
  });

  it("an expired course: only what was left unused when it expired", async () => {
    const bought = at("2025-01-10", "10:00"); // 12 months: expired on 9 Jan 2026
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id, bought);
    await redeem(s.jane.id, sold.lines[0].id, 2, ctxAt(at("2025-03-03", "18:00")), "2025-03-03");
    const course = await view(sold.clientCourseId);
    expect(course.label).toBe("expired");
    expect(await unredeemedValue(db, course)).toBe(20_000);
    expect(await suggestion(sold.clientCourseId)).toMatchObject({ suggestedMinor: 20_000, capMinor: 30_000 });
  });
});

describe("refunding more than the unused value", () => {
  async function partlyUsed() {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    await redeem(s.tom.id, sold.lines[0].id, 2); // £100 used, £200 unused, £300 paid
    return sold.clientCourseId;
  }
  const nothingWritten = async (id: number) => {
    expect(await db.clientCourse.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.clientCourseChange.count({ where: { clientCourseId: id, kind: "REFUND" } })).toBe(0);
    expect(await db.saleLine.count({ where: { clientCourseId: id, amountMinor: { lt: 0 } } })).toBe(0);
  };

  it("is refused without a reason, naming both amounts, at that field; nothing is written", async () => {
    const id = await partlyUsed();
    for (const why of [undefined, "", "  ", "no"]) {
      const error = await refund(id, 25_000, why).catch((e: unknown) => e);
      expect(isDomainError(error) && error.field).toBe("aboveUnusedReason");
      expect((error as Error).message).toBe("£250.00 is more than the unused value of £200.00. Say why you are refunding more.");
    }
    await nothingWritten(id);
  });

  it("with a reason, is refunded and the reason shows in the history with both amounts", async () => {
    const id = await partlyUsed();
    await refund(id, 25_000, "  Reaction to the laser ");
    const change = await db.clientCourseChange.findFirstOrThrow({ where: { clientCourseId: id, kind: "REFUND" } });
    expect(change).toMatchObject({ amountMinor: 25_000, reason: "Leaving — £50.00 above the unused value £200.00: Reaction to the laser" });
    const detail = (await loadCourseDetail(db, id, NOW))!;
    expect(detail.history.find((h) => h.kind === "refunded")).toMatchObject({ title: "Refunded £250.00", reason: change.reason });
    expect(detail.course.label).toBe("refunded");
  });

  it("up to the unused value needs no extra reason, and one given is not added", async () => {
    const exact = await partlyUsed();
    await refund(exact, 20_000);
    const less = await partlyUsed();
    await refund(less, 5_000, "Not needed");
    const reasons = await db.clientCourseChange.findMany({ where: { clientCourseId: { in: [exact, less] }, kind: "REFUND" }, select: { reason: true } });
    expect(reasons.map((r) => r.reason)).toEqual(["Leaving", "Leaving"]);
  });

  it("a used-up course refunds £0.00 plainly; a penny more needs the reason", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: sold.lines[0].id, remaining: 0, reason: "Used elsewhere" }, s.ctx));
    await expect(refund(sold.clientCourseId, 1)).rejects.toThrow("£0.01 is more than the unused value of £0.00.");
    await refund(sold.clientCourseId, 0);
    expect((await view(sold.clientCourseId)).label).toBe("refunded");
  });

  it("never goes above the cap, with a reason or without", async () => {
    const id = await partlyUsed();
    await expect(refund(id, 30_001, "Goodwill")).rejects.toThrow(/at most £300.00/);
    await nothingWritten(id);
  });

  it("through the manager's action: the refusal comes back at the field, then the refund goes through", async () => {
    const id = await partlyUsed();
    signedIn.staff = { id: s.manager.id, name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" };
    const input = { clientCourseId: id, amount: "£220.00", paymentMethod: "CARD", reason: "Moving away", booked: [] };
    expect(await refundCourseAction({ ...input, aboveUnusedReason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { aboveUnusedReason: ["£220.00 is more than the unused value of £200.00. Say why you are refunding more."] },
    });
    await nothingWritten(id);
    expect(await refundCourseAction({ ...input, amount: "1,50" })).toMatchObject({ ok: false, fieldErrors: { amount: ["Use a point for pence: 1.50"] } });
    await nothingWritten(id);
    expect(await refundCourseAction({ ...input, aboveUnusedReason: "Treatment caused a reaction" })).toMatchObject({ ok: true });
    const change = await db.clientCourseChange.findFirstOrThrow({ where: { clientCourseId: id, kind: "REFUND" } });
    expect(change.reason).toBe("Moving away — £20.00 above the unused value £200.00: Treatment caused a reaction");
    expect(await db.saleLine.findFirstOrThrow({ where: { clientCourseId: id, amountMinor: { lt: 0 } } })).toMatchObject({ amountMinor: -22_000 });
  });
});
