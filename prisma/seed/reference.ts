/** Settings, opening hours, staff, menu, clients and course templates, made with the shared factories. */
import type { PrismaClient } from "@/generated/prisma/client";
import { inTransaction, type Tx } from "@/lib/db";
import { createClient, createCourseTemplate, createSalon, createService, createStaff, WEEK_HOURS } from "@/prisma/factories";
import { CATEGORIES, DEMO_PASSWORD, SERVICES, STAFF, TEMPLATES, type ServiceSeed, type StaffSeed, type TemplateSeed } from "./catalogue";
import type { ClientSeed } from "./people";

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

    const clientIds: number[] = [];
    for (const [i, c] of clients.entries()) {
      const row = await createClient(tx, c);
      clientIds.push(row.id);
      await tx.client.update({ where: { id: row.id }, data: { createdAt: new Date(+now - clientSince[i] * DAY_MS) } });
    }

    await tx.staff.updateMany({ data: { createdAt: opened } });
    await tx.courseTemplate.updateMany({ data: { createdAt: opened } });
    return { staff, services, templates, clientIds };
  }, db);
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
