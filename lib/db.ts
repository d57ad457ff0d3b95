import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;
/** The client inside an interactive transaction: what every domain operation takes. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export const DEFAULT_DATABASE_URL = "file:./data/salon.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function isLibsqlUrl(url: string): boolean {
  return /^(libsql|https?|wss?):/.test(url);
}

/** `file:` URLs use better-sqlite3 (embedded); libsql:/http(s): use the libSQL adapter (a replicated server). */
export function createDb(url = databaseUrl()): PrismaClient {
  if (isLibsqlUrl(url) || process.env.DB_ADAPTER === "libsql") {
    const adapter = new PrismaLibSQL({ url, authToken: process.env.DATABASE_AUTH_TOKEN });
    return new PrismaClient({ adapter });
  }
  // busy timeout: a second process (a script beside the server) waits instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { salonDb?: PrismaClient };

/** The process-wide client (one per dev-server reload too). */
export const db: PrismaClient = globalForDb.salonDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.salonDb = db;

// libSQL reports a busy database (another process holds the write lock) as Prisma P1008
// "Operation has timed out": it has no busy timeout, so it needs the retry most.
const BUSY = /SQLITE_BUSY|database is locked|SQLITE_LOCKED|Operation has timed out/i;

/** Another process held SQLite's write lock: what `inTransaction` retries (and the load bench counts as "busy"). */
export function isBusyError(error: unknown): boolean {
  return BUSY.test(String((error as Error)?.message ?? error));
}

/**
 * Runs `fn` in one transaction. Every check that guards a write happens inside `fn`, so two desks
 * racing for the last circle are serialised. Across processes SQLite can answer "busy" when a
 * deferred transaction upgrades to a writer; the whole transaction is then retried.
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>, client: PrismaClient = db): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.$transaction((tx) => fn(tx), { maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      if (attempt >= 5 || !isBusyError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt + Math.random() * 20));
    }
  }
}
