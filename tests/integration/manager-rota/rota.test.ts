import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { loadRotas } from "@/lib/rota/load-rota";
import { weekRotaSchema, type WeekRotaFormValues } from "@/lib/rota/rota-input";
import { followSalonHours, saveWeekRota } from "@/lib/rota/save-rota";
import type { HoursRow } from "@/lib/rota/working-hours";
import { loadStaffRota } from "@/lib/staff/staff-rota";
import { createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
  // Sundays closed; Saturdays 09:00–17:00; the rest 08:00–20:00 (the fixture's).
  await db.openingHours.update({ where: { weekday: 0 }, data: { opensAtMin: null, closesAtMin: null } });
  await db.openingHours.update({ where: { weekday: 6 }, data: { opensAtMin: 540, closesAtMin: 1020 } });
});

type Day = WeekRotaFormValues["days"][number];
const off: Day = { working: false, startMin: "", endMin: "", breakStartMin: "", breakEndMin: "" };
const work = (start: number, end: number, breakStart?: number, breakEnd?: number): Day => ({
  working: true,
  startMin: String(start),
  endMin: String(end),
  breakStartMin: breakStart === undefined ? "" : String(breakStart),
  breakEndMin: breakEnd === undefined ? "" : String(breakEnd),
});
/** Sunday off, Monday–Friday 09:00–17:00 with a 13:00–13:30 break, Saturday 09:00–13:00. */
const usual = (): Day[] => [off, ...Array.from({ length: 5 }, () => work(540, 1020, 780, 810)), work(540, 780)];
const issues = (days: Day[]) => weekRotaSchema.safeParse({ staffId: 1, days }).error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];
const parsedDays = (days: Day[]) => weekRotaSchema.parse({ staffId: 1, days }).days;

describe("the week's form rules", () => {
  it("takes a usual week: a day off has no times, a break is kept", () => {
    const days = parsedDays(usual());
    expect(days[0]).toEqual({ startMin: null, endMin: null, breakStartMin: null, breakEndMin: null });
    expect(days[1]).toEqual({ startMin: 540, endMin: 1020, breakStartMin: 780, breakEndMin: 810 });
    expect(days[6]).toEqual({ startMin: 540, endMin: 780, breakStartMin: null, breakEndMin: null });
    // A day off ignores whatever its selects still hold.
    expect(parsedDays([{ ...work(600, 540), working: false }, ...usual().slice(1)])[0].startMin).toBeNull();
  });

  it("refuses the edges, each beside its field", () => {
    const week = (monday: Day) => [off, monday, ...usual().slice(2)];
    expect(issues(week(work(540, 540)))).toEqual([{ path: "days.1.endMin", message: "They must finish after they start." }]);
    expect(issues(week(work(600, 540)))).toEqual([{ path: "days.1.endMin", message: "They must finish after they start." }]);
    expect(issues(week({ ...work(540, 1020), startMin: "" }))).toEqual([{ path: "days.1.startMin", message: "Choose when they start." }]);
    expect(issues(week(work(545, 1020)))).toEqual([{ path: "days.1.startMin", message: "Times go in 15-minute steps." }]);
    // The break: both ends or neither, after it starts, strictly inside the hours.
    expect(issues(week({ ...work(540, 1020), breakStartMin: "780" }))).toEqual([{ path: "days.1.breakEndMin", message: "Choose when the break ends, or clear both break times." }]);
    expect(issues(week(work(540, 1020, 810, 780)))).toEqual([{ path: "days.1.breakEndMin", message: "The break must end after it starts." }]);
    expect(issues(week(work(540, 1020, 540, 600)))).toEqual([{ path: "days.1.breakStartMin", message: "The break must be inside their hours (09:00–17:00)." }]);
    expect(issues(week(work(540, 1020, 960, 1020)))).toEqual([{ path: "days.1.breakStartMin", message: "The break must be inside their hours (09:00–17:00)." }]);
    expect(issues(week(work(540, 1020, 555, 1005)))).toEqual([]);
    // Midnight is an end, never a start.
    expect(issues(week(work(1440, 1440)))[0]).toMatchObject({ path: "days.1.startMin" });
    expect(weekRotaSchema.safeParse({ staffId: 1, days: usual().slice(1) }).success).toBe(false);
  });
});

describe("saving a week", () => {
  it("writes all seven weekdays, and the calendar's reader sees the break and the day off", async () => {
    const hal = await createStaff(db, { name: "Hal Rota" });
    const saved = await inTransaction((tx) => saveWeekRota(tx, hal.id, parsedDays(usual()), NOW));
    expect(saved).toMatchObject({ name: "Hal Rota", outside: { count: 0 } });
    expect(await db.staffWeekHours.count({ where: { staffId: hal.id } })).toBe(7);
    const rotas = await loadRotas(db, [hal.id], "2026-06-01", "2026-06-07");
    expect(rotas.spans(hal.id, "2026-06-01")).toEqual([
      { start: 540, end: 780 },
      { start: 810, end: 1020 },
    ]);
    expect(rotas.spans(hal.id, "2026-06-07")).toEqual([]);
    const view = await loadStaffRota(db, hal.id, NOW);
    expect(view.week?.[1]).toEqual({ startMin: 540, endMin: 1020, breakStartMin: 780, breakEndMin: 810 });
    expect(view.today).toBe("2026-06-01");
  });

  it("refuses hours outside the salon's opening hours, or work on a closed day, and changes nothing", async () => {
    const ivy = await createStaff(db, { name: "Ivy Early" });
    await inTransaction((tx) => saveWeekRota(tx, ivy.id, parsedDays(usual()), NOW));
    const before = await db.staffWeekHours.findMany({ where: { staffId: ivy.id }, orderBy: { weekday: "asc" } });
    const tryDays = (days: Day[]) => inTransaction((tx) => saveWeekRota(tx, ivy.id, parsedDays(days), NOW));

    await expect(tryDays([off, work(450, 1020), ...usual().slice(2)])).rejects.toMatchObject({
      field: "days.1.startMin",
      message: "The salon opens at 08:00 on Mondays (open 08:00–20:00): start then or later.",
    });
    await expect(tryDays([...usual().slice(0, 6), work(540, 1050)])).rejects.toMatchObject({
      field: "days.6.endMin",
      message: "The salon closes at 17:00 on Saturdays (open 09:00–17:00): finish then or earlier.",
    });
    await expect(tryDays([work(600, 900), ...usual().slice(1)])).rejects.toMatchObject({
      field: "days.0.working",
      message: "The salon is closed on Sundays, so nobody can work then.",
    });
    expect(await db.staffWeekHours.findMany({ where: { staffId: ivy.id }, orderBy: { weekday: "asc" } })).toEqual(before);
    // Exactly the opening hours are fine.
    await expect(tryDays([off, work(480, 1200), ...usual().slice(2)])).resolves.toMatchObject({ name: "Ivy Early" });
    expect(await db.staffWeekHours.findUniqueOrThrow({ where: { staffId_weekday: { staffId: ivy.id, weekday: 1 } } })).toMatchObject({ startMin: 480, endMin: 1200, breakStartMin: null });
  });

  it("never moves what is booked, but names the appointments the new week leaves outside", async () => {
    const jo = await createStaff(db, { name: "Jo Booked" });
    // Booked while Jo works the salon's hours: Tuesday 2 June 08:30 and 14:00.
    for (const time of ["08:30", "14:00"]) {
      await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: jo.id, serviceId: s.massage.id, startsAt: at("2026-06-02", time) }, s.ctx));
    }
    const saved = await inTransaction((tx) => saveWeekRota(tx, jo.id, parsedDays(usual()), NOW));
    expect(saved.outside).toEqual({ count: 1, examples: ["Tue 2 Jun 2026 08:30, Jane Doe"] });
    expect(await db.appointment.count({ where: { staffId: jo.id, status: "BOOKED" } })).toBe(2);

    // Back to the salon's hours: the rota's rows go, and nothing is outside any more.
    const back = await inTransaction((tx) => followSalonHours(tx, jo.id, NOW));
    expect(back.outside.count).toBe(0);
    expect(await db.staffWeekHours.count({ where: { staffId: jo.id } })).toBe(0);
    expect((await loadStaffRota(db, jo.id, NOW)).week).toBeNull();
  });

  it("refuses a staff member who doesn't exist", async () => {
    await expect(inTransaction((tx) => saveWeekRota(tx, 999_999, parsedDays(usual()) as HoursRow[], NOW))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
