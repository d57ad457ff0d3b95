import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { bookSeries } from "@/lib/appointments/book-series";
import { checkSeries, proposeSeries, type SeriesRow } from "@/lib/appointments/propose-series";
import { seriesStart } from "@/lib/appointments/series-start";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { inTransaction } from "@/lib/db";
import { createCourseTemplate, createService } from "@/prisma/factories";
import { raceInProcesses } from "../../helpers/race-processes";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";
import type { SeriesJob } from "./series-race-worker";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

const course = async (id: number) => (await loadClientCourse(db, id, TZ, s.ctx.now))!;
const single = (clientId: number, staffId: number, date: string, time: string, serviceId = s.facial.id) =>
  inTransaction((tx) => bookAppointment(tx, { clientId, staffId, startsAt: at(date, time), serviceId }, s.ctx));
const propose = (plan: { lineId: number; staffId: number | null; date: string; startMin: number; everyWeeks?: number; count: number }) =>
  proposeSeries(db, { everyWeeks: 1, ...plan }, s.ctx.now);
/** The rows as booked: each with the stylist the proposal gave it. */
const asBooked = (rows: SeriesRow[]) => rows.map((r) => ({ date: r.date, startMin: r.startMin, staffId: r.bookedStaffId! }));
const TEN = 10 * 60;

describe("proposing a series", () => {
  it("marks an overlap and a day off, each with a next free time, and leaves the rest free", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    await single(s.tom.id, s.anna.id, "2026-06-15", "09:30"); // a facial, 09:30–10:30
    await db.staffDayException.create({ data: { staffId: s.anna.id, date: "2026-06-22", startMin: null, endMin: null, note: "Holiday" } });

    const proposal = await propose({ lineId: sold.lines[0].id, staffId: s.anna.id, date: "2026-06-08", startMin: TEN, count: 4 });
    expect(proposal).toMatchObject({ courseName: "6 × Laser underarm", serviceName: "Laser underarm", free: 6 });
    const [first, second, third, fourth] = proposal.rows;
    expect(first).toMatchObject({ date: "2026-06-08", status: "free", staffName: "Anna Price", endMin: TEN + 30, clash: null, nextFree: null });
    expect(second).toMatchObject({ date: "2026-06-15", status: "clash", clash: "Anna Price is already booked 09:30–10:30 (Tom Hill)." });
    expect(second.nextFree).toEqual({ date: "2026-06-15", startMin: TEN + 30, staffId: s.anna.id, staffName: "Anna Price" });
    expect(third).toMatchObject({ date: "2026-06-22", status: "clash", clash: "Anna Price is not working on Mon 22 Jun 2026 (Holiday)." });
    // Nothing that day: the nearest later day, at the same time.
    expect(third.nextFree).toEqual({ date: "2026-06-23", startMin: TEN, staffId: s.anna.id, staffName: "Anna Price" });
    expect(fourth).toMatchObject({ date: "2026-06-29", status: "free" });
    expect(await db.appointment.count({ where: { clientCourseLineId: sold.lines[0].id } })).toBe(0);
  });

  it("marks a room clash, and the next time a room is free", async () => {
    await db.resource.create({ data: { name: "Laser suite", kind: "Laser suite" } });
    const legs = await createService(db, { name: "Laser legs", durationMinutes: 30, resourceKind: "Laser suite" });
    const template = await createCourseTemplate(db, { name: "4 × Laser legs", priceMinor: 40_000, validityMonths: 12, lines: [{ serviceId: legs.id, quantity: 4 }] });
    const sold = await sell(db, s, s.tom.id, template.id);
    // Ben holds the only suite on the second Tuesday, 10:00–10:30: Anna is free but the room is not.
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-16", "10:00"), serviceId: legs.id }, s.ctx));

    const proposal = await propose({ lineId: sold.lines[0].id, staffId: s.anna.id, date: "2026-06-09", startMin: TEN, count: 3 });
    expect(proposal.rows.map((r) => r.status)).toEqual(["free", "clash", "free"]);
    expect(proposal.rows[1].clash).toBe("No laser suite is free 10:00–10:30.");
    expect(proposal.rows[1].nextFree).toMatchObject({ date: "2026-06-16", startMin: TEN + 30, staffId: s.anna.id });
  });

  it("marks the sessions after the course expires, and offers no other time for them", async () => {
    const template = await createCourseTemplate(db, { name: "4 × Laser underarm (1 month)", priceMinor: 20_000, validityMonths: 1, lines: [{ serviceId: s.laser.id, quantity: 4 }] });
    const sold = await sell(db, s, s.jane.id, template.id); // bought 1 June: last day 30 June
    const proposal = await propose({ lineId: sold.lines[0].id, staffId: s.ben.id, date: "2026-06-16", startMin: 15 * 60, count: 4 });
    expect(proposal.rows.map((r) => [r.date, r.status])).toEqual([
      ["2026-06-16", "free"],
      ["2026-06-23", "free"],
      ["2026-06-30", "free"],
      ["2026-07-07", "expired"],
    ]);
    expect(proposal.rows[3]).toMatchObject({ clash: "After the course expires on Tue 30 Jun 2026.", nextFree: null });
  });

  it("counts the series' own earlier sessions for a course valid from its first session", async () => {
    const template = await createCourseTemplate(db, {
      name: "6 × Facial (1 month from first)",
      priceMinor: 30_000,
      validityMonths: 1,
      validityFrom: "FIRST_USE",
      lines: [{ serviceId: s.facial.id, quantity: 6 }],
    });
    const sold = await sell(db, s, s.tom.id, template.id);
    // The first session starts the clock (8 June → last day 7 July), though none is booked yet.
    const proposal = await propose({ lineId: sold.lines[0].id, staffId: s.ben.id, date: "2026-06-08", startMin: 16 * 60, count: 6 });
    expect(proposal.rows.map((r) => r.status)).toEqual(["free", "free", "free", "free", "free", "expired"]);
    expect(proposal.rows[5].clash).toBe("After the course expires on Tue 7 Jul 2026.");
  });

  it("gives anyone's rows to whoever does the service and is free, keeping to one stylist when it can", async () => {
    // Done by Anna and Ben only (the manager takes appointments too, for the fixture's services).
    const tint = await createService(db, { name: "Brow tint", durationMinutes: 30, staffIds: [s.anna.id, s.ben.id] });
    const template = await createCourseTemplate(db, { name: "6 × Brow tint", priceMinor: 12_000, validityMonths: 12, lines: [{ serviceId: tint.id, quantity: 6 }] });
    const sold = await sell(db, s, s.tom.id, template.id);
    await single(s.jane.id, s.anna.id, "2026-07-13", "11:00");
    const proposal = await propose({ lineId: sold.lines[0].id, staffId: null, date: "2026-07-06", startMin: 11 * 60, count: 3 });
    expect(proposal.rows.map((r) => [r.status, r.staffName])).toEqual([
      ["free", "Anna Price"],
      ["free", "Ben Cole"],
      ["free", "Ben Cole"],
    ]);
    // Both busy: nobody is free then, and the next free time is anyone's.
    await single(s.jane.id, s.ben.id, "2026-07-20", "10:30");
    await single(s.jane.id, s.anna.id, "2026-07-20", "10:45");
    const busy = await propose({ lineId: sold.lines[0].id, staffId: null, date: "2026-07-20", startMin: 11 * 60, count: 1 });
    expect(busy.rows[0]).toMatchObject({ status: "clash", clash: "Nobody who does Brow tint is free then.", bookedStaffId: null });
    expect(busy.rows[0].nextFree).toMatchObject({ date: "2026-07-20", startMin: 11 * 60 + 30, staffId: s.ben.id });
  });

  it("checks rows the desk moved against each other: one client cannot be in two sessions at once", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const checked = await checkSeries(
      db,
      {
        lineId: sold.lines[0].id,
        rows: [
          { date: "2026-08-04", startMin: TEN, staffId: s.anna.id },
          { date: "2026-08-04", startMin: TEN + 15, staffId: s.ben.id },
        ],
      },
      s.ctx.now,
    );
    expect(checked.rows[0].status).toBe("free");
    expect(checked.rows[1]).toMatchObject({ status: "clash", clash: "Same time as this series' session on Tue 4 Aug 2026 at 10:00." });
    expect(checked.rows[1].nextFree).toMatchObject({ date: "2026-08-04", startMin: TEN + 30, staffId: s.ben.id });
  });

  it("starts after the line's last session, as often as its last two were apart, with its stylist and time", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const line = sold.lines[0].id;
    for (const date of ["2026-09-01", "2026-09-15"]) {
      await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.ben.id, startsAt: at(date, "14:15"), clientCourseLineId: line }, s.ctx));
    }
    expect(await seriesStart(db, { lineId: line }, s.ctx.now)).toMatchObject({
      free: 4,
      date: "2026-09-29",
      startMin: 14 * 60 + 15,
      staffId: s.ben.id,
      everyWeeks: 2,
      staff: expect.arrayContaining([
        { id: s.anna.id, name: "Anna Price" },
        { id: s.ben.id, name: "Ben Cole" },
      ]),
    });
    // A slot chosen in the drawer is the first session.
    expect(await seriesStart(db, { lineId: line, staffId: s.anna.id, date: "2026-10-02", startMin: 600 }, s.ctx.now)).toMatchObject({
      date: "2026-10-02",
      startMin: 600,
      staffId: s.anna.id,
    });
  });
});

describe("booking a series", () => {
  it("books what the proposal offered, next free times used: every session holds a circle", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    await single(s.jane.id, s.ben.id, "2026-08-17", "15:00");
    const proposal = await propose({ lineId: sold.lines[0].id, staffId: s.ben.id, date: "2026-08-10", startMin: 15 * 60, count: 5 });
    expect(proposal.rows.map((r) => r.status)).toEqual(["free", "clash", "free", "free", "free"]);
    const used = proposal.rows.map((r) => (r.nextFree ? { date: r.nextFree.date, startMin: r.nextFree.startMin, staffId: r.nextFree.staffId } : { ...r, staffId: r.staffId }));
    const again = await checkSeries(db, { lineId: sold.lines[0].id, rows: used }, s.ctx.now);
    expect(again.rows.every((r) => r.status === "free")).toBe(true);

    const booked = await inTransaction((tx) => bookSeries(tx, { lineId: sold.lines[0].id, rows: asBooked(again.rows) }, s.ctx));
    expect(booked.message).toBe("5 sessions booked: Mon 10 Aug 15:00, Mon 17 Aug 16:00, Mon 24 Aug 15:00, Mon 31 Aug 15:00, Mon 7 Sep 15:00.");
    expect(booked.course.lines[0].circles.map((c) => c.state)).toEqual(["booked", "booked", "booked", "booked", "booked", "free"]);
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 5, free: 1 });
    expect(await db.courseBookingLog.count({ where: { clientCourseLineId: sold.lines[0].id, action: "BOOKED" } })).toBe(5);
    // Each session is confirmed like any booking (bookAppointment writes the email with it).
    const ids = booked.appointments.map((a) => a.id);
    expect(await db.outboxMessage.count({ where: { kind: "CONFIRMATION", appointmentId: { in: ids } } })).toBe(5);
  });

  it("books none when one session has been taken since the proposal, naming its date", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const proposal = await propose({ lineId: sold.lines[0].id, staffId: s.anna.id, date: "2026-10-05", startMin: TEN, count: 5 });
    expect(proposal.rows.every((r) => r.status === "free")).toBe(true);
    // Another desk books Anna over the fourth session meanwhile.
    await single(s.tom.id, s.anna.id, "2026-10-26", "10:00");

    await expect(inTransaction((tx) => bookSeries(tx, { lineId: sold.lines[0].id, rows: asBooked(proposal.rows) }, s.ctx))).rejects.toThrow(
      "The session on Mon 26 Oct 2026 at 10:00: Anna Price is already booked 10:00–11:00 (Tom Hill). Nothing was booked.",
    );
    expect(await db.appointment.count({ where: { clientCourseLineId: sold.lines[0].id } })).toBe(0);
    expect(await db.courseBookingLog.count({ where: { clientCourseLineId: sold.lines[0].id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { clientId: s.jane.id, kind: "CONFIRMATION", aboutStartsAt: { gte: at("2026-10-05", "00:00"), lt: at("2026-11-01", "00:00") } } })).toBe(0);
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 0, free: 6 });
  });

  it("refuses a warning as a clash: never books anyway", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    await db.staffDayException.create({ data: { staffId: s.ben.id, date: "2026-11-10", startMin: null, endMin: null, note: "" } });
    await expect(
      inTransaction((tx) =>
        bookSeries(
          tx,
          {
            lineId: sold.lines[0].id,
            rows: [
              { date: "2026-11-03", startMin: TEN, staffId: s.ben.id },
              { date: "2026-11-10", startMin: TEN, staffId: s.ben.id },
            ],
          },
          s.ctx,
        ),
      ),
    ).rejects.toMatchObject({ code: "NEEDS_CONFIRMATION", field: "rows.1", message: expect.stringMatching(/^The session on Tue 10 Nov 2026 at 10:00: Ben Cole is not working/) });
    expect(await db.appointment.count({ where: { clientCourseLineId: sold.lines[0].id } })).toBe(0);
  });

  it("cannot book more sessions than the line has free circles", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const line = sold.lines[0].id;
    await expect(propose({ lineId: line, staffId: s.anna.id, date: "2026-11-02", startMin: TEN, count: 7 })).rejects.toThrow(
      "6 × Laser underarm has only 6 free sessions of Laser underarm: book at most 6.",
    );
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.anna.id, startsAt: at("2026-11-02", "12:00"), clientCourseLineId: line }, s.ctx));
    const rows = Array.from({ length: 6 }, (_, i) => ({ date: `2026-12-0${i + 1}`, startMin: TEN, staffId: s.anna.id }));
    await expect(inTransaction((tx) => bookSeries(tx, { lineId: line, rows }, s.ctx))).rejects.toMatchObject({ code: "CIRCLE_TAKEN", field: "rows" });
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 1, free: 5 });
  });

  it("two desks booking the line's last sessions at once: exactly one series wins, the other books nothing", async () => {
    const sold = await sell(db, s, s.tom.id, s.laserCourse.id);
    const line = sold.lines[0].id;
    for (const date of ["2027-01-04", "2027-01-05", "2027-01-06"]) {
      await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: s.anna.id, startsAt: at(date, "09:00"), clientCourseLineId: line }, s.ctx));
    }
    const series = (staffId: number, time: number) => ({ lineId: line, rows: ["2027-02-01", "2027-02-08", "2027-02-15"].map((date) => ({ date, startMin: time, staffId })) });
    const attempts = await Promise.allSettled([
      inTransaction((tx) => bookSeries(tx, series(s.anna.id, TEN), s.ctx)),
      inTransaction((tx) => bookSeries(tx, series(s.ben.id, 14 * 60), s.ctx)),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const lost = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CIRCLE_TAKEN" });
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 6, free: 0 });
    const won = await db.appointment.findMany({ where: { clientCourseLineId: line, startsAt: { gte: at("2027-02-01", "00:00") } }, select: { staffId: true } });
    expect(won).toHaveLength(3);
    expect(new Set(won.map((a) => a.staffId)).size).toBe(1);
  });

  it("raced from separate processes on the same database file: exactly one series wins", async () => {
    const sold = await sell(db, s, s.jane.id, s.laserCourse.id);
    const line = sold.lines[0].id;
    for (const date of ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04"]) {
      await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at(date, "09:00"), clientCourseLineId: line }, s.ctx));
    }
    const jobs: SeriesJob[] = [9, 11, 13, 15].map((hour) => ({
      lineId: line,
      rows: ["2027-04-05", "2027-04-12"].map((date) => ({ date, startMin: hour * 60, staffId: s.anna.id })),
      staffCtx: s.manager.id,
      now: s.ctx.now.toISOString(),
    }));
    const outputs = await raceInProcesses(path.join(__dirname, "series-race-worker.ts"), jobs);
    expect(outputs.filter((o) => o.endsWith("WON"))).toHaveLength(1);
    expect(outputs.filter((o) => o.endsWith("CIRCLE_TAKEN"))).toHaveLength(3);
    expect((await course(sold.clientCourseId)).lines[0].balance).toMatchObject({ booked: 6, free: 0 });
  }, 60_000);
});
