import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * A consistent copy of the SQLite database while the app keeps running. `VACUUM INTO` writes the
 * database as one read transaction sees it: in WAL mode that snapshot never blocks the app's writers
 * and is never torn by them (the page-by-page backup API instead restarts whenever another process
 * writes, so under steady load it may never finish). The copy is written beside its final name and
 * renamed only once SQLite's own check passes, so a half-written file never looks like a backup.
 */

export type BackupResult = { file: string; bytes: number; ms: number };

export function isRemoteDatabaseUrl(url: string): boolean {
  return /^(libsql|https?|wss?):/.test(url);
}

/** backups/salon-YYYYMMDD-HHMMSS.db, in UTC so the names sort and never repeat at a clock change. */
export function defaultBackupFile(now = new Date(), dir = path.resolve("backups")): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.join(dir, `salon-${stamp}.db`);
}

export function backupDatabase(url: string, target = defaultBackupFile()): BackupResult {
  if (isRemoteDatabaseUrl(url)) {
    throw new Error(
      `${url.replace(/\/\/[^@/]*@/, "//***@")} is a libSQL server, not a local file: back it up with the server's own tools ` +
        "(for Turso: `turso db shell <name> .dump > backup.sql`, or its point-in-time restore).",
    );
  }
  if (!url.startsWith("file:")) throw new Error(`not a file: URL: ${url}`);
  const source = path.resolve(url.replace(/^file:/, ""));
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose another name`);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  const started = Date.now();
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare("VACUUM INTO ?").run(partial);
  } finally {
    db.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  try {
    const check = copy.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`the copy failed SQLite's check: ${String(check)}`);
  } catch (error) {
    copy.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, ms: Date.now() - started };
}
