/**
 * Builders for reference data, shared by the demo seed and the tests, so both make the same shapes.
 * Course sales, bookings and checkouts go through the real operations in lib/, never raw inserts.
 */
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

type Client = PrismaClient | Tx;

export const WEEK_HOURS: [number, number][] = [
  [0, 0], // Sunday closed
  [9 * 60, 19 * 60],
  [9 * 60, 19 * 60],
  [9 * 60, 20 * 60],
  [9 * 60, 20 * 60],
  [9 * 60, 19 * 60],
  [9 * 60, 17 * 60],
];

export async function createSalon(
  db: Client,
  overrides: Partial<{ name: string; timezone: string; lateCancelHours: number; lateCancelPolicy: "RETURN" | "FORFEIT"; noShowPolicy: "RETURN" | "FORFEIT" }> = {},
  /** Opening hours per weekday in minutes; [0, 0] is closed. Default: every day 08:00–20:00 (tests). */
  hours: [number, number][] = Array.from({ length: 7 }, () => [8 * 60, 20 * 60] as [number, number]),
) {
  await db.salonSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: "Test Salon", ...overrides },
    update: { ...overrides },
  });
  for (const [weekday, [open, close]] of hours.entries()) {
    const row = close > open ? { opensAtMin: open, closesAtMin: close } : { opensAtMin: null, closesAtMin: null };
    await db.openingHours.upsert({ where: { weekday }, create: { weekday, ...row }, update: row });
  }
}

/**
 * A staff member. Unless told otherwise (`services`), one who takes appointments does every service
 * already on the menu, and a service made later is done by every such staff member (createService),
 * so a test that is not about skills can book anyone for anything.
 */
export async function createStaff(
  db: Client,
  data: {
    name: string;
    email?: string;
    password?: string;
    role?: "FRONT_DESK" | "MANAGER";
    color?: string;
    sortOrder?: number;
    takesAppointments?: boolean;
    services?: number[] | "all";
  },
) {
  const takes = data.takesAppointments ?? true;
  const serviceIds = !takes ? [] : data.services === undefined || data.services === "all" ? (await db.service.findMany({ select: { id: true } })).map((s) => s.id) : data.services;
  return db.staff.create({
    data: {
      name: data.name,
      email: data.email ?? null,
      passwordHash: data.password ? await hashPassword(data.password) : null,
      role: data.role ?? "FRONT_DESK",
      color: data.color ?? "#0f766e",
      sortOrder: data.sortOrder ?? 0,
      takesAppointments: takes,
      services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
    },
  });
}

export async function createService(
  db: Client,
  data: { name: string; category?: string; durationMinutes?: number; priceMinor?: number; bookableOnline?: boolean; resourceKind?: string; staffIds?: number[] | "all" },
) {
  const staffIds =
    data.staffIds === undefined || data.staffIds === "all"
      ? (await db.staff.findMany({ where: { takesAppointments: true }, select: { id: true } })).map((s) => s.id)
      : data.staffIds;
  const categoryName = data.category ?? "Treatments";
  const category = await db.serviceCategory.upsert({ where: { name: categoryName }, create: { name: categoryName }, update: {} });
  return db.service.create({
    data: {
      name: data.name,
      categoryId: category.id,
      durationMinutes: data.durationMinutes ?? 30,
      priceMinor: data.priceMinor ?? 5000,
      bookableOnline: data.bookableOnline ?? true,
      resourceKind: data.resourceKind ?? null,
      staff: { create: staffIds.map((staffId) => ({ staffId })) },
    },
  });
}

export async function createClient(db: Client, data: { firstName: string; lastName: string; email?: string; phone?: string; notes?: string; alert?: string }) {
  return db.client.create({ data: { ...data, email: data.email ?? null, phone: data.phone ?? null } });
}

export async function createCourseTemplate(
  db: Client,
  data: {
    name: string;
    kind?: "COURSE" | "PACKAGE";
    unit?: "SESSIONS" | "MINUTES";
    priceMinor: number;
    validityMonths?: number | null;
    validityFrom?: "PURCHASE" | "FIRST_USE";
    active?: boolean;
    lines: { serviceId: number; quantity: number }[];
  },
) {
  return db.courseTemplate.create({
    data: {
      name: data.name,
      kind: data.kind ?? (data.lines.length > 1 ? "PACKAGE" : "COURSE"),
      unit: data.unit ?? "SESSIONS",
      priceMinor: data.priceMinor,
      validityMonths: data.validityMonths ?? null,
      validityFrom: data.validityFrom ?? "PURCHASE",
      active: data.active ?? true,
      lines: { create: data.lines.map((l, i) => ({ ...l, sortOrder: i })) },
    },
    include: { lines: true },
  });
}
