// The browser tests' web server (playwright.config.ts `webServer.command`): a fresh database at
// tests/.tmp/e2e-<port>.db, `next build` (skip with E2E_SKIP_BUILD=1; NEXT_DIST_DIR picks the build
// folder), then `next start` on E2E_PORT (3200). Beside it, in this process, a mail server on
// E2E_PORT + 1000 takes the app's client emails and writes each to tests/.tmp/mail-<port>/ as JSON
// for the specs to read (tests/e2e/mailbox.ts); nothing is ever sent further.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { e2eDatabaseUrl } from "../tests/e2e/e2e-db";
import { mailDir } from "../tests/e2e/mailbox";
import { assertLocalTestDatabase } from "../tests/helpers/assert-local-db";
import { startSmtpCatcher } from "../tests/helpers/smtp-catcher";
import { databaseFile, setupDatabase } from "./setup-db";

const port = process.env.E2E_PORT ?? "3200";
const url = e2eDatabaseUrl(port);
assertLocalTestDatabase(url);
const mailPort = Number(port) + 1000;
const mailbox = mailDir(port);

// NODE_ENV pinned: next build/start warn about (and misbehave with) any value but production.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: url,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  // Client emails go to the mail server below; their links point at this server; sent within a second.
  SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
  PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
  MESSAGE_POLL_MS: "500",
};
process.env.DATABASE_URL = url; // for the seed's lib/db import

const next = path.resolve("node_modules", ".bin", "next");

async function main(): Promise<void> {
  const did = await setupDatabase(url, { reset: true });
  console.log(`e2e-server: ${url} ${did.join(", ")}`);
  markSeedMailSent();

  if (process.env.E2E_SKIP_BUILD === "1") {
    console.log("e2e-server: E2E_SKIP_BUILD=1, serving the existing .next build");
  } else {
    const build = spawnSync(next, ["build"], { env, stdio: "inherit" });
    if (build.status !== 0) throw new Error(`next build failed (${build.error?.message ?? `exit ${build.status}`})`);
  }

  await catchMail();
  const server = spawn(next, ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * The demo seed's emails (confirmations of the coming week's bookings, recent receipts) belong to its
 * history: they went when it happened. Sending them all now would hold up the specs' own for seconds.
 */
function markSeedMailSent(): void {
  const sqlite = new Database(databaseFile(url));
  try {
    sqlite.prepare(`UPDATE "OutboxMessage" SET "status" = 'SENT', "sentAt" = "createdAt" WHERE "status" = 'PENDING'`).run();
  } finally {
    sqlite.close();
  }
}

/** Each email accepted is one file per recipient, written whole (renamed into place) so a reader never sees half. */
async function catchMail(): Promise<void> {
  fs.rmSync(mailbox, { recursive: true, force: true });
  fs.mkdirSync(mailbox, { recursive: true });
  let n = 0;
  await startSmtpCatcher({
    port: mailPort,
    onAccept: (mails) => {
      for (const mail of mails) {
        const name = `${Date.now()}-${++n}.json`;
        const { to, subject, text, messageId, receivedAt } = mail;
        fs.writeFileSync(path.join(mailbox, `.${name}`), JSON.stringify({ to, subject, text, messageId, receivedAt }, null, 2));
        fs.renameSync(path.join(mailbox, `.${name}`), path.join(mailbox, name));
      }
    },
  });
  console.log(`e2e-server: mail server on 127.0.0.1:${mailPort}, emails to ${path.relative(process.cwd(), mailbox)}/`);
}

main().catch((error: unknown) => {
  console.error(`e2e-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
