// The database of the current integration test file (a private copy made by tests/setup/db-setup.ts).
import type { PrismaClient } from "@/generated/prisma/client";
import { createDb, db } from "@/lib/db";
import { assertLocalTestDatabase } from "./assert-local-db";

/** This file's database URL, after checking it is a throw-away file under tests/.tmp. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  assertLocalTestDatabase(url);
  return url as string;
}

/**
 * The client for this file's database. It is lib/db.ts's `db` (made by `createDb()` once
 * DATABASE_URL and DB_ADAPTER point at the copy), so domain code that defaults to `db` and the
 * test share one connection.
 */
export function getTestDb(): PrismaClient {
  testDatabaseUrl();
  return db;
}

/** A second, independent connection to the same file (e.g. for cross-connection races). Disconnect it. */
export function openTestDbConnection(): PrismaClient {
  return createDb(testDatabaseUrl());
}

/** Empties every table (keeps the schema and migration history) for tests that share a file. */
export async function resetTestDb(client: PrismaClient = getTestDb()): Promise<void> {
  testDatabaseUrl();
  const tables = await client.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
  );
  await client.$transaction(async (tx) => {
    // Foreign keys are checked at commit, when every table is already empty.
    await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
    for (const { name } of tables) await tx.$executeRawUnsafe(`DELETE FROM "${name.replace(/"/g, '""')}"`);
    const hasSequence = await tx.$queryRawUnsafe<unknown[]>(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'",
    );
    if (hasSequence.length > 0) await tx.$executeRawUnsafe("DELETE FROM sqlite_sequence");
  });
}
