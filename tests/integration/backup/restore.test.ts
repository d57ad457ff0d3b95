// npm run db:restore (lib/integrity/restore.ts): a backup put in place of a database file, checked
// before and after, the old write-ahead log never replayed onto it, the previous file kept aside, and
// refusals that change nothing. Every database here is a file under this test file's tests/.tmp folder.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { checkIntegrity } from "@/lib/integrity/check";
import { RestoreError, restoreDatabase } from "@/lib/integrity/restore";
import { createClient } from "@/prisma/factories";
import { setupDatabase } from "@/scripts/setup-db";
import { buildSalon, sell, type Salon } from "../../helpers/salon-fixture";
import { getTestDb, testDatabaseUrl } from "../../helpers/test-db";

const db = getTestDb();
const testFile = testDatabaseUrl().replace(/^file:/, "");
const root = path.join(path.dirname(testFile), `restore-${process.pid}-${Date.now()}`);
const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
const migrate = (url: string) => setupDatabase(url, { seed: false });
let salon: Salon;
let backup: string;
let cases = 0;

type Dump = Record<string, unknown[]>;

/** Every row of every table, in rowid order: what "exactly the same data" means here. */
function dump(file: string): Dump {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

/** SQLite's verdict on a file as the app would open it (its -wal, if any, replayed): "ok" or what is wrong. */
function sqliteVerdict(file: string): string {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    return String(sqlite.pragma("integrity_check", { simple: true }));
  } catch (error) {
    return String((error as Error).message);
  } finally {
    sqlite?.close();
  }
}

/** The files of a folder with a hash of each: to prove a refusal changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir).sort().map((name) => [name, createHash("sha256").update(fs.readFileSync(path.join(dir, name))).digest("hex")]),
  );
}

/**
 * A "live" database in a folder of its own, with the test database's current rows, byte for byte as
 * the app's file (not a VACUUMed copy, so its pages are laid out differently from the backup's).
 */
async function liveDatabase(): Promise<string> {
  const dir = path.join(root, `case-${++cases}`);
  fs.mkdirSync(dir, { recursive: true });
  const live = path.join(dir, "salon.db");
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)"); // the main file alone holds every row
  fs.copyFileSync(testFile, live);
  await setupDatabase(`file:${live}`, { seed: false }); // WAL on, as `npm start` leaves it
  return live;
}

/**
 * A process that wrote to the live file in WAL mode and was killed before a checkpoint: its committed
 * rows (a new table and 300 rows of it) are only in the -wal left beside the file.
 */
async function killWriterMidLog(live: string): Promise<void> {
  const code = `
    const Database = require(${JSON.stringify(path.join(process.cwd(), "node_modules/better-sqlite3"))});
    const db = new Database(${JSON.stringify(live)});
    db.pragma("journal_mode = WAL");
    db.pragma("wal_autocheckpoint = 0");
    db.exec("CREATE TABLE crash_scratch (id INTEGER PRIMARY KEY, data BLOB)");
    const insert = db.prepare("INSERT INTO crash_scratch (data) VALUES (randomblob(400))");
    db.transaction(() => { for (let i = 0; i < 300; i++) insert.run(); })();
    console.log("written");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("written") && resolve());
    child.on("close", () => reject(new Error(`the writer stopped early: ${stderr}`)));
  });
  const closed = new Promise((resolve) => child.on("close", resolve));
  child.kill("SIGKILL");
  await closed;
  expect(fs.statSync(`${live}-wal`).size).toBeGreaterThan(100_000);
}

/** What the live file holds as SQLite sees it, its -wal replayed, read from a copy so the live files stay as they are. */
function dumpWithLog(live: string): Dump {
  const copy = path.join(root, `peek-${++cases}.db`);
  fs.copyFileSync(live, copy);
  fs.copyFileSync(`${live}-wal`, `${copy}-wal`);
  return dump(copy);
}

/** A second process holding the database open the way the server does: a Prisma client that has run a query and stays idle. */
async function holdOpenLikeTheApp(live: string) {
  const code = `
    import { createDb } from "@/lib/db";
    const db = createDb(process.env.DATABASE_URL);
    db.salonSettings.findFirst().then(() => console.log("ready"));
    setInterval(() => {}, 1000);`;
  const child = spawn(tsx, ["-e", code], { env: { ...process.env, DATABASE_URL: `file:${live}` }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr.on("data", (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the holder did not get ready: ${output}`)), 20_000);
    child.stdout.on("data", (d) => {
      output += d;
      if (String(d).includes("ready")) resolve(clearTimeout(timer));
    });
    child.on("close", () => reject(new Error(`the holder stopped early: ${output}`)));
  });
  const closed = new Promise((resolve) => child.on("close", resolve));
  return {
    // SIGTERM, which tsx passes on to the node process it runs (a SIGKILL would orphan that one).
    stop: async () => {
      child.kill("SIGTERM");
      await closed;
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<RestoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RestoreError);
  return error as RestoreError;
}

beforeAll(async () => {
  fs.mkdirSync(root, { recursive: true });
  salon = await buildSalon(db);
  await sell(db, salon, salon.jane.id, salon.laserCourse.id);
  await sell(db, salon, salon.tom.id, salon.facialPackage.id);
  // What db:backup does (lib/integrity/backup.ts: VACUUM INTO), through this file's own client: a
  // second SQLite library opening the file in this process would drop libSQL's locks on it (TEST_DB_ADAPTER=libsql).
  backup = path.join(root, "backup.db");
  await db.$executeRawUnsafe("VACUUM INTO ?", backup);
  // After the backup: a client and a course sale the backup does not have.
  const late = await createClient(db, { firstName: "Late", lastName: "Client", email: "late@example.com", phone: "+447700900099" });
  await sell(db, salon, late.id, salon.massageMinutes.id);
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("db:restore", () => {
  it("the manual way, forgetting the old -wal, replays it onto the backup: the corruption this command prevents", async () => {
    const live = await liveDatabase();
    await killWriterMidLog(live);
    fs.copyFileSync(backup, live); // README's old step 2 without step 3
    expect(fs.existsSync(`${live}-wal`)).toBe(true);
    expect(sqliteVerdict(live)).toMatch(/malformed/);
  }, 60_000);

  it("restores exactly the backup's rows, never replays the old log, and keeps the previous database openable", async () => {
    const live = await liveDatabase();
    await killWriterMidLog(live);
    const previous = dumpWithLog(live);
    expect(previous.crash_scratch).toHaveLength(300);
    const expected = dump(backup);
    expect(previous.Client.length).toBe(expected.Client.length + 1);
    const logged: string[] = [];

    const result = await restoreDatabase(`file:${live}`, backup, { migrate, log: (line) => logged.push(line) });

    // The old -wal/-shm are gone, and nothing of them is in the restored file.
    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    expect(fs.existsSync(`${live}-shm`)).toBe(false);
    expect(fs.readdirSync(path.dirname(live)).sort()).toEqual(["salon.db", path.basename(result.kept!)]); // no temp left
    expect(sqliteVerdict(live)).toBe("ok");
    expect(dump(live)).toEqual(expected);
    const restored = createDb(`file:${live}`);
    try {
      expect((await checkIntegrity(restored)).findings).toEqual([]);
      expect(await restored.client.count()).toBe(expected.Client.length);
    } finally {
      await restored.$disconnect();
    }

    // The previous database, its log folded in (the killed writer's rows too), is one openable file.
    expect(result.kept).toBe(path.join(path.dirname(live), path.basename(result.kept!)));
    expect(path.basename(result.kept!)).toMatch(/^salon\.db\.before-restore-\d{8}-\d{6}$/);
    expect(result.keptFiles).toEqual([result.kept]);
    expect(sqliteVerdict(result.kept!)).toBe("ok");
    expect(dump(result.kept!)).toEqual(previous);
    expect(logged).toEqual(result.steps);
    expect(logged.map((line) => line.slice(0, 2))).toEqual(["1.", "2.", "3.", "4.", "5.", "6."]);
  }, 60_000);

  it("repairs a database the manual way broke: the stale log is kept aside with it, never replayed onto the backup", async () => {
    const live = await liveDatabase();
    await killWriterMidLog(live);
    fs.copyFileSync(backup, live); // the manual way, as above: now "malformed"
    const broken = { file: fs.readFileSync(live), wal: fs.readFileSync(`${live}-wal`) };

    const result = await restoreDatabase(`file:${live}`, backup, { migrate });

    expect(result.steps[1]).toMatch(/cannot be read by SQLite .*malformed/);
    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    expect(sqliteVerdict(live)).toBe("ok");
    expect(dump(live)).toEqual(dump(backup));
    // Kept as it was, byte for byte, log and all.
    expect(fs.readFileSync(result.kept!).equals(broken.file)).toBe(true);
    expect(fs.readFileSync(`${result.kept}-wal`).equals(broken.wal)).toBe(true);
    expect(result.keptFiles).toEqual(expect.arrayContaining([result.kept, `${result.kept}-wal`]));
  }, 60_000);

  it("removes a log left without its database file, rather than let SQLite replay it onto the restored one", async () => {
    const live = await liveDatabase();
    await killWriterMidLog(live);
    fs.rmSync(live); // e.g. the file deleted by hand to restore: its -wal and -shm stay behind
    const stray = fs.readFileSync(`${live}-wal`);

    const result = await restoreDatabase(`file:${live}`, backup, { migrate });

    expect(result.steps[1]).toMatch(/no database at .* yet/);
    expect(result.steps[3]).toMatch(/4\. removed the old salon\.db-wal, salon\.db-shm/);
    expect(result.kept).toBeNull();
    const keptWal = result.keptFiles.find((f) => f.endsWith("-wal"))!;
    expect(fs.readFileSync(keptWal).equals(stray)).toBe(true);
    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    expect(sqliteVerdict(live)).toBe("ok");
    expect(dump(live)).toEqual(dump(backup));
  }, 60_000);

  it("refuses a corrupt or non-SQLite backup, a missing one, the live file itself and a libSQL URL, changing nothing", async () => {
    const live = await liveDatabase();
    const dir = path.dirname(live);
    const before = snapshot(dir);
    const bad = path.join(root, "bad");
    fs.mkdirSync(bad, { recursive: true });

    const text = path.join(bad, "notes.db");
    fs.writeFileSync(text, "this is not a database\n");
    const truncated = path.join(bad, "truncated.db");
    fs.writeFileSync(truncated, fs.readFileSync(backup).subarray(0, 4096 * 3));
    // A page of the Client table overwritten: the header still says SQLite, the tree does not hold.
    const scribbled = path.join(bad, "scribbled.db");
    fs.copyFileSync(backup, scribbled);
    const sqlite = new Database(scribbled);
    const { rootpage } = sqlite.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'Client'").get() as { rootpage: number };
    const pageSize = sqlite.pragma("page_size", { simple: true }) as number;
    sqlite.close();
    const fd = fs.openSync(scribbled, "r+");
    fs.writeSync(fd, Buffer.alloc(512, 0xff), 0, 512, (rootpage - 1) * pageSize);
    fs.closeSync(fd);
    const foreign = path.join(bad, "other-app.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')");
    other.close();

    const refusals: [string, string, RegExp][] = [
      [`file:${live}`, text, /is not a SQLite database file/],
      [`file:${live}`, truncated, /not a readable SQLite database|integrity check/],
      [`file:${live}`, scribbled, /integrity check|not a readable SQLite database/],
      [`file:${live}`, foreign, /not this app's/],
      [`file:${live}`, path.join(bad, "missing.db"), /no backup at/],
      [`file:${live}`, live, /is the live database itself/],
      [`file:${path.relative(process.cwd(), live)}`, `file:${live}`, /is the live database itself/],
      ["libsql://salon-group.turso.io", backup, /libSQL server, not a local file/],
    ];
    for (const [url, file, reason] of refusals) {
      const error = await refusal(restoreDatabase(url, file, { migrate }));
      expect(error.message, file).toMatch(reason);
      expect(error.message).toMatch(/Nothing was changed\.$/);
      expect(error.exitCode).toBe(1);
      expect(error.changed).toBe(false);
      expect(snapshot(dir), file).toEqual(before);
    }
  }, 60_000);

  it("refuses while another process has the database open the way the app does", async () => {
    const live = await liveDatabase();
    const rows = dump(live);
    const holder = await holdOpenLikeTheApp(live);
    let released = false;
    try {
      const files = fs.readdirSync(path.dirname(live)).sort();
      const error = await refusal(restoreDatabase(`file:${live}`, backup, { migrate }));
      expect(error.message).toMatch(/is open in another process: stop the app/);
      expect(error.exitCode).toBe(1);
      expect(fs.readdirSync(path.dirname(live)).sort()).toEqual(files); // no copy kept, no temp left
      await holder.stop();
      released = true;
      expect(dump(live)).toEqual(rows);
      // The same restore goes through once that process has gone: the refusal was about it.
      await restoreDatabase(`file:${live}`, backup, { migrate });
      expect(dump(live)).toEqual(dump(backup));
    } finally {
      if (!released) await holder.stop();
    }
  }, 60_000);

  it("refuses a backup with findings unless they are accepted", async () => {
    const live = await liveDatabase();
    const unbalanced = path.join(root, "unbalanced.db");
    fs.copyFileSync(backup, unbalanced);
    const sqlite = new Database(unbalanced);
    sqlite.exec(`UPDATE "Sale" SET totalMinor = totalMinor + 1 WHERE id = (SELECT min(id) FROM "Sale")`);
    sqlite.close();
    const rows = dump(live);

    const error = await refusal(restoreDatabase(`file:${live}`, unbalanced, { migrate }));
    expect(error.message).toMatch(/fails the app's integrity check[\s\S]*SALE_UNBALANCED[\s\S]*--accept-findings/);
    expect(dump(live)).toEqual(rows);

    const result = await restoreDatabase(`file:${live}`, unbalanced, { migrate, acceptFindings: true });
    expect(result.report.findings.map((f) => f.kind)).toContain("SALE_UNBALANCED");
    expect(dump(live)).toEqual(dump(unbalanced));
  }, 60_000);

  it("a failure after the swap names the kept copy, and its instructions put the previous database back", async () => {
    const live = await liveDatabase();
    const previous = dump(live);
    let calls = 0;
    const failingSecondTime = async (url: string) => {
      if (++calls === 2) throw new Error("disk full (simulated)");
      return migrate(url);
    };
    const error = await refusal(restoreDatabase(`file:${live}`, backup, { migrate: failingSecondTime }));
    expect(error.changed).toBe(true);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/disk full \(simulated\)/);
    expect(error.kept).toMatch(/salon\.db\.before-restore-\d{8}-\d{6}$/);
    expect(error.message).toContain(`The previous database is kept at ${error.kept}`);
    expect(error.message).toMatch(/rm -f \S+-wal \S+-shm \S+-journal && cp \S+ \S+/);

    // The printed commands, by hand.
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(live + suffix, { force: true });
    fs.copyFileSync(error.kept!, live);
    expect(dump(live)).toEqual(previous);
  }, 60_000);

  it("npm run db:restore: prints each step and exits 0, or 1 on a refusal", async () => {
    const run = (live: string, ...args: string[]) =>
      spawnSync(tsx, ["scripts/db-restore.ts", ...args], { env: { ...process.env, DATABASE_URL: `file:${live}` }, encoding: "utf8" });
    const live = await liveDatabase();
    const dir = path.dirname(live);

    const ok = run(live, backup);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/1\. checked the backup.*\n.*2\. .* is not open in any other process.*\n.*3\. kept the current database as .*\n.*4\. .*\n.*5\. restored.*\n.*6\. set up/);
    expect(ok.stdout).toMatch(/To undo it \(app stopped\): npm run db:restore -- .*before-restore-/);

    const refused = run(live, path.join(dir, "missing.db"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/no backup at .*missing\.db\. Nothing was changed\./);
    expect(run(live).status).toBe(1); // no backup named: usage
  }, 60_000);
});
