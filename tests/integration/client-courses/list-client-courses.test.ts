import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { checkoutVisit } from "@/lib/checkout/checkout-visit";
import { parseFilters } from "@/lib/courses/views/filters";
import { listClientCourses } from "@/lib/courses/views/list-client-courses";
import { statusLabelSql } from "@/lib/courses/views/status-sql";
import { loadClientCourses } from "@/lib/courses/load-courses";
import { adjustRemaining } from "@/lib/courses/manage-course";
import { refundCourse } from "@/lib/courses/refund-course";
import { transferCourse } from "@/lib/courses/transfer-course";
import { inTransaction } from "@/lib/db";
import { createClient } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, sell, TZ, type Salon } from "../../helpers/salon-fixture";

// Client Courses: a page of courses with their status worked out in SQL, filtered from the URL.
const db = getTestDb();
let s: Salon;
const ids: Record<string, number> = {};

beforeAll(async () => {
  s = await buildSalon(db);
  const amy = await createClient(db, { firstName: "Amy", lastName: "Stone", email: "amy.stone@example.com", phone: "+447700900777" });
  // active: Jane's laser with a booked session
  const active = await sell(db, s, s.jane.id, s.laserCourse.id);
  await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-06-03", "10:00"), clientCourseLineId: active.lines[0].id }, s.ctx));
  ids.active = active.clientCourseId;
  // used: Tom's package, both lines taken down to nothing
  const used = await sell(db, s, s.tom.id, s.facialPackage.id);
  for (const line of used.lines) await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: line.id, remaining: 0, reason: "Used elsewhere" }, s.ctx));
  ids.used = used.clientCourseId;
  // expired: sold long ago
  ids.expired = (await sell(db, s, amy.id, s.laserCourse.id, at("2025-01-10", "10:00"))).clientCourseId;
  // expired, but a session booked before the end still holds it open: active
  const late = await sell(db, s, amy.id, s.facialPackage.id, at("2025-12-01", "10:00")); // ends 31 May 2026
  await db.appointment.create({
    data: { clientId: amy.id, staffId: s.ben.id, serviceId: s.facial.id, startsAt: at("2026-05-31", "10:00"), endsAt: at("2026-05-31", "11:00"), priceMinor: 0, clientCourseLineId: late.lines[0].id },
  });
  ids.lateHeld = late.clientCourseId;
  // refunded
  const refunded = await sell(db, s, amy.id, s.massageMinutes.id);
  await inTransaction((tx) => refundCourse(tx, { clientCourseId: refunded.clientCourseId, amountMinor: 1000, paymentMethod: "CARD", reason: "x", booked: [] }, s.ctx));
  ids.refunded = refunded.clientCourseId;
  // transferred away (and the recipient's new course, active)
  const given = await sell(db, s, s.tom.id, s.laserCourse.id);
  ids.received = (await inTransaction((tx) => transferCourse(tx, { clientCourseId: given.clientCourseId, toClientId: amy.id, reason: "Gift" }, s.ctx))).id;
  ids.transferred = given.clientCourseId;
  // expiring within 30 days
  ids.expiring = (await sell(db, s, s.jane.id, s.facialPackage.id, at("2025-12-20", "10:00"))).clientCourseId; // ends 19 Jun 2026
  // a fully redeemed minutes course
  const minutes = await sell(db, s, s.jane.id, s.massageMinutes.id);
  await inTransaction((tx) => adjustRemaining(tx, { clientCourseLineId: minutes.lines[0].id, remaining: 30, reason: "Trim" }, s.ctx));
  const a = await inTransaction((tx) => bookAppointment(tx, { bookAnyway: true, clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-01", "08:00"), clientCourseLineId: minutes.lines[0].id }, s.ctx));
  await inTransaction((tx) => checkoutVisit(tx, { appointmentIds: [a.id], paymentMethod: "CARD" }, s.ctx));
  ids.minutesUsed = minutes.clientCourseId;
});

const list = (params: Record<string, string>) => listClientCourses(db, parseFilters(params), NOW);
const idsOf = async (params: Record<string, string>) => (await list(params)).rows.map((r) => r.id).sort((a, b) => a - b);
const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort((a, b) => a - b);

describe("the status in SQL", () => {
  it("agrees with statusLabel() for every course", async () => {
    const today = "2026-06-01";
    const rows = await db.$queryRaw<{ id: number; label: string }[]>(Prisma.sql`SELECT cc."id" AS id, ${statusLabelSql(today)} AS label FROM "ClientCourse" cc`);
    const views = await loadClientCourses(db, {}, TZ, NOW);
    expect(new Map(rows.map((r) => [Number(r.id), r.label]))).toEqual(new Map(views.map((v) => [v.id, v.label])));
    expect(Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, views.find((v) => v.id === id)!.label]))).toEqual({
      active: "active",
      used: "used",
      expired: "expired",
      lateHeld: "active",
      refunded: "refunded",
      received: "active",
      transferred: "transferred",
      expiring: "active",
      minutesUsed: "used",
    });
  });
});

describe("the tabs and filters", () => {
  it("splits Active from Used Courses, newest first, with counts", async () => {
    const active = await list({});
    expect(active.rows.map((r) => r.id)).toEqual(sorted("active", "lateHeld", "received", "expiring").reverse());
    expect(active.tabCounts).toEqual({ active: 4, used: 5 });
    expect(await idsOf({ tab: "used" })).toEqual(sorted("used", "expired", "refunded", "transferred", "minutesUsed"));
  });

  it("filters used courses by status, and active ones by expiring soon", async () => {
    expect(await idsOf({ tab: "used", status: "expired" })).toEqual(sorted("expired"));
    expect(await idsOf({ tab: "used", status: "transferred" })).toEqual(sorted("transferred"));
    expect(await idsOf({ tab: "used", status: "refunded" })).toEqual(sorted("refunded"));
    expect(await idsOf({ status: "expiring" })).toEqual(sorted("expiring"));
    expect((await list({ status: "expiring" })).total).toBe(1);
  });

  it("searches by client name, phone or email, and filters by course", async () => {
    expect(await idsOf({ q: "amy st" })).toEqual(sorted("lateHeld", "received"));
    expect(await idsOf({ q: "07700 900777", tab: "used" })).toEqual(sorted("expired", "refunded"));
    expect(await idsOf({ q: "tom@" , tab: "used" })).toEqual(sorted("used", "transferred"));
    expect(await idsOf({ course: String(s.laserCourse.id) })).toEqual(sorted("active", "received"));
    expect((await list({ q: "50%_" })).total).toBe(0);
  });

  it("describes what is left per line", async () => {
    const rows = (await list({ q: "jane" })).rows;
    expect(rows.find((r) => r.id === ids.active)!.lines).toEqual([expect.objectContaining({ text: "6 of 6 Laser underarm", booked: 1 })]);
    const used = (await list({ q: "jane", tab: "used" })).rows.find((r) => r.id === ids.minutesUsed)!;
    expect(used.lines[0].text).toBe("0 of 30 min Back massage");
  });
});

describe("pages", () => {
  it("runs over every matching course 25 at a time and clamps a page past the end", async () => {
    const bulk = await db.client.create({ data: { firstName: "Bulk", lastName: "Buyer", email: "bulk@example.com" } });
    for (let i = 0; i < 27; i++) await sell(db, s, bulk.id, s.laserCourse.id);
    const first = await list({ q: "bulk" });
    expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    const second = await list({ q: "bulk", page: "2" });
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(27);
    expect((await list({ q: "bulk", page: "9" })).page).toBe(2);
  });
});
