import path from "node:path";

/** Where integration and browser tests keep their throw-away databases. */
export const TEST_DB_DIR = path.resolve("tests", ".tmp");

/**
 * Refuses any database that is not a throw-away file under tests/.tmp: never the dev database
 * (data/salon.db), never a libSQL/Turso server.
 */
export function assertLocalTestDatabase(url: string | undefined): string {
  if (!url || !url.startsWith("file:")) {
    throw new Error(`Refusing to run tests against a non-file database: ${url || "(DATABASE_URL unset)"}`);
  }
  const file = path.resolve(url.replace(/^file:/, ""));
  if (file === path.resolve("data", "salon.db") || !file.startsWith(TEST_DB_DIR + path.sep)) {
    throw new Error(`Refusing to run tests against ${file}: test databases live under ${TEST_DB_DIR}`);
  }
  return file;
}
