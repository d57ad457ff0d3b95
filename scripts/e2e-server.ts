// The browser tests' web server (playwright.config.ts `webServer.command`): a fresh database at
// tests/.tmp/e2e-<port>.db, `next build` (skip with E2E_SKIP_BUILD=1; NEXT_DIST_DIR picks the build
// folder), then `next start` on E2E_PORT (3200).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { e2eDatabaseUrl } from "../tests/e2e/e2e-db";
import { assertLocalTestDatabase } from "../tests/helpers/assert-local-db";
import { setupDatabase } from "./setup-db";

const port = process.env.E2E_PORT ?? "3200";
const url = e2eDatabaseUrl(port);
assertLocalTestDatabase(url);

// NODE_ENV pinned: next build/start warn about (and misbehave with) any value but production.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: url,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};
process.env.DATABASE_URL = url; // for the seed's lib/db import

const next = path.resolve("node_modules", ".bin", "next");

async function main(): Promise<void> {
  const did = await setupDatabase(url, { reset: true });
  console.log(`e2e-server: ${url} ${did.join(", ")}`);

  if (process.env.E2E_SKIP_BUILD === "1") {
    console.log("e2e-server: E2E_SKIP_BUILD=1, serving the existing .next build");
  } else {
    const build = spawnSync(next, ["build"], { env, stdio: "inherit" });
    if (build.status !== 0) throw new Error(`next build failed (${build.error?.message ?? `exit ${build.status}`})`);
  }

  const server = spawn(next, ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(`e2e-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
