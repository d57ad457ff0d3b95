// Runs before every integration test file, before the file imports anything: gives the file its
// own copy of the template database and points DATABASE_URL (and so lib/db.ts) at it.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertLocalTestDatabase } from "../helpers/assert-local-db";

const template = inject("testDbTemplate");
const file = path.join(path.dirname(template), `db-${process.pid}-${randomUUID().slice(0, 8)}.db`);
fs.copyFileSync(template, file);

process.env.DATABASE_URL = `file:${file}`;
// lib/db.ts createDb() reads DB_ADAPTER: `TEST_DB_ADAPTER=libsql` runs the same tests through libSQL.
process.env.DB_ADAPTER = process.env.TEST_DB_ADAPTER === "libsql" ? "libsql" : "better-sqlite3";
assertLocalTestDatabase(process.env.DATABASE_URL);

// lib/db.ts keeps its client on globalThis; never let a file inherit the previous file's client.
const globalForDb = globalThis as unknown as { salonDb?: PrismaClient };
delete globalForDb.salonDb;

afterAll(async () => {
  await globalForDb.salonDb?.$disconnect();
  delete globalForDb.salonDb;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
});
