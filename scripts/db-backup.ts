// A consistent copy of the app's SQLite database, safe to take while the app runs.
//   tsx scripts/db-backup.ts                      # -> backups/salon-YYYYMMDD-HHMMSS.db (UTC)
//   tsx scripts/db-backup.ts /mnt/usb/salon.db    # -> that file (must not exist yet)
// The database is DATABASE_URL (default file:./data/salon.db), like the app. README: "Backups and integrity".
import { DEFAULT_DATABASE_URL } from "../lib/db";
import { backupDatabase } from "../lib/integrity/backup";

function main(): void {
  try {
    process.loadEnvFile?.(); // the same .env the app reads
  } catch {
    // no .env: defaults apply
  }
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const target = process.argv[2];
  const result = target ? backupDatabase(url, target) : backupDatabase(url);
  const size = result.bytes >= 1 << 20 ? `${(result.bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(result.bytes / 1024)} kB`;
  console.log(`db:backup: ${result.file} (${size}, ${result.ms} ms)`);
  console.log(`Check it with: npm run db:check -- file:${result.file}`);
}

try {
  main();
} catch (error) {
  console.error(`db:backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
