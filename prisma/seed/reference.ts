/** Settings, opening hours, staff, menu, clients and course templates, made with the shared factories. */
import type { PrismaClient } from "@/generated/prisma/client";
import { inTransaction, type Tx } from "@/lib/db";
import { createClient, createCourseTemplate, createSalon, createService, createStaff, WEEK_HOURS } from "@/prisma/factories";
import { salonDateOf } from "@/lib/time";
import { CATEGORIES, DEMO_PASSWORD, ROOM_KIND, ROOMS, SERVICES, STAFF, TEMPLATES, servicesOf, type ServiceSeed, type StaffSeed, type TemplateSeed } from "./catalogue";
import type { ClientSeed } from "./people";
import { demoExceptions, weekRows, type DayException } from "./rota";

export const SALON = {
  name: "Willow & Rose Salon",
  timezone: "Europe/London",
  lateCancelHours: 24,
  lateCancelPolicy: "RETURN",
  noShowPolicy: "FORFEIT",
} as const;

export type Menu = {
  services: Map<string, ServiceSeed & { id: number }>;
  templates: Map<string, TemplateSeed & { id: number }>;
};

export type Refs = Menu & {
  staff: Map<string, StaffSeed & { id: number }>;
  clientIds: number[];
  /** Room name → id. */
  rooms: Map<string, number>;
  exceptions: DayException[];
};

const DAY_MS = 24 * 3600_000;

/**
 * Writes the reference data. `clientSince[i]` is how many days before `now` client i joined; the
 * team, menu and templates date from before the oldest course sale.
 */
export async function createReferenceData(
  db: PrismaClient,
  clients: ClientSeed[],
  clientSince: number[],
  now: Date,
): Promise<Refs> {
  const opened = new Date(+now - 730 * DAY_MS);
  return inTransaction(async (tx) => {
    await createSalon(tx, SALON, WEEK_HOURS);
    await tx.salonSettings.update({
      where: { id: 1 },
      data: { currency: "GBP", bookingHorizonDays: 60, address: "14 Milsom Street, Bath BA1 1DE", phone: "01225 480 200" },
    });

    const staff = new Map<string, StaffSeed & { id: number }>();
    for (const [sortOrder, s] of STAFF.entries()) {
      const row = await createStaff(tx, {
        name: s.name,
        email: s.email,
        password: s.email ? DEMO_PASSWORD : undefined,
        role: s.role,
        color: s.color,
        sortOrder,
        takesAppointments: s.takesAppointments,
      });
      staff.set(s.key, { ...s, id: row.id });
    }

    const { services, templates } = await createMenu(tx, opened);
    const rooms = await createRooms(tx, ROOMS);
    const exceptions = demoExceptions(salonDateOf(now, SALON.timezone), STAFF);
    await createTeamRules(tx, [...staff.values()], services, exceptions);

    const clientIds: number[] = [];
    for (const [i, c] of clients.entries()) {
      const row = await createClient(tx, c);
      clientIds.push(row.id);
      await tx.client.update({ where: { id: row.id }, data: { createdAt: new Date(+now - clientSince[i] * DAY_MS) } });
    }

    await tx.staff.updateMany({ data: { createdAt: opened } });
    await tx.courseTemplate.updateMany({ data: { createdAt: opened } });
    return { staff, services, templates, clientIds, rooms, exceptions };
  }, db);
}

/** Rooms and machines, in the order given. Returns name → id. */
export async function createRooms(tx: Tx, rooms: { name: string; kind: string }[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [sortOrder, r] of rooms.entries()) ids.set(r.name, (await tx.resource.create({ data: { ...r, sortOrder } })).id);
  return ids;
}

/** Who does what (with their own lengths), the rotas, and the date exceptions of the demo team. */
async function createTeamRules(
  tx: Tx,
  staff: (StaffSeed & { id: number })[],
  services: Map<string, ServiceSeed & { id: number }>,
  exceptions: DayException[],
): Promise<void> {
  const team = staff.filter((s) => s.takesAppointments);
  await tx.staffService.createMany({
    data: team.flatMap((s) => servicesOf(s).map((sv) => ({ staffId: s.id, serviceId: services.get(sv.key)!.id, durationMinutes: s.ownMinutes?.[sv.key] ?? null }))),
  });
  await tx.staffWeekHours.createMany({ data: team.flatMap((s) => weekRows(s).map((row, weekday) => ({ staffId: s.id, weekday, ...row }))) });
  const idOf = new Map(staff.map((s) => [s.key, s.id]));
  await tx.staffDayException.createMany({ data: exceptions.map(({ staffKey, ...e }) => ({ ...e, staffId: idOf.get(staffKey)! })) });
}

/** The menu: categories, services (dated `opened`) and course templates. The bench's salon group sells the same menu. */
export async function createMenu(tx: Tx, opened: Date): Promise<Menu> {
  for (const [sortOrder, name] of CATEGORIES.entries()) {
    await tx.serviceCategory.create({ data: { name, sortOrder } });
  }
  const services = new Map<string, ServiceSeed & { id: number }>();
  for (const [sortOrder, s] of SERVICES.entries()) {
    const row = await createService(tx, {
      name: s.name,
      category: s.category,
      durationMinutes: s.minutes,
      priceMinor: s.price,
      bookableOnline: s.online ?? true,
      resourceKind: ROOM_KIND[s.category],
      // Who does it is written per staff member (the demo's team, the bench's stylists).
      staffIds: [],
    });
    // The factory has no sort order or active flag: set them on the row it made.
    // Colour and tints need a recent patch test.
    const needsPatchTest = s.category === "Colour" || /tint/i.test(s.name);
    await tx.service.update({ where: { id: row.id }, data: { sortOrder, active: s.active ?? true, needsPatchTest, createdAt: opened } });
    services.set(s.key, { ...s, id: row.id });
  }

  const templates = new Map<string, TemplateSeed & { id: number }>();
  for (const t of TEMPLATES) {
    const row = await createCourseTemplate(tx, {
      name: t.name,
      unit: t.unit ?? "SESSIONS",
      priceMinor: t.price,
      validityMonths: t.validityMonths,
      validityFrom: t.validityFrom ?? "PURCHASE",
      active: t.active ?? true,
      lines: t.lines.map((l) => ({ serviceId: services.get(l.service)!.id, quantity: l.quantity })),
    });
    templates.set(t.key, { ...t, id: row.id });
  }
  return { services, templates };
}
