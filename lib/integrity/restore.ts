import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, isBusyError, isLibsqlUrl } from "@/lib/db";
import { checkIntegrity, type IntegrityReport } from "./check";
import { formatIntegrityReport } from "./report";

/**
 * Puts a backup in place of the app's SQLite database, as one command (`npm run db:restore`).
 *
 * Order of work, so that a refusal or a failure before the swap changes nothing:
 *  1. Copy the backup beside the live file and check the copy: SQLite (integrity_check,
 *     foreign_key_check, this app's migrations), then migrate it and run the app's integrity check.
 *     Only that copy is written; the live file is not even opened yet.
 *  2. Take SQLite's exclusive lock on the live file. In WAL mode (the app's: scripts/setup-db.ts turns
 *     it on) every connection of another process holds a shared lock on the database file from its
 *     first query until it closes, idle or not, so a running app makes this fail at once: refused.
 *     It comes after the checks because a connection that opened the live file folds its -wal into
 *     it on closing: harmless for a healthy file, but it would destroy the evidence of a broken one
 *     before it was kept. Held over step 3, the lock keeps everyone else from reading or writing
 *     while the copy is taken. (A process that opens the file during steps 3–5 is not seen and may
 *     end up on the replaced file: the README says not to start the app while a restore runs.)
 *  3. Checkpoint the live file (fold its write-ahead log in) and copy it aside under a dated name;
 *     a file SQLite cannot read is kept byte for byte as it was, with its -wal/-shm.
 *  4. Remove the old -wal/-shm (and a rollback -journal): a log left beside the restored file would be
 *     replayed onto it ("database disk image is malformed").
 *  5. Rename the checked (fsynced) copy over the live file: atomic, the path always names a whole
 *     database.
 *  6. Migrate and check again.
 */

export type RestoreOptions = {
  /** Brings a database file up to date, e.g. scripts/setup-db.ts `setupDatabase(url, { seed: false })`; returns what it did. */
  migrate: (url: string) => Promise<string[]>;
  /** Restore even if the app's integrity check lists findings in the backup (SQLite's own check must still pass). */
  acceptFindings?: boolean;
  /** Names the kept copy (UTC). */
  now?: Date;
  /** Told each step once it is done. */
  log?: (line: string) => void;
  /** How long to wait for another connection to let go of the live file before refusing (ms). */
  busyTimeoutMs?: number;
};

export type RestoreResult = {
  database: string;
  backup: string;
  /** The previous database, kept aside (null: there was none). */
  kept: string | null;
  /** Every file written aside (the kept copy, and its -wal/-shm when it could not be checkpointed). */
  keptFiles: string[];
  steps: string[];
  report: IntegrityReport;
  ms: number;
};

/**
 * A restore that did not complete. `changed` false: the live database was not touched (exit 1 for a
 * refusal, 2 when it could not run). `changed` true: the swap happened or had begun; the message says
 * where the previous database is and how to put it back.
 */
export class RestoreError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly changed: boolean,
    readonly kept: string | null = null,
  ) {
    super(message);
    this.name = "RestoreError";
  }
}

const NOTHING_CHANGED = "Nothing was changed.";
const LOG_SUFFIXES = ["-wal", "-shm", "-journal"] as const;
const SQLITE_HEADER = "SQLite format 3\0";

function refuse(message: string): never {
  throw new RestoreError(`${message.trimEnd()}${message.includes("\n") ? "\n" : " "}${NOTHING_CHANGED}`, 1, false);
}

/** YYYYMMDD-HHMMSS in UTC, like the backups' names. */
function restoreStamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return -1; // missing
  }
}

function showSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // not every platform can fsync a directory (Windows); the rename itself is still atomic
  }
}

function copyDurably(from: string, to: string): void {
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  fsyncFile(to);
}

function firstFree(base: string): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}-${i}`;
    if (![name, ...LOG_SUFFIXES.map((s) => name + s)].some((f) => fs.existsSync(f))) return name;
  }
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    if (fs.realpathSync(a) === fs.realpathSync(b)) return true;
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino; // a hard link
  } catch {
    return false; // one of them does not exist
  }
}

/** Refusals that need no SQLite: wrong kind of URL or file, the live file itself, a backup with a log of its own. */
function refuseUnsuitable(url: string, backupArg: string): { live: string; backup: string } {
  const shown = url.replace(/\/\/[^@/]*@/, "//***@");
  if (isLibsqlUrl(url)) {
    refuse(
      `${shown} is a libSQL server, not a local file: restore it with the server's own tools ` +
        "(for Turso: its point-in-time restore, or `turso db shell <name> < backup.sql`).",
    );
  }
  if (!url.startsWith("file:")) refuse(`not a file: URL: ${shown}.`);
  const live = path.resolve(url.replace(/^file:/, ""));
  if (!backupArg) refuse("name the backup to restore: npm run db:restore -- <backup file>.");
  const backup = path.resolve(backupArg.replace(/^file:/, ""));
  if (!fs.existsSync(backup)) refuse(`no backup at ${backup}.`);
  if (!fs.statSync(backup).isFile()) refuse(`${backup} is not a file.`);
  if (sameFile(backup, live)) refuse(`${backup} is the live database itself: name a backup.`);
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(backup, "r");
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString("latin1") !== SQLITE_HEADER) refuse(`${backup} is not a SQLite database file.`);
  if (sizeOf(`${backup}-wal`) > 0) {
    refuse(
      `${backup} has a write-ahead log beside it (${backup}-wal): it is a database in use, or a copy taken with cp ` +
        "while the app ran, not a backup. Make a backup of it first (DATABASE_URL=file:<it> npm run db:backup) and restore that.",
    );
  }
  return { live, backup };
}

type Hold =
  | { kind: "absent" }
  | { kind: "held"; db: Database.Database; wal: boolean }
  /** The connection stays open until the files have been kept: closing it would fold the -wal in. */
  | { kind: "unreadable"; db: Database.Database; reason: string };

/**
 * Takes the live file for this process alone, or refuses because another process has it open.
 * `locking_mode = EXCLUSIVE` makes the first read take (and keep) an exclusive lock: in WAL mode on
 * the database file itself, which every other open WAL connection holds a shared lock on; in
 * rollback-journal mode `BEGIN EXCLUSIVE` does it, but there an idle connection holds no lock at all.
 */
function holdLive(live: string, busyTimeoutMs: number): Hold {
  if (!fs.existsSync(live)) return { kind: "absent" };
  const db = new Database(live, { fileMustExist: true, timeout: busyTimeoutMs });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    return { kind: "held", db, wal: db.pragma("journal_mode", { simple: true }) === "wal" };
  } catch (error) {
    if (!isBusyError(error)) return { kind: "unreadable", db, reason: message(error) };
    db.close(); // it read nothing, so it writes nothing
    refuse(
      `${live} is open in another process: stop the app (and any script using the database, such as ` +
        "db:backup, db:check or bench:load) and run the restore again.",
    );
  }
}

/** The migrations this checkout knows (prisma/migrations, relative to the repo root like the Prisma CLI). */
function knownMigrations(): Set<string> {
  const dir = path.resolve("prisma", "migrations");
  return new Set(fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name));
}

/** SQLite's own checks of a database file; throws a refusal naming `shown` (the file the person gave). */
function sqliteCheck(file: string, shown: string, what: string): void {
  let problems: string[];
  let foreignKeys: number;
  let migrations: string[] | null;
  const db = new Database(file, { fileMustExist: true });
  try {
    problems = (db.pragma("integrity_check(20)") as Record<string, unknown>[]).map((row) => String(Object.values(row)[0]));
    foreignKeys = problems.length === 1 && problems[0] === "ok" ? (db.pragma("foreign_key_check") as unknown[]).length : 0;
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    migrations = hasTable
      ? db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all().map((r) => (r as { name: string }).name)
      : null;
  } catch (error) {
    refuse(`${shown} is not a readable SQLite database (${message(error)}).`);
  } finally {
    db.close();
  }
  if (problems.length !== 1 || problems[0] !== "ok") {
    const lines = problems.flatMap((p) => p.split("\n")).filter((l) => l && !l.startsWith("***"));
    const more = lines.length > 5 ? `\n  … and more (PRAGMA integrity_check lists them)` : "";
    refuse(`${shown} failed SQLite's integrity check${what}:\n  ${lines.slice(0, 5).join("\n  ")}${more}`);
  }
  if (foreignKeys > 0) refuse(`${shown} has ${foreignKeys} row(s) pointing at rows that do not exist (PRAGMA foreign_key_check)${what}.`);
  if (migrations === null) refuse(`${shown} is a SQLite database but not this app's (it has no _prisma_migrations table).`);
  const known = knownMigrations();
  const newer = (migrations ?? []).filter((name) => !known.has(name));
  if (newer.length > 0) {
    refuse(`${shown} was made by a newer version of the app (migrations this checkout does not have: ${newer.join(", ")}): update the app first.`);
  }
}

async function appCheck(file: string): Promise<IntegrityReport> {
  const db = createDb(`file:${file}`);
  try {
    return await checkIntegrity(db);
  } finally {
    await db.$disconnect();
  }
}

/** Folds a file's write-ahead log in and removes its -wal/-shm, so that the file alone is the database. */
function settle(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close(); // the last connection deletes the -wal
  }
  if (sizeOf(`${file}-wal`) > 0) throw new Error(`${file}-wal could not be folded into ${file}`);
  for (const suffix of LOG_SUFFIXES) fs.rmSync(file + suffix, { force: true });
}

function putBackHint(live: string, kept: string | null, keptFiles: string[]): string {
  if (!kept) {
    return `There was no database at ${live} before; to go back to none, stop the app and delete ${live} and its -wal/-shm.`;
  }
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const wal = keptFiles.includes(`${kept}-wal`) ? ` && cp ${rel(kept)}-wal ${rel(live)}-wal` : "";
  return (
    `The previous database is kept at ${kept}. To put it back, stop the app, then:\n` +
    `  rm -f ${rel(live)}-wal ${rel(live)}-shm ${rel(live)}-journal && cp ${rel(kept)} ${rel(live)}${wal}` +
    (wal ? "" : `\n  (or: npm run db:restore -- ${rel(kept)})`)
  );
}

export async function restoreDatabase(url: string, backupArg: string, options: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  const steps: string[] = [];
  const say = (line: string) => {
    steps.push(line);
    options.log?.(line);
  };
  const { live, backup } = refuseUnsuitable(url, backupArg);
  const stamp = restoreStamp(options.now);
  const dir = path.dirname(live);
  const temp = firstFree(`${live}.restoring-${stamp}`);
  const dropTemp = () => {
    for (const f of [temp, ...LOG_SUFFIXES.map((s) => temp + s)]) fs.rmSync(f, { force: true });
  };

  // 1: check a copy of the backup. Nothing but that copy is written.
  let before: IntegrityReport;
  try {
    fs.mkdirSync(dir, { recursive: true });
    copyDurably(backup, temp);
    sqliteCheck(temp, backup, "");
    const migrated = await options.migrate(`file:${temp}`);
    before = await appCheck(temp);
    if (before.findings.length > 0 && !options.acceptFindings) {
      refuse(
        `${backup} fails the app's integrity check:\n${formatIntegrityReport(before, 5)}\n` +
          "Restore it anyway with --accept-findings (then fix the findings), or choose an earlier backup.",
      );
    }
    settle(temp);
    fsyncFile(temp);
    say(
      `1. checked the backup ${backup} (${showSize(sizeOf(backup))}): SQLite integrity and foreign keys ok; ` +
        `${migrated.filter((d) => d.startsWith("migrated")).join(", ") || "no migrations needed"}; ` +
        (before.findings.length === 0 ? "app check clean" : `app check: ${before.findings.length} finding(s), accepted`),
    );
  } catch (error) {
    dropTemp();
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`could not check the backup ${backup}: ${message(error)} ${NOTHING_CHANGED}`, 2, false);
  }

  // 2: no other process may have the live file open; from here this one holds it.
  let hold: Hold;
  try {
    hold = holdLive(live, options.busyTimeoutMs ?? 1000);
  } catch (error) {
    dropTemp();
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`could not open ${live}: ${message(error)} ${NOTHING_CHANGED}`, 2, false);
  }
  if (hold.kind === "held") {
    const note = hold.wal ? "" : " (it was not in WAL mode, where an idle app would not show: make sure the app is stopped)";
    say(`2. ${live} is not open in any other process; locked it for this restore${note}`);
  } else if (hold.kind === "absent") say(`2. no database at ${live} yet`);
  else say(`2. the current database cannot be read by SQLite (${hold.reason}): it will be kept as it is`);

  // 3: keep the current database aside. If this fails the live file has not been replaced.
  let kept: string | null = null;
  const keptFiles: string[] = [];
  const keep = (from: string, to: string) => {
    copyDurably(from, to);
    keptFiles.push(to);
  };
  try {
    if (hold.kind === "held") {
      const [cp] = hold.db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
      const folded = cp.busy === 0 && cp.log === cp.checkpointed;
      kept = firstFree(`${live}.before-restore-${stamp}`);
      if (!folded) for (const suffix of ["-wal", "-shm"]) if (sizeOf(live + suffix) > 0) keep(live + suffix, kept + suffix);
      // Last: closing the copy's handle on the live file drops this process's locks on it (POSIX),
      // so the lock holds until the copy is whole, and is let go of just below anyway.
      keep(live, kept);
      keptFiles.unshift(keptFiles.pop()!);
      say(`3. kept the current database as ${kept} (${showSize(sizeOf(kept))}${folded ? ", its write-ahead log folded in" : ", with its -wal: it could not be folded in"})`);
    } else {
      // Unreadable, or missing: keep whatever is there byte for byte (a missing file may still have logs).
      const base = firstFree(`${live}.before-restore-${stamp}`);
      for (const suffix of LOG_SUFFIXES) if (sizeOf(live + suffix) > 0) keep(live + suffix, base + suffix);
      if (fs.existsSync(live)) {
        keep(live, (kept = base));
        keptFiles.unshift(keptFiles.pop()!);
      }
      say(keptFiles.length > 0 ? `3. kept as they were: ${keptFiles.join(", ")}` : "3. nothing to keep aside");
    }
  } catch (error) {
    if (hold.kind !== "absent") hold.db.close();
    dropTemp();
    for (const f of keptFiles) fs.rmSync(f, { force: true });
    throw new RestoreError(`could not keep the current database aside: ${message(error)}. The database was not replaced.`, 2, false);
  }
  // Lets go of the lock. In WAL mode the close folds the -wal in and deletes it (of a healthy file,
  // nothing is left to fold after the checkpoint; of an unreadable one, the files are already kept).
  if (hold.kind !== "absent") hold.db.close();

  // 4–6: from here on the live path changes; every failure says how to go back.
  function fail(what: string, exitCode: 1 | 2): never {
    throw new RestoreError(`${what}\n${putBackHint(live, kept, keptFiles)}`, exitCode, true, kept);
  }
  try {
    const removed = LOG_SUFFIXES.map((s) => live + s).filter((f) => fs.existsSync(f));
    for (const f of removed) fs.rmSync(f, { force: true });
    say(removed.length > 0 ? `4. removed the old ${removed.map((f) => path.basename(f)).join(", ")}` : "4. no old -wal/-shm left to remove");

    fs.renameSync(temp, live);
    fsyncDir(dir);
    say(`5. restored: ${live} is now the checked copy of ${backup}`);
  } catch (error) {
    dropTemp();
    fail(`the restore stopped before the backup was in place: ${message(error)}`, 2);
  }

  let after: IntegrityReport;
  try {
    const did = await options.migrate(`file:${live}`);
    sqliteCheck(live, live, " after the restore");
    after = await appCheck(live);
    settle(live); // one self-contained file again, whatever the checks' connections left beside it
    say(`6. set up (${did.join(", ") || "nothing to do"}); checked again: SQLite ok, app check ${after.findings.length === 0 ? "clean" : `${after.findings.length} finding(s)`}`);
  } catch (error) {
    if (error instanceof RestoreError) fail(`the restored database failed its check: ${error.message.replace(new RegExp(`\\s${NOTHING_CHANGED}$`), "")}`, 1);
    fail(`the restored database could not be set up or checked: ${message(error)}`, 2);
  }
  if (after.findings.length > before.findings.length) {
    fail(`the restored database has more findings than the backup had:\n${formatIntegrityReport(after, 5)}`, 1);
  }
  return { database: live, backup, kept, keptFiles, steps, report: after, ms: Date.now() - started };
}
