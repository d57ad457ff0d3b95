import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { inTransaction } from "@/lib/db";
import { loadRotas } from "@/lib/rota/load-rota";
import { dayExceptionSchema, type DayExceptionFormValues } from "@/lib/rota/rota-input";
import { removeDayException, saveDayException } from "@/lib/rota/save-day-exception";
import { loadStaffRota } from "@/lib/staff/staff-rota";
import { createStaff } from "@/prisma/factories";
import { getTestDb } from "../../helpers/test-db";
import { at, buildSalon, NOW, type Salon } from "../../helpers/salon-fixture";

const db = getTestDb();
let s: Salon;

beforeAll(async () => {
  s = await buildSalon(db);
  await db.openingHours.update({ where: { weekday: 0 }, data: { opensAtMin: null, closesAtMin: null } });
});

const form = (staffId: number, overrides: Partial<DayExceptionFormValues>): DayExceptionFormValues => ({
  staffId,
  date: "2026-06-10",
  kind: "OFF",
  startMin: "",
  endMin: "",
  breakStartMin: "",
  breakEndMin: "",
  note: "",
  ...overrides,
});
const save = (values: DayExceptionFormValues, now = NOW) => inTransaction((tx) => saveDayException(tx, dayExceptionSchema.parse(values), { ...s.ctx, now }));

describe("the date's form rules", () => {
  it("needs a real date, and times only for different hours", () => {
    const problems = (v: DayExceptionFormValues) => dayExceptionSchema.safeParse(v).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems(form(1, { date: "" }))).toEqual(["date: Choose a date."]);
    expect(problems(form(1, { date: "2026-02-30" }))).toEqual(["date: Enter a real date as YYYY-MM-DD."]);
    expect(problems(form(1, { kind: "HOURS" }))).toEqual(["startMin: Choose when they start.", "endMin: Choose when they finish."]);
    expect(problems(form(1, { kind: "HOURS", startMin: "600", endMin: "900", breakStartMin: "900", breakEndMin: "930" }))).toEqual(["breakStartMin: The break must be inside their hours (10:00–15:00)."]);
    expect(problems(form(1, { note: "x".repeat(61) }))).toEqual(["note: Keep the note under 60 characters."]);
    expect(dayExceptionSchema.parse(form(1, { kind: "OFF", startMin: "600", note: "  Holiday " }))).toEqual({
      staffId: 1,
      date: "2026-06-10",
      note: "Holiday",
      hours: { startMin: null, endMin: null, breakStartMin: null, breakEndMin: null },
    });
  });
});

describe("days off and different hours", () => {
  it("adds a holiday, then replaces it with different hours on the same date, and says what it replaced", async () => {
    const kim = await createStaff(db, { name: "Kim Away" });
    const first = await save(form(kim.id, { note: "Holiday" }));
    expect(first).toMatchObject({ name: "Kim Away", date: "2026-06-10", replaced: null });
    const again = await save(form(kim.id, { kind: "HOURS", startMin: "600", endMin: "960", breakStartMin: "720", breakEndMin: "750", note: "Training" }));
    expect(again.replaced).toBe("Day off (Holiday)");
    expect(await db.staffDayException.count({ where: { staffId: kim.id } })).toBe(1);

    const rotas = await loadRotas(db, [kim.id], "2026-06-10", "2026-06-10");
    expect(rotas.spans(kim.id, "2026-06-10")).toEqual([
      { start: 600, end: 720 },
      { start: 750, end: 960 },
    ]);
    expect(rotas.exceptionNote(kim.id, "2026-06-10")).toBe("Training");
    const third = await save(form(kim.id, { kind: "OFF" }));
    expect(third.replaced).toBe("10:00–16:00, break 12:00–12:30 (Training)");
  });

  it("refuses a date already past (today is fine), a closed day, and hours outside opening: nothing is written", async () => {
    const lou = await createStaff(db, { name: "Lou Late" });
    await expect(save(form(lou.id, { date: "2026-05-31" }))).rejects.toMatchObject({ field: "date", message: "Sun 31 May 2026 has passed. Choose today or a later date." });
    // 00:30 on 1 June in London is still 31 May in UTC: the salon's day counts.
    await expect(save(form(lou.id, { date: "2026-06-01" }), at("2026-06-01", "00:30"))).resolves.toMatchObject({ replaced: null });
    await expect(save(form(lou.id, { date: "2026-06-07" }))).rejects.toMatchObject({ field: "date", message: "The salon is closed on Sun 7 Jun 2026, so Lou Late isn't working then anyway." });
    await expect(save(form(lou.id, { kind: "HOURS", startMin: "420", endMin: "900" }))).rejects.toMatchObject({
      field: "startMin",
      message: "The salon opens at 08:00 on Wed 10 Jun 2026 (open 08:00–20:00): start then or later.",
    });
    await expect(save(form(lou.id, { kind: "HOURS", startMin: "600", endMin: "1230" }))).rejects.toMatchObject({ field: "endMin" });
    expect((await db.staffDayException.findMany({ where: { staffId: lou.id } })).map((e) => e.date)).toEqual(["2026-06-01"]);
  });

  it("names the appointments that day the new hours leave outside; they stay booked", async () => {
    const max = await createStaff(db, { name: "Max Busy" });
    const booked = await inTransaction((tx) => bookAppointment(tx, { clientId: s.tom.id, staffId: max.id, serviceId: s.massage.id, startsAt: at("2026-06-11", "11:00") }, s.ctx));
    await inTransaction((tx) => bookAppointment(tx, { clientId: s.jane.id, staffId: max.id, serviceId: s.massage.id, startsAt: at("2026-06-12", "11:00") }, s.ctx));
    const saved = await save(form(max.id, { date: "2026-06-11", note: "Sick" }));
    expect(saved.outside).toEqual({ count: 1, examples: ["Thu 11 Jun 2026 11:00, Tom Hill"] });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).toMatchObject({ status: "BOOKED" });
  });

  it("lists upcoming dates soonest first and the last past ones after; removes only the staff member's own", async () => {
    const nia = await createStaff(db, { name: "Nia List" });
    for (const date of ["2026-06-20", "2026-06-03"]) await save(form(nia.id, { date }));
    const old = await db.staffDayException.create({ data: { staffId: nia.id, date: "2026-05-20", note: "Holiday" } });
    const view = await loadStaffRota(db, nia.id, NOW);
    expect(view.upcoming.map((e) => e.date)).toEqual(["2026-06-03", "2026-06-20"]);
    expect(view.recent.map((e) => e.date)).toEqual(["2026-05-20"]);

    await expect(inTransaction((tx) => removeDayException(tx, s.anna.id, old.id, NOW))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inTransaction((tx) => removeDayException(tx, nia.id, old.id, NOW))).rejects.toMatchObject({ code: "INVALID_STATE", message: "Wed 20 May 2026 has passed: it stays on the record." });
    await expect(inTransaction((tx) => removeDayException(tx, nia.id, view.upcoming[0].id, NOW))).resolves.toEqual({ name: "Nia List", date: "2026-06-03" });
    expect((await loadStaffRota(db, nia.id, NOW)).upcoming.map((e) => e.date)).toEqual(["2026-06-20"]);
  });
});
