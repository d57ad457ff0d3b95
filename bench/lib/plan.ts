/**
 * The load test's own corner of the salon: staff "Load test 1…N", clients, three services and three
 * course templates named "Load test …", and a window of days after any earlier run. Nothing of the
 * real salon is touched, so a run can be repeated on the same database and the integrity check still
 * covers everything. Operations run on a simulated clock inside that window (see ops.ts).
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { inTransaction } from "@/lib/db";
import { sellCourse } from "@/lib/courses/sell-course";
import { getOpeningHours, getSettings } from "@/lib/settings/salon-settings";
import { addDaysToDate, salonDateOf, salonInstant, weekdayOf, type SalonDate } from "@/lib/time";
import { createClient, createCourseTemplate, createSalon, createService, createStaff } from "@/prisma/factories";

export type LoadDay = { date: SalonDate; opensAtMin: number; closesAtMin: number };

export type LoadPlan = {
  timezone: string;
  /** Who the operations are done as (a desk login that takes no appointments). */
  deskStaffId: number;
  staffIds: number[];
  serviceIds: number[];
  clientIds: number[];
  templateIds: number[];
  days: LoadDay[];
  /** Appointments with a larger id were made by this run. */
  afterAppointmentId: number;
};

const PREFIX = "Load test";
/** Far from any real diary: the first run starts here, each later run after the last. */
const FIRST_DAY: SalonDate = "2031-01-06";

async function findOrCreate<T>(find: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
  return (await find()) ?? create();
}

export async function prepareLoadPlan(db: PrismaClient, size: { staff: number; clients: number; days: number }): Promise<LoadPlan> {
  if (!(await db.salonSettings.findUnique({ where: { id: 1 } }))) await createSalon(db, { name: "Load test salon" });
  const { timezone } = await getSettings(db);
  const desk = await findOrCreate(
    () => db.staff.findFirst({ where: { name: `${PREFIX} desk` } }),
    () => createStaff(db, { name: `${PREFIX} desk`, takesAppointments: false }),
  );
  const staff = [];
  for (let i = 1; i <= size.staff; i++) {
    const name = `${PREFIX} ${i}`;
    staff.push(await findOrCreate(() => db.staff.findFirst({ where: { name, active: true } }), () => createStaff(db, { name, sortOrder: 900 + i })));
  }
  const services = [];
  for (const [name, durationMinutes, priceMinor] of [["laser", 30, 6000], ["facial", 60, 6000], ["massage", 30, 4000]] as const) {
    const full = `${PREFIX} ${name}`;
    services.push(await findOrCreate(() => db.service.findFirst({ where: { name: full, active: true } }), () => createService(db, { name: full, category: PREFIX, durationMinutes, priceMinor })));
  }
  const [laser, facial, massage] = services;
  const templates = [
    { name: `${PREFIX}: 6 × laser`, priceMinor: 30_000, validityMonths: 12, lines: [{ serviceId: laser.id, quantity: 6 }] },
    { name: `${PREFIX}: 3 facials + 2 massages`, priceMinor: 24_000, validityMonths: 12, lines: [{ serviceId: facial.id, quantity: 3 }, { serviceId: massage.id, quantity: 2 }] },
    { name: `${PREFIX}: 300 minutes of massage`, unit: "MINUTES" as const, priceMinor: 30_000, lines: [{ serviceId: massage.id, quantity: 300 }] },
  ];
  const templateIds = [];
  for (const t of templates) {
    templateIds.push((await findOrCreate(() => db.courseTemplate.findFirst({ where: { name: t.name, active: true } }), () => createCourseTemplate(db, t))).id);
  }
  const clientIds = [];
  for (let i = 1; i <= size.clients; i++) {
    const firstName = `Client ${i}`;
    clientIds.push((await findOrCreate(() => db.client.findFirst({ where: { firstName, lastName: PREFIX } }), () => createClient(db, { firstName, lastName: PREFIX }))).id);
  }

  const staffIds = staff.map((s) => s.id);
  const last = await db.appointment.findFirst({ where: { staffId: { in: staffIds } }, orderBy: { startsAt: "desc" }, select: { startsAt: true } });
  const start = last ? addDaysToDate(salonDateOf(last.startsAt, timezone), 1) : FIRST_DAY;
  const days = await openDays(db, start, size.days);

  // Every client starts the run holding one of each course, sold the day before the window.
  const soldAt = salonInstant(addDaysToDate(days[0].date, -1), 9 * 60, timezone);
  for (const clientId of clientIds) {
    for (const templateId of templateIds) {
      await inTransaction((tx) => sellCourse(tx, { clientId, templateId, paymentMethod: "CARD" }, { staffId: desk.id, now: soldAt }), db);
    }
  }
  const maxId = await db.appointment.aggregate({ _max: { id: true } });
  return { timezone, deskStaffId: desk.id, staffIds, serviceIds: services.map((s) => s.id), clientIds, templateIds, days, afterAppointmentId: maxId._max.id ?? 0 };
}

async function openDays(db: PrismaClient, start: SalonDate, count: number): Promise<LoadDay[]> {
  const hours = await getOpeningHours(db);
  const days: LoadDay[] = [];
  for (let date = start; days.length < count; date = addDaysToDate(date, 1)) {
    const h = hours[weekdayOf(date)];
    if (h && h.closesAtMin - h.opensAtMin >= 60) days.push({ date, ...h });
    if (days.length === 0 && date > addDaysToDate(start, 14)) throw new Error("The salon is never open: set opening hours first.");
  }
  return days;
}
