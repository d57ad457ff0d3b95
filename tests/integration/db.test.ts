import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { getTestDb, resetTestDb, testDatabaseUrl } from "@/tests/helpers/test-db";

describe("integration test database", () => {
  it("is this file's own migrated, empty copy, shared with lib/db", async () => {
    expect(testDatabaseUrl()).toMatch(/^file:.*[\\/]tests[\\/]\.tmp[\\/]integration[\\/].*\.db$/);
    expect(getTestDb()).toBe(db);
    expect(await getTestDb().salonSettings.count()).toBe(0);
    // `npm run test:libsql` (TEST_DB_ADAPTER=libsql) must really go through libSQL. Prisma is pinned,
    // so reading the adapter's name from the client's internals is stable enough for this check.
    const adapter = (db as unknown as { _engineConfig?: { adapter?: { adapterName?: string } } })._engineConfig?.adapter;
    const expected = process.env.TEST_DB_ADAPTER === "libsql" ? "@prisma/adapter-libsql" : "@prisma/adapter-better-sqlite3";
    expect(adapter?.adapterName).toBe(expected);
  });

  it("writes a SalonSettings row and reads it back", async () => {
    const test = getTestDb();
    await test.salonSettings.create({ data: { id: 1, name: "Test Salon", lateCancelHours: 12 } });

    const settings = await test.salonSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings).toMatchObject({ name: "Test Salon", timezone: "Europe/London", lateCancelHours: 12 });
    expect(settings.updatedAt).toBeInstanceOf(Date);

    await resetTestDb();
    expect(await test.salonSettings.count()).toBe(0);
  });

  it("better-sqlite3 and libSQL read the same rows from the same file", async () => {
    await getTestDb().salonSettings.upsert({
      where: { id: 1 },
      create: { id: 1, name: "Both Ways", noShowPolicy: "RETURN" },
      update: {},
    });
    const url = testDatabaseUrl();
    const clients = [
      new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) }),
      new PrismaClient({ adapter: new PrismaLibSQL({ url }) }),
    ];
    try {
      const [viaSqlite, viaLibsql] = await Promise.all(
        clients.map((client) => client.salonSettings.findMany({ orderBy: { id: "asc" } })),
      );
      expect(viaSqlite).toHaveLength(1);
      expect(viaLibsql).toEqual(viaSqlite);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
  });
});
