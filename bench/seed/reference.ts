/**
 * The big salon group's reference data (settings, hours, 60 staff with their services, rotas and
 * exceptions, rooms, the demo menu and course templates), written through the same factories as the
 * demo seed and the tests. Only this small part goes through Prisma; the bulk (clients, courses,
 * appointments, sales) is raw batched INSERTs.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { inTransaction } from "@/lib/db";
import type { Span } from "@/lib/rota/working-hours";
import type { SalonDate } from "@/lib/time";
import { DEMO_PASSWORD, ROOM_KIND, type ServiceSeed, type TemplateSeed } from "@/prisma/seed/catalogue";
import { createSalon, createStaff, WEEK_HOURS } from "@/prisma/factories";
import type { Rng } from "@/prisma/seed/random";
import { createMenu, createRooms } from "@/prisma/seed/reference";
import { BENCH_ROOMS, planTeam, spansOf } from "./team";

export const BENCH_SALON = {
  name: "Willow & Rose Group",
  timezone: "Europe/London",
  lateCancelHours: 24,
  lateCancelPolicy: "RETURN",
  noShowPolicy: "FORFEIT",
} as const;

/** Bench logins (same password as the demo). */
export const BENCH_MANAGER_EMAIL = "manager@bench.salon";
export const BENCH_DESK_EMAIL = "frontdesk@bench.salon";

export type BenchService = ServiceSeed & { id: number };
export type BenchTemplate = TemplateSeed & { id: number };
/** A service as a stylist does it: their length, and the room kind it needs. */
export type BenchOffer = { service: BenchService; minutes: number; kind: string | null };
export type BenchRoom = { id: number; kind: string };

export type BenchStaff = {
  id: number;
  categories: string[];
  /** weekday (1–6) they do not work */
  dayOff: number;
  offers: BenchOffer[];
  /** When they work on a date (rota, breaks, exceptions). */
  spans: (date: SalonDate) => Span[];
};

export type BenchRefs = {
  managerId: number;
  deskId: number;
  /** Staff who take appointments. */
  stylists: BenchStaff[];
  services: Map<string, BenchService>;
  templates: BenchTemplate[];
  hours: [number, number][];
  /** In the order the app offers them. */
  rooms: BenchRoom[];
};

const COLOURS = ["#7c3aed", "#db2777", "#2563eb", "#0d9488", "#d97706", "#65a30d", "#475569", "#a16207", "#0891b2", "#be123c"];
const FIRST = ["Ava", "Beth", "Cara", "Dana", "Esme", "Faye", "Gina", "Hana", "Iris", "Jade", "Kira", "Lena", "Maya", "Nora", "Orla"];
const LAST = ["Adams", "Brooks", "Carter", "Dixon", "Ellis", "Foster", "Grant", "Hayes"];

export async function createBenchReference(db: PrismaClient, rng: Rng, opened: Date, today: SalonDate): Promise<BenchRefs> {
  return inTransaction(async (tx) => {
    await createSalon(tx, BENCH_SALON, WEEK_HOURS);
    const { services, templates } = await createMenu(tx, opened);
    const roomIds = await createRooms(tx, BENCH_ROOMS);
    const team = planTeam(rng, today, WEEK_HOURS);

    // Who does what is written below from the team's plan, not the factories' "everything".
    const manager = await createStaff(tx, { name: "Sophie Turner", email: BENCH_MANAGER_EMAIL, password: DEMO_PASSWORD, role: "MANAGER", color: COLOURS[0], sortOrder: 0, services: [] });
    const desk = await createStaff(tx, { name: "Olivia Reed", email: BENCH_DESK_EMAIL, password: DEMO_PASSWORD, takesAppointments: false, sortOrder: 999 });
    const stylists: BenchStaff[] = [];
    for (const plan of team) {
      const i = plan.index;
      const id =
        i === 0
          ? manager.id
          : (await createStaff(tx, { name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`, color: COLOURS[i % COLOURS.length], sortOrder: i, services: [] })).id;
      const offers = plan.services.map((s) => ({ service: services.get(s.key)!, minutes: plan.ownMinutes[s.key] ?? s.minutes, kind: ROOM_KIND[s.category] ?? null }));
      await tx.staffService.createMany({ data: offers.map((o) => ({ staffId: id, serviceId: o.service.id, durationMinutes: plan.ownMinutes[o.service.key] ?? null })) });
      await tx.staffWeekHours.createMany({ data: plan.week.map((row, weekday) => ({ staffId: id, weekday, ...row })) });
      await tx.staffDayException.createMany({ data: plan.exceptions.map((e) => ({ staffId: id, ...e })) });
      stylists.push({ id, categories: plan.categories, dayOff: plan.dayOff, offers, spans: spansOf(plan, WEEK_HOURS) });
    }
    await tx.staff.updateMany({ data: { createdAt: opened } });
    await tx.courseTemplate.updateMany({ data: { createdAt: opened } });
    const rooms = BENCH_ROOMS.map((r) => ({ id: roomIds.get(r.name)!, kind: r.kind }));
    return { managerId: manager.id, deskId: desk.id, stylists, services, templates: [...templates.values()], hours: WEEK_HOURS, rooms };
  }, db);
}
