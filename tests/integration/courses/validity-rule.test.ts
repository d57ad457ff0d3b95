// "Every session a course holds or has redeemed lies within the course's validity" (domain.md), and
// the screens that show a course's expiry all show the same one.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, type BookAppointmentInput } from "@/lib/appointments/book-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { loadClientCard } from "@/lib/clients/client-card";
import { loadDrawerCourses } from "@/lib/courses/views/drawer-courses";
import { extendExpiry } from "@/lib/courses/manage-course";
import { inTransaction } from "@/lib/db";
import { checkIntegrity } from "@/lib/integrity/check";
import { createClient, createCourseTemplate } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;
let monthFromFirstUse: { id: number };

beforeAll(async () => {
  s = await buildSalon(db);
  monthFromFirstUse = await createCourseTemplate(db, {
    name: "4 × Laser underarm, 1 month",
    priceMinor: 20_000,
    validityMonths: 1,
    validityFrom: "FIRST_USE",
    lines: [{ serviceId: s.laser.id, quantity: 4 }],
  });
});

let n = 0;
async function newClient() {
  n += 1;
  return createClient(db, { firstName: "Valid", lastName: `Client${n}`, phone: `+4477009100${String(n).padStart(2, "0")}` });
}
const book = (input: BookAppointmentInput, now = NOW) => inTransaction((tx) => bookAppointment(tx, input, { ...s.ctx, now }));
const counts = async () => ({ appointments: await db.appointment.count(), log: await db.courseBookingLog.count(), redemptions: await db.redemption.count() });

describe("valid from the first session", () => {
  it("refuses a session 2 days ahead that would leave the one booked 40 days ahead past expiry, naming it, and writes nothing", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, monthFromFirstUse.id);
    const line = sold.lines[0].id;
    await book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2026-07-11", "10:00"), clientCourseLineId: line });
    const before = await counts();
    await expect(book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:00"), clientCourseLineId: line })).rejects.toThrow(
      "4 × Laser underarm, 1 month is valid for 1 month from its first session: a session on Wed 3 Jun 2026 would end it on Thu 2 Jul 2026, " +
        "leaving the Laser underarm session on Sat 11 Jul 2026 past expiry. Move that session first, or book this one as a single.",
    );
    expect(await counts()).toEqual(before);
    // Within the month it is fine.
    await book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2026-06-20", "10:00"), clientCourseLineId: line });
  });

  it("refuses to convert or move a session so that another falls past expiry", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, monthFromFirstUse.id);
    const line = sold.lines[0].id;
    const first = await book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2026-06-10", "10:00"), clientCourseLineId: line });
    await book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2026-07-05", "10:00"), clientCourseLineId: line });
    // Moving the first session earlier would end the month before the second.
    await expect(
      inTransaction((tx) => changeAppointment(tx, { appointmentId: first.id, startsAt: at("2026-06-02", "10:00") }, s.ctx)),
    ).rejects.toThrow(/leaving the Laser underarm session on Sun 5 Jul 2026 past expiry/);
    // Converting an earlier single into the course, likewise.
    const single = await book({ clientId: client.id, staffId: s.ben.id, startsAt: at("2026-06-02", "11:00"), serviceId: s.laser.id });
    await expect(inTransaction((tx) => changeAppointment(tx, { appointmentId: single.id, clientCourseLineId: line }, s.ctx))).rejects.toThrow(
      /past expiry/,
    );
    expect((await db.appointment.findUniqueOrThrow({ where: { id: single.id } })).clientCourseLineId).toBeNull();
    expect((await checkIntegrity(db)).findings.filter((f) => f.kind === "OUTSIDE_VALIDITY")).toEqual([]);
  });

  it("the drawer and the client card show the same expiry, counted from the first session, not from today", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, monthFromFirstUse.id);
    await book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2026-07-11", "15:00"), clientCourseLineId: sold.lines[0].id });
    const drawer = await loadDrawerCourses(db, client.id, "2026-07-11", undefined, NOW);
    const card = await loadClientCard(db, client.id, NOW);
    const onCard = card!.courses.find((c) => c.card.id === sold.clientCourseId)!.card;
    expect(drawer.find((c) => c.id === sold.clientCourseId)).toMatchObject({ expiresOn: "2026-08-10", expiresLabel: "Expires Mon 10 Aug 2026" });
    expect(onCard).toMatchObject({ expiresOn: "2026-08-10", expiresLabel: "Expires Mon 10 Aug 2026" });
    // Not started: no date yet, the same words everywhere.
    const fresh = await newClient();
    const unstarted = await sell(db, s, fresh.id, monthFromFirstUse.id);
    const [shown] = await loadDrawerCourses(db, fresh.id, "2026-06-02", undefined, NOW);
    expect(shown).toMatchObject({ id: unstarted.clientCourseId, expiresOn: null, expiresLabel: "Valid 1 month from first session" });
  });
});

describe("checkout re-checks validity", () => {
  it("refuses to redeem a session that lies past its course's expiry, and writes nothing", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, s.laserCourse.id);
    const appt = await book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2026-06-01", "16:00"), clientCourseLineId: sold.lines[0].id });
    // Data from before the rule (or a hand edit): the expiry moved before the session.
    await db.clientCourse.update({ where: { id: sold.clientCourseId }, data: { expiresOn: "2026-05-31" } });
    const before = await counts();
    await expect(
      inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [appt.id], paymentMethod: "CARD", idempotencyKey: "late-1" }, { ...s.ctx, now: at("2026-06-01", "17:00") })),
    ).rejects.toThrow("The Laser underarm session on Mon 1 Jun 2026 is after 6 × Laser underarm expired (Sun 31 May 2026).");
    expect(await counts()).toEqual(before);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: appt.id } })).status).toBe("BOOKED");
    const found = (await checkIntegrity(db, at("2026-06-01", "17:00"))).findings.filter((f) => f.kind === "OUTSIDE_VALIDITY");
    expect(found).toEqual([expect.objectContaining({ ids: { appointmentId: appt.id, clientCourseId: sold.clientCourseId } })]);
    await db.clientCourse.update({ where: { id: sold.clientCourseId }, data: { expiresOn: "2027-05-31" } });
  });
});

describe("extend", () => {
  it("refuses an expiry in the past or more than 5 years ahead (9999 is a slip)", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, s.laserCourse.id);
    const extend = (expiresOn: string) => inTransaction((tx) => extendExpiry(tx, { clientCourseId: sold.clientCourseId, expiresOn, reason: "goodwill" }, s.ctx));
    await expect(extend("9999-12-31")).rejects.toThrow("The expiry can be at most 5 years from today (Sun 1 Jun 2031).");
    await expect(extend("2031-06-02")).rejects.toThrow(/at most 5 years/);
    await extend("2031-06-01");
    expect((await db.clientCourse.findUniqueOrThrow({ where: { id: sold.clientCourseId } })).expiresOn).toBe("2031-06-01");
  });
});

describe("drawer", () => {
  it("shows every valid course even when nothing on it is free, with a note that says so", async () => {
    const client = await newClient();
    const sold = await sell(db, s, client.id, monthFromFirstUse.id);
    for (const [i, day] of ["2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05"].entries()) {
      await book({ clientId: client.id, staffId: i % 2 ? s.anna.id : s.ben.id, startsAt: at(day, "12:00"), clientCourseLineId: sold.lines[0].id });
    }
    const shown = await loadDrawerCourses(db, client.id, "2026-06-06", undefined, NOW);
    expect(shown).toEqual([
      expect.objectContaining({ id: sold.clientCourseId, note: "Nothing free: 4 booked, 0 redeemed" }),
    ]);
    expect(shown[0].lines[0].circles.map((c) => c.state)).toEqual(["booked", "booked", "booked", "booked"]);
  });
});

describe("bookings", () => {
  it("are taken up to 2 years ahead, and 31 Dec 9999 is refused with the last day allowed", async () => {
    const client = await newClient();
    await expect(book({ clientId: client.id, staffId: s.anna.id, startsAt: at("9999-12-31", "10:00"), serviceId: s.laser.id })).rejects.toThrow(
      "Appointments can be booked up to 2 years ahead (until Thu 1 Jun 2028).",
    );
    await book({ clientId: client.id, staffId: s.anna.id, startsAt: at("2028-06-01", "10:00"), serviceId: s.laser.id });
  });
});
