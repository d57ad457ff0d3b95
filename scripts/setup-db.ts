// Makes the database named by DATABASE_URL ready: created, migrated, in WAL mode, seeded when empty.
// Runs before every `npm run dev` / `npm start`, so the common case (nothing to do) only opens the
// file with better-sqlite3 and reads two tables. It never wipes data, except with `--reset`.
//   tsx scripts/setup-db.ts            # ensure
//   tsx scripts/setup-db.ts --reset    # delete the file (+ -wal/-shm), rebuild, reseed
// Paths are relative to the working directory (the repo root), like the Prisma adapters resolve them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const DEFAULT_DATABASE_URL = "file:./data/salon.db";

export type SetupOptions = {
  /** Delete the database first (file: URLs only). */
  reset?: boolean;
  /** Seed the demo salon when SalonSettings is empty (default true). */
  seed?: boolean;
};

export function isRemoteUrl(url: string): boolean {
  return /^(libsql|https?|wss?):/.test(url);
}

/** The file a `file:` URL names, resolved the way the better-sqlite3 adapter does (against cwd). */
export function databaseFile(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`not a file: URL: ${url}`);
  return path.resolve(url.replace(/^file:/, ""));
}

function migrationNames(): string[] {
  const dir = path.resolve("prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

const APPLIED_SQL =
  "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";

function pending(applied: string[]): string[] {
  const done = new Set(applied);
  return migrationNames().filter((name) => !done.has(name));
}

function isNoSuchTable(error: unknown): boolean {
  return /no such table/i.test(String((error as Error)?.message ?? error));
}

function migrateDeploy(url: string): void {
  const bin = path.resolve("node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
  const result = spawnSync(bin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`prisma migrate deploy failed for ${url} (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

async function seed(url: string): Promise<void> {
  // Loaded only when needed: the Prisma client is the slow part of this script.
  const [{ createDb }, { seedDemoSalon }] = await Promise.all([import("../lib/db"), import("../prisma/seed")]);
  const db = createDb(url);
  try {
    await seedDemoSalon(db);
  } finally {
    await db.$disconnect();
  }
}

async function ensureFileDatabase(url: string, options: SetupOptions, did: string[]): Promise<void> {
  const file = databaseFile(url);
  if (options.reset) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    did.push("reset");
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) did.push("created");

  let sqlite = new Database(file);
  let todo: string[];
  try {
    todo = pending(sqlite.prepare(APPLIED_SQL).all().map((row) => (row as { name: string }).name));
  } catch (error) {
    if (!isNoSuchTable(error)) throw error;
    todo = migrationNames();
  }
  if (todo.length > 0) {
    sqlite.close();
    migrateDeploy(url);
    did.push(`migrated ${todo.length}`);
    sqlite = new Database(file);
  }
  try {
    // WAL lets readers run beside the writer; the mode is stored in the file, so this happens once.
    if (sqlite.pragma("journal_mode", { simple: true }) !== "wal") {
      sqlite.pragma("journal_mode = WAL");
      did.push("WAL on");
    }
    const empty = sqlite.prepare("SELECT 1 FROM SalonSettings LIMIT 1").get() === undefined;
    if (!empty || options.seed === false) return;
  } finally {
    sqlite.close();
  }
  await seed(url);
  did.push("seeded");
}

async function ensureRemoteDatabase(url: string, options: SetupOptions, did: string[]): Promise<void> {
  if (options.reset) throw new Error("--reset only deletes local file: databases");
  const { createDb } = await import("../lib/db");
  const db = createDb(url);
  try {
    let todo: string[];
    try {
      todo = pending((await db.$queryRawUnsafe<{ name: string }[]>(APPLIED_SQL)).map((row) => row.name));
    } catch (error) {
      if (!isNoSuchTable(error)) throw error;
      todo = migrationNames();
    }
    if (todo.length > 0) {
      migrateDeploy(url); // prisma.config.ts picks the libSQL adapter for this URL
      did.push(`migrated ${todo.length}`);
    }
    if (options.seed === false || (await db.salonSettings.count()) > 0) return;
  } finally {
    await db.$disconnect();
  }
  await seed(url);
  did.push("seeded");
}

/** Ensures the database is ready and returns what was done (empty: nothing needed doing). */
export async function setupDatabase(url: string, options: SetupOptions = {}): Promise<string[]> {
  const did: string[] = [];
  if (isRemoteUrl(url)) await ensureRemoteDatabase(url, options, did);
  else await ensureFileDatabase(url, options, did);
  return did;
}

async function main(): Promise<void> {
  try {
    process.loadEnvFile?.(); // the same .env the app and prisma.config.ts read
  } catch {
    // no .env: defaults apply
  }
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  process.env.DATABASE_URL = url;
  const shown = url.replace(/\/\/[^@/]*@/, "//***@");
  const started = Date.now();
  try {
    const did = await setupDatabase(url, { reset: process.argv.includes("--reset") });
    const what = did.length > 0 ? did.join(", ") : "ready, nothing to do";
    console.log(`setup-db: ${shown} ${what} (${Date.now() - started} ms)`);
  } catch (error) {
    throw new Error(`${shown}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

if (/[\\/]scripts[\\/]setup-db\.ts$/.test(process.argv[1] ?? "")) {
  main().catch((error: unknown) => {
    console.error(`setup-db: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
