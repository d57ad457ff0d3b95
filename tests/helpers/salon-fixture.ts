// A small salon for integration tests, made with the same factories as the demo seed.
import type { PrismaClient } from "@/generated/prisma/client";
import { inTransaction } from "@/lib/db";
import { sellCourse } from "@/lib/courses/sell-course";
import { opContext } from "@/lib/op-context";
import { salonInstant } from "@/lib/time";
import { createClient, createCourseTemplate, createSalon, createService, createStaff } from "@/prisma/factories";

export const TZ = "Europe/London";
/** Tests run on a fixed clock: Monday 1 June 2026, 09:00 in London. */
export const NOW = salonInstant("2026-06-01", 9 * 60, TZ);
export const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return salonInstant(date, h * 60 + m, TZ);
};

export async function buildSalon(db: PrismaClient, policy: Parameters<typeof createSalon>[1] = {}) {
  await createSalon(db, policy);
  const manager = await createStaff(db, { name: "Maya Manager", email: "maya@test.salon", role: "MANAGER" });
  const anna = await createStaff(db, { name: "Anna Price", sortOrder: 1 });
  const ben = await createStaff(db, { name: "Ben Cole", sortOrder: 2 });
  const laser = await createService(db, { name: "Laser underarm", category: "Laser", durationMinutes: 30, priceMinor: 6000 });
  const facial = await createService(db, { name: "Facial", category: "Skin", durationMinutes: 60, priceMinor: 6000 });
  const massage = await createService(db, { name: "Back massage", category: "Body", durationMinutes: 30, priceMinor: 4000 });
  const jane = await createClient(db, { firstName: "Jane", lastName: "Doe", email: "jane@example.com", phone: "+447700900001" });
  const tom = await createClient(db, { firstName: "Tom", lastName: "Hill", email: "tom@example.com", phone: "+447700900002" });
  const laserCourse = await createCourseTemplate(db, {
    name: "6 × Laser underarm",
    priceMinor: 30_000,
    validityMonths: 12,
    lines: [{ serviceId: laser.id, quantity: 6 }],
  });
  const facialPackage = await createCourseTemplate(db, {
    name: "3 × Facial + 2 × Back massage",
    priceMinor: 13_000,
    validityMonths: 6,
    lines: [
      { serviceId: facial.id, quantity: 3 },
      { serviceId: massage.id, quantity: 2 },
    ],
  });
  const massageMinutes = await createCourseTemplate(db, {
    name: "300 minutes of back massage",
    unit: "MINUTES",
    priceMinor: 30_000,
    lines: [{ serviceId: massage.id, quantity: 300 }],
  });
  const ctx = opContext(manager.id, NOW);
  return { manager, anna, ben, laser, facial, massage, jane, tom, laserCourse, facialPackage, massageMinutes, ctx };
}

export type Salon = Awaited<ReturnType<typeof buildSalon>>;

export async function sell(db: PrismaClient, salon: Salon, clientId: number, templateId: number, now = NOW) {
  const sold = await inTransaction((tx) => sellCourse(tx, { clientId, templateId, paymentMethod: "CARD" }, { ...salon.ctx, now }), db);
  const lines = await db.clientCourseLine.findMany({ where: { clientCourseId: sold.clientCourseId }, orderBy: { sortOrder: "asc" } });
  return { ...sold, lines };
}
