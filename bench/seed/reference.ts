/**
 * The big salon group's reference data (settings, hours, 60 staff, the demo menu and course templates),
 * written through the same factories as the demo seed and the tests. Only this small part goes
 * through Prisma; the bulk (clients, courses, appointments, sales) is raw batched INSERTs.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { inTransaction } from "@/lib/db";
import { DEMO_PASSWORD, type ServiceSeed, type TemplateSeed } from "@/prisma/seed/catalogue";
import { createSalon, createStaff, WEEK_HOURS } from "@/prisma/factories";
import type { Rng } from "@/prisma/seed/random";
import { createMenu } from "@/prisma/seed/reference";

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

export type BenchStaff = { id: number; categories: string[]; /** weekday (1–6) they do not work */ dayOff: number };
export type BenchService = ServiceSeed & { id: number };
export type BenchTemplate = TemplateSeed & { id: number };

export type BenchRefs = {
  managerId: number;
  deskId: number;
  /** Staff who take appointments. */
  stylists: BenchStaff[];
  services: Map<string, BenchService>;
  templates: BenchTemplate[];
  hours: [number, number][];
};

const STAFF_COUNT = 60;
// Skill pairs: each has a short (≤ 30 min) service, so a full day of ten appointments fits.
const SKILL_PAIRS = [
  ["Hair", "Colour"],
  ["Hair", "Brows & Lashes"],
  ["Nails", "Brows & Lashes"],
  ["Skin", "Laser"],
  ["Laser", "Massage"],
  ["Massage", "Skin"],
  ["Nails", "Skin"],
  ["Hair", "Colour"],
];
const COLOURS = ["#7c3aed", "#db2777", "#2563eb", "#0d9488", "#d97706", "#65a30d", "#475569", "#a16207", "#0891b2", "#be123c"];
const FIRST = ["Ava", "Beth", "Cara", "Dana", "Esme", "Faye", "Gina", "Hana", "Iris", "Jade", "Kira", "Lena", "Maya", "Nora", "Orla"];
const LAST = ["Adams", "Brooks", "Carter", "Dixon", "Ellis", "Foster", "Grant", "Hayes"];

export async function createBenchReference(db: PrismaClient, rng: Rng, opened: Date): Promise<BenchRefs> {
  return inTransaction(async (tx) => {
    await createSalon(tx, BENCH_SALON, WEEK_HOURS);
    const { services, templates } = await createMenu(tx, opened);

    const manager = await createStaff(tx, { name: "Sophie Turner", email: BENCH_MANAGER_EMAIL, password: DEMO_PASSWORD, role: "MANAGER", color: COLOURS[0], sortOrder: 0 });
    const desk = await createStaff(tx, { name: "Olivia Reed", email: BENCH_DESK_EMAIL, password: DEMO_PASSWORD, takesAppointments: false, sortOrder: 999 });
    const stylists: BenchStaff[] = [{ id: manager.id, categories: SKILL_PAIRS[0], dayOff: 6 }];
    for (let i = 1; i < STAFF_COUNT - 1; i++) {
      const row = await createStaff(tx, {
        name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
        color: COLOURS[i % COLOURS.length],
        sortOrder: i,
      });
      stylists.push({ id: row.id, categories: SKILL_PAIRS[i % SKILL_PAIRS.length], dayOff: 1 + rng.int(0, 5) });
    }
    await tx.staff.updateMany({ data: { createdAt: opened } });
    await tx.courseTemplate.updateMany({ data: { createdAt: opened } });
    return { managerId: manager.id, deskId: desk.id, stylists, services, templates: [...templates.values()], hours: WEEK_HOURS };
  }, db);
}
