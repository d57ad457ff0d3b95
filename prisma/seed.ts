// STUB: the real demo seed replaces this file. Keep the exported signature: scripts/setup-db.ts
// calls seedDemoSalon(db) on an empty database, and `npm run db:seed` runs this file directly.
import type { PrismaClient } from "@/generated/prisma/client";

export async function seedDemoSalon(db: PrismaClient): Promise<void> {
  await db.salonSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: "Demo Salon" },
    update: {},
  });
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
    await seedDemoSalon(db);
    console.log(`seed: demo salon written to ${databaseUrl()}`);
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
