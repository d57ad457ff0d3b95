import path from "node:path";

/** The browser tests' database: one per port, so parallel runs (different E2E_PORT) never share a file. */
export function e2eDatabaseUrl(port = process.env.E2E_PORT ?? "3200"): string {
  return `file:${path.resolve("tests", ".tmp", `e2e-${port}.db`)}`;
}
