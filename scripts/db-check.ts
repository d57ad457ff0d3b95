// Checks the database against the rules that must always hold (lib/integrity/check.ts).
//   tsx scripts/db-check.ts               # the app's database (DATABASE_URL, default file:./data/salon.db)
//   tsx scripts/db-check.ts file:./backups/salon-20260601-090000.db
// Exit code: 0 clean, 1 findings, 2 the check could not run.
import fs from "node:fs";
import { createDb, DEFAULT_DATABASE_URL, isLibsqlUrl } from "../lib/db";
import { checkIntegrity } from "../lib/integrity/check";
import { formatIntegrityReport } from "../lib/integrity/report";
import { databaseFile } from "./setup-db";

async function main(): Promise<number> {
  try {
    process.loadEnvFile?.(); // the same .env the app reads
  } catch {
    // no .env: defaults apply
  }
  const url = process.argv[2] || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const shown = url.replace(/\/\/[^@/]*@/, "//***@");
  // Opening a missing file would create an empty database; say so instead.
  if (!isLibsqlUrl(url) && !fs.existsSync(databaseFile(url))) {
    console.error(`db:check: no database at ${databaseFile(url)}`);
    return 2;
  }
  const db = createDb(url);
  try {
    const report = await checkIntegrity(db);
    console.log(`db:check ${shown}`);
    console.log(formatIntegrityReport(report));
    return report.findings.length === 0 ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:check: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
