import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { loadClientCourse } from "@/lib/courses/load-courses";
import { inTransaction } from "@/lib/db";
import type { CourseBookingJob } from "../../helpers/book-worker";
import { raceInProcesses } from "../../helpers/race-processes";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, sell, TZ, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
});

/** A course with one free session left. */
async function lastCircle(clientId: number, day: string) {
  const sold = await sell(db, s, clientId, s.laserCourse.id);
  for (let i = 0; i < 5; i++) {
    await inTransaction((tx) =>
      bookAppointment(tx, { clientId, staffId: s.anna.id, startsAt: at(day, `${10 + i}:00`), clientCourseLineId: sold.lines[0].id }, s.ctx),
    );
  }
  return sold;
}

const balance = async (id: number) => (await loadClientCourse(db, id, TZ, s.ctx.now))!.lines[0].balance;

describe("the last green circle", () => {
  it("booked by several desks at once for different slots: exactly one wins, the rest are told", async () => {
    const sold = await lastCircle(s.jane.id, "2026-06-15");
    const attempts = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        inTransaction((tx) =>
          bookAppointment(tx, { clientId: s.jane.id, staffId: s.ben.id, startsAt: at("2026-06-16", `${9 + i}:00`), clientCourseLineId: sold.lines[0].id }, s.ctx),
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const a of attempts.filter((a) => a.status === "rejected")) {
      expect(String((a as PromiseRejectedResult).reason)).toMatch(/just taken by another booking/);
    }
    expect(await balance(sold.clientCourseId)).toMatchObject({ total: 6, booked: 6, free: 0 });
  });

  it("the same booking fired from several desks: exactly one appointment is written", async () => {
    const sold = await lastCircle(s.tom.id, "2026-06-17");
    const same = { clientId: s.tom.id, staffId: s.ben.id, startsAt: at("2026-06-18", "11:00"), clientCourseLineId: sold.lines[0].id };
    const attempts = await Promise.allSettled(Array.from({ length: 6 }, () => inTransaction((tx) => bookAppointment(tx, same, s.ctx))));
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    expect(await db.appointment.count({ where: { clientCourseLineId: sold.lines[0].id, status: "BOOKED" } })).toBe(6);
  });

  it("raced from separate processes on the same database file: exactly one wins", async () => {
    const sold = await lastCircle(s.jane.id, "2026-06-22");
    const worker = path.join(__dirname, "../../helpers/book-worker.ts");
    const jobs: CourseBookingJob[] = [10, 11, 12, 13].map((hour) => ({
      clientId: s.jane.id,
      staffId: s.ben.id,
      startsAt: at("2026-06-23", `${hour}:00`).toISOString(),
      lineId: sold.lines[0].id,
      staffCtx: s.manager.id,
    }));
    const outputs = await raceInProcesses(worker, jobs);
    expect(outputs.filter((o) => o.endsWith("WON"))).toHaveLength(1);
    expect(outputs.filter((o) => o.endsWith("CIRCLE_TAKEN"))).toHaveLength(3);
    expect(await balance(sold.clientCourseId)).toMatchObject({ booked: 6, free: 0 });
  }, 60_000);
});
