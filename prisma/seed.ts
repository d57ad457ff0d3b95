/**
 * The demo salon: "Willow & Rose Salon", a realistic UK salon a sales demo can run on. Reference data
 * comes from the shared factories; every course sale, booking, check-in, checkout, cancellation and
 * manager change goes through the real operations in lib/, with `now` set to when it happened, so
 * circles, balances, sales and history are exactly what the app would have recorded.
 *
 * Deterministic: one seeded PRNG makes every choice; only `today` (default: now) moves the calendar.
 *   tsx prisma/seed.ts      # seeds DATABASE_URL if it has no salon yet (scripts/setup-db.ts also calls it)
 */
import type { PrismaClient } from "@/generated/prisma/client";
import { COURSE_SPECS } from "./seed/course-plans";
import { buildClients } from "./seed/people";
import { DemoPlan } from "./seed/plan";
import { createRng } from "./seed/random";
import { createReferenceData, SALON } from "./seed/reference";

const SEED = 20_261_123;
const CLIENT_COUNT = 200;
const COURSE_CLIENT_COUNT = 40;

export async function seedDemoSalon(db: PrismaClient, options: { today?: Date } = {}): Promise<void> {
  const now = options.today ?? new Date();
  if ((await db.salonSettings.count()) > 0) {
    throw new Error("The database already has a salon; the demo seed only fills an empty database.");
  }
  const rng = createRng(SEED);

  const clients = buildClients(rng, CLIENT_COUNT);
  const courseClients = rng.shuffle(Array.from({ length: CLIENT_COUNT }, (_, i) => i)).slice(0, COURSE_CLIENT_COUNT);
  // Clients joined before their first course (or, for the rest, some time in the last three years).
  const clientSince = clients.map(() => rng.int(30, 1100));
  courseClients.forEach((client, c) => {
    const oldest = Math.max(...COURSE_SPECS.filter((s) => s.client === c).map((s) => s.boughtDaysAgo), 0);
    clientSince[client] = oldest + rng.int(5, 300);
  });

  const refs = await createReferenceData(db, clients, clientSince, now);
  const plan = new DemoPlan(rng, refs, now, SALON.timezone, courseClients);
  plan.planCourses(COURSE_SPECS);
  plan.planSingles();
  plan.scheduleAppointments();
  await plan.timeline.run(db, SALON.timezone, now);
}

async function main(): Promise<void> {
  try {
    process.loadEnvFile?.();
  } catch {
    // no .env: defaults apply
  }
  const { createDb, databaseUrl } = await import("@/lib/db");
  const db = createDb();
  try {
    if ((await db.salonSettings.count()) > 0) {
      console.log("Demo salon already seeded; nothing to do.");
      return;
    }
    const started = Date.now();
    await seedDemoSalon(db);
    console.log(`seed: demo salon written to ${databaseUrl()} (${Date.now() - started} ms)`);
  } finally {
    await db.$disconnect();
  }
}

// Run directly (`tsx prisma/seed.ts`), not when imported by setup-db.
if (/[\\/]prisma[\\/]seed\.ts$/.test(process.argv[1] ?? "")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
