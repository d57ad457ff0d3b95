import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInStaff } from "@/lib/auth/current-staff";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadClientCard } from "@/lib/clients/client-card";
import { searchClients } from "@/lib/clients/search-clients";
import { adjustRemaining } from "@/lib/courses/manage-course";
import { inTransaction } from "@/lib/db";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, type Salon } from "../../helpers/salon-fixture";

// The client card: contact details, courses with their status and history, visits and purchases;
// and the front desk's add / edit client actions.
const signedIn = vi.hoisted(() => ({ staff: null as SignedInStaff | null }));
vi.mock("@/lib/auth/current-staff", () => ({ getCurrentStaff: async () => signedIn.staff }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { addClientAction, updateClientAction } = await import("@/lib/actions/clients");

const db = getTestDb();
let s: Salon;
const frontDesk = (): SignedInStaff => ({ id: s.anna.id, name: "Anna Price", email: "", role: "FRONT_DESK" });

beforeAll(async () => {
  s = await buildSalon(db);
});
beforeEach(() => {
  signedIn.staff = frontDesk();
});

describe("the client card", () => {
  it("shows courses (active first), their history, visits and purchases", async () => {
    const laser = await sell(db, s, s.jane.id, s.laserCourse.id, at("2026-05-01", "10:00"));
    const pkg = await sell(db, s, s.jane.id, s.facialPackage.id, at("2026-05-02", "10:00"));
    for (const line of pkg.lines) await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: line.id, remaining: 0, reason: "Used elsewhere" }, s.ctx));
    const visit = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-01", "08:00"), clientCourseLineId: laser.lines[0].id }, s.ctx));
    await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [visit.id], paymentMethod: "CARD" }, s.ctx));
    await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-05", "10:00"), clientCourseLineId: laser.lines[0].id }, s.ctx));

    const card = (await loadClientCard(db, s.jane.id, NOW))!;
    expect(card.client).toMatchObject({ firstName: "Jane", email: "jane@example.com" });
    expect(card.courses.map((c) => [c.id, c.label])).toEqual([
      [laser.clientCourseId, "active"],
      [pkg.clientCourseId, "used"],
    ]);
    const circles = card.courses[0].card.lines[0].circles.map((c) => c.state);
    expect(circles).toEqual(["redeemed", "booked", "free", "free", "free", "free"]);
    // All at the test's one fixed time: cause before effect.
    expect(card.courses[0].history.map((h) => h.kind)).toEqual(["redeemed", "booked", "booked", "sold"]);
    expect(card.courses[0].history[0]).toMatchObject({ title: "Redeemed: Laser underarm on Mon 1 Jun 2026, 08:00 with Anna Price", detail: "Session 1, worth £50.00" });
    expect(card.upcoming).toEqual([expect.objectContaining({ serviceName: "Laser underarm", staffName: "Ben Cole", status: "BOOKED", courseName: "6 × Laser underarm" })]);
    expect(card.past).toEqual([expect.objectContaining({ status: "COMPLETED", when: "Mon 1 Jun 2026, 08:00" })]);
    expect(card.sales.map((x) => [x.totalMinor, x.redeemed])).toEqual([
      [0, 1],
      [13_000, 0],
      [30_000, 0],
    ]);
  });

  it("lists only live future visits as upcoming; a cancelled one is in the history", async () => {
    const kept = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.tom.id, serviceId: s.massage.id, staffId: s.anna.id, startsAt: at("2026-06-10", "10:00") }, s.ctx));
    const dropped = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.tom.id, serviceId: s.massage.id, staffId: s.anna.id, startsAt: at("2026-06-11", "10:00") }, s.ctx));
    await inTransaction((tx) => cancelAppointment(tx, { appointmentId: dropped.id, kind: "CANCEL" }, s.ctx));

    const card = (await loadClientCard(db, s.tom.id, NOW))!;
    expect(card.upcoming.map((a) => a.id)).toEqual([kept.id]);
    expect(card.past).toEqual([expect.objectContaining({ id: dropped.id, status: "CANCELLED" })]);
  });

  it("is null for a client that does not exist", async () => {
    expect(await loadClientCard(db, 987_654)).toBeNull();
  });
});

describe("adding and editing a client", () => {
  it("adds a client, refusing a duplicate email by name", async () => {
    const added = await addClientAction({ firstName: " Lucy ", lastName: "Gray", email: "LUCY@example.com", phone: "", notes: "" });
    expect(added).toMatchObject({ ok: true, data: { name: "Lucy Gray" } });
    expect(await addClientAction({ firstName: "Other", lastName: "Lucy", email: "lucy@example.com" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Lucy Gray already has that email. Search for them instead."] },
    });
    expect(await searchClients(db, "lucy g")).toEqual([expect.objectContaining({ firstName: "Lucy", email: "lucy@example.com" })]);
  });

  it("saves details and notes, with clear messages for bad input", async () => {
    expect(await updateClientAction({ clientId: s.tom.id, firstName: "Tom", lastName: "Hill", email: "", phone: "", notes: "" })).toMatchObject({
      ok: false,
      fieldErrors: { phone: ["Add an email or a phone number so the salon can reach them."] },
    });
    expect(await updateClientAction({ clientId: s.tom.id, firstName: "Tom", lastName: "Hill", email: "jane@example.com", phone: "", notes: "" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Jane Doe already has that email."] },
    });
    expect(await updateClientAction({ clientId: 987_654, firstName: "No", lastName: "One", email: "no@example.com" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const saved = await updateClientAction({ clientId: s.tom.id, firstName: "Thomas", lastName: "Hill", email: "tom@example.com", phone: "07700 900555", notes: "Allergic to latex" });
    expect(saved).toMatchObject({ ok: true, data: { name: "Thomas Hill" } });
    expect(await db.client.findUniqueOrThrow({ where: { id: s.tom.id } })).toMatchObject({ firstName: "Thomas", phone: "+447700900555", notes: "Allergic to latex" });
  });

  it("needs someone signed in", async () => {
    signedIn.staff = null;
    expect(await addClientAction({ firstName: "A", lastName: "B", email: "ab@example.com" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
