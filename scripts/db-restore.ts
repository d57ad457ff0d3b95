// Puts a backup in place of the app's SQLite database, checked before and after (lib/integrity/restore.ts).
//   tsx scripts/db-restore.ts backups/salon-20260601-090000.db
//   tsx scripts/db-restore.ts backups/salon-20260601-090000.db --accept-findings
// The database is DATABASE_URL (default file:./data/salon.db), like the app. The app must be stopped.
// Exit code: 0 restored, 1 refused or a check failed, 2 it could not run. README: "Backups and integrity".
import { DEFAULT_DATABASE_URL } from "../lib/db";
import { RestoreError, restoreDatabase } from "../lib/integrity/restore";
import { setupDatabase } from "./setup-db";

async function main(): Promise<number> {
  try {
    process.loadEnvFile?.(); // the same .env the app reads
  } catch {
    // no .env: defaults apply
  }
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const args = process.argv.slice(2);
  const acceptFindings = args.includes("--accept-findings");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--accept-findings");
  const files = args.filter((a) => !a.startsWith("--"));
  if (unknown.length > 0 || files.length !== 1) {
    console.error("usage: npm run db:restore -- <backup file> [--accept-findings]");
    return 1;
  }
  console.log(`db:restore: ${files[0]} -> ${url.replace(/\/\/[^@/]*@/, "//***@")}`);
  const result = await restoreDatabase(url, files[0], {
    migrate: (target) => setupDatabase(target, { seed: false }),
    acceptFindings,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`db:restore: done in ${result.ms} ms. Start the app with npm start.`);
  if (result.kept) console.log(`To undo it (app stopped): npm run db:restore -- ${result.kept}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:restore: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof RestoreError ? error.exitCode : 2);
  },
);
