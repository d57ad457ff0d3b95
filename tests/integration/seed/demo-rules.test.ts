import { beforeAll, describe, expect, it } from "vitest";
import { LIVE_STATUSES } from "@/lib/appointments/guards";
import { loadRotas } from "@/lib/rota/load-rota";
import { describeSpans, withinSpans } from "@/lib/rota/working-hours";
import { addDaysToDate, salonDateOf, salonMinutesOf } from "@/lib/time";
import { seedDemoSalon } from "@/prisma/seed";
import { STAFF } from "@/prisma/seed/catalogue";
import { demoExceptionDates } from "@/prisma/seed/rota";
import { getTestDb } from "../../helpers/test-db";

// The demo salon is booked through the real operations, which refuse a service the stylist does not
// do or a clashing room, and warn outside their hours. Here the seeded result is read back against
// the same rules, so a change to the team, the rotas or the planner that slips past them shows. The
// week around "today" holds the spring clock change (Sunday 29 March 2026).

const db = getTestDb();
const TODAY = new Date("2026-03-26T10:20:00Z");
const TZ = "Europe/London";

type Row = { id: number; staffId: number; serviceId: number; startsAt: Date; endsAt: Date; status: string; resourceId: number | null; bookedAnyway: string | null };
let appointments: Row[];

beforeAll(async () => {
  await seedDemoSalon(db, { today: TODAY });
  appointments = await db.appointment.findMany({
    select: { id: true, staffId: true, serviceId: true, startsAt: true, endsAt: true, status: true, resourceId: true, bookedAnyway: true },
    orderBy: { startsAt: "asc" },
  });
}, 180_000);

/** Service name → names of the staff who do it. */
async function whoDoesWhat(): Promise<Map<string, string[]>> {
  const rows = await db.staffService.findMany({ select: { staff: { select: { name: true } }, service: { select: { name: true } } } });
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.service.name, [...(out.get(r.service.name) ?? []), r.staff.name].sort());
  return out;
}

describe("the demo team: who does what, when and where", () => {
  it("gives each service to the staff who do it, with a junior's own colour times", async () => {
    const who = await whoDoesWhat();
    expect(who.get("Men's cut")).toEqual(["Jack Morgan"]);
    expect(who.get("Women's cut & finish")).toEqual(["Amelia Hughes", "Jack Morgan", "Sophie Turner"]);
    expect(who.get("Full head colour")).toEqual(["Amelia Hughes", "Sophie Turner"]);
    for (const laser of ["Laser underarm", "Laser full legs", "Laser upper lip", "Laser bikini line"]) expect(who.get(laser)).toEqual(["Grace Bennett", "Priya Shah"]);
    expect(who.get("Signature facial")).toEqual(["Grace Bennett", "Priya Shah"]);
    expect(who.get("Sports massage")).toEqual(["Daniel Price"]);
    expect(who.get("Gel manicure")).toEqual(["Chloe Evans"]);
    expect(who.get("Brow shape & tint")).toEqual(["Chloe Evans", "Priya Shah"]);
    expect(await db.staffService.count({ where: { staff: { name: "Olivia Reed" } } })).toBe(0);

    const own = await db.staffService.findMany({ where: { durationMinutes: { not: null } }, select: { durationMinutes: true, staff: { select: { name: true } }, service: { select: { name: true } } } });
    expect(own.map((o) => `${o.staff.name}: ${o.service.name} ${o.durationMinutes}`).sort()).toEqual(["Amelia Hughes: Full head colour 120", "Amelia Hughes: Half head highlights 150"]);
  });

  it("has a laser room and two treatment rooms, needed by every laser, skin and massage service", async () => {
    const rooms = await db.resource.findMany({ orderBy: { sortOrder: "asc" }, select: { name: true, kind: true } });
    expect(rooms).toEqual([
      { name: "Laser room", kind: "Laser room" },
      { name: "Treatment room 1", kind: "Treatment room" },
      { name: "Treatment room 2", kind: "Treatment room" },
    ]);
    const services = await db.service.findMany({ select: { resourceKind: true, category: { select: { name: true } } } });
    const expected: Record<string, string> = { Laser: "Laser room", Skin: "Treatment room", Massage: "Treatment room" };
    for (const s of services) expect(s.resourceKind).toBe(expected[s.category.name] ?? null);
  });

  it("gives the bookable team a seven-day rota, with lunch breaks, a late start and exceptions", async () => {
    const rota = await db.staffWeekHours.findMany({ select: { weekday: true, startMin: true, endMin: true, breakStartMin: true, breakEndMin: true, staff: { select: { name: true } } } });
    const bookable = STAFF.filter((s) => s.takesAppointments);
    expect(rota).toHaveLength(bookable.length * 7);
    const day = (name: string, weekday: number) => rota.find((r) => r.staff.name === name && r.weekday === weekday)!;
    expect(day("Jack Morgan", 1)).toMatchObject({ startMin: 540, endMin: 1140, breakStartMin: 780, breakEndMin: 840 });
    expect(day("Jack Morgan", 2).startMin).toBeNull();
    expect(day("Daniel Price", 6)).toMatchObject({ startMin: 540, endMin: 1020, breakStartMin: 750, breakEndMin: 780 });
    expect(day("Chloe Evans", 3)).toMatchObject({ startMin: 660, endMin: 1140, breakStartMin: null });
    expect(day("Sophie Turner", 0).startMin).toBeNull();

    const today = salonDateOf(TODAY, TZ);
    const { chloeHoliday, sophieTraining } = demoExceptionDates(today, STAFF);
    // Thursday 26 March: the 10th and 11th open days after it are Tuesday 7 and Wednesday 8 April, the 12th Thursday 9.
    expect(chloeHoliday).toEqual(["2026-04-07", "2026-04-08"]);
    expect(sophieTraining).toBe("2026-04-09");
    const exceptions = await db.staffDayException.findMany({ orderBy: { date: "asc" }, select: { date: true, startMin: true, endMin: true, note: true, staff: { select: { name: true } } } });
    expect(exceptions.map((e) => `${e.staff.name} ${e.date} ${e.startMin ?? "off"}–${e.endMin ?? ""} ${e.note}`)).toEqual([
      "Chloe Evans 2026-04-07 off– Holiday",
      "Chloe Evans 2026-04-08 off– Holiday",
      "Sophie Turner 2026-04-09 600–900 Training afternoon",
    ]);
  });
});

describe("every seeded booking obeys the rules", () => {
  it("books around the clock change and never needed a Book anyway", () => {
    expect(appointments.length).toBeGreaterThan(500);
    expect(appointments.some((a) => salonDateOf(a.startsAt, TZ) === "2026-03-30")).toBe(true);
    expect(appointments.filter((a) => a.bookedAnyway !== null)).toEqual([]);
  });

  it("is done by a staff member who does the service", async () => {
    const does = new Set((await db.staffService.findMany({ select: { staffId: true, serviceId: true } })).map((r) => `${r.staffId} ${r.serviceId}`));
    expect(appointments.filter((a) => !does.has(`${a.staffId} ${a.serviceId}`)).map((a) => a.id)).toEqual([]);
  });

  it("lies inside the stylist's working hours that day (rota, breaks, exceptions)", async () => {
    const first = salonDateOf(appointments[0].startsAt, TZ);
    const last = addDaysToDate(salonDateOf(appointments[appointments.length - 1].startsAt, TZ), 7);
    const staffIds = [...new Set(appointments.map((a) => a.staffId))];
    const rotas = await loadRotas(db, staffIds, first, last);
    const outside = appointments
      .filter((a) => LIVE_STATUSES.includes(a.status as (typeof LIVE_STATUSES)[number]))
      .map((a) => {
        const date = salonDateOf(a.startsAt, TZ);
        const spans = rotas.spans(a.staffId, date);
        const ok = withinSpans(spans, salonMinutesOf(a.startsAt, TZ), salonMinutesOf(a.endsAt, TZ));
        return ok ? null : `appointment ${a.id} on ${date} outside ${describeSpans(spans)}`;
      })
      .filter(Boolean);
    expect(outside).toEqual([]);
  });

  it("holds a room of the kind its service needs, never one another live appointment holds at the time", async () => {
    const kindOf = new Map((await db.service.findMany({ select: { id: true, resourceKind: true } })).map((s) => [s.id, s.resourceKind]));
    const roomKind = new Map((await db.resource.findMany({ select: { id: true, kind: true } })).map((r) => [r.id, r.kind]));
    const wrongRoom = appointments.filter((a) => (a.resourceId === null ? null : roomKind.get(a.resourceId)) !== kindOf.get(a.serviceId));
    expect(wrongRoom.map((a) => a.id)).toEqual([]);

    const live = appointments.filter((a) => a.resourceId !== null && LIVE_STATUSES.includes(a.status as (typeof LIVE_STATUSES)[number]));
    const clashes: string[] = [];
    const lastEnd = new Map<number, Row>();
    for (const a of live) {
      const before = lastEnd.get(a.resourceId!);
      if (before && +before.endsAt > +a.startsAt) clashes.push(`${before.id} and ${a.id}`);
      if (!before || +a.endsAt > +before.endsAt) lastEnd.set(a.resourceId!, a);
    }
    expect(clashes).toEqual([]);
    expect(live.length).toBeGreaterThan(100);
  });
});
