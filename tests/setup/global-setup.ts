// Builds ONE migrated template database per Vitest run (tests/.tmp/integration/run-<pid>/template.db).
// tests/setup/db-setup.ts copies it for every test file. The directory is removed after the run.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { TestProject } from "vitest/node";
import { setupDatabase } from "../../scripts/setup-db";
import { TEST_DB_DIR, assertLocalTestDatabase } from "../helpers/assert-local-db";

declare module "vitest" {
  export interface ProvidedContext {
    testDbTemplate: string;
  }
}

export default async function globalSetup(project: TestProject) {
  const runDir = path.join(TEST_DB_DIR, "integration", `run-${process.pid}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  const template = path.join(runDir, "template.db");
  const url = `file:${template}`;
  assertLocalTestDatabase(url);

  // With TEST_DB_ADAPTER=libsql the migrations themselves run through the libSQL adapter too.
  const previous = process.env.DB_ADAPTER;
  process.env.DB_ADAPTER = process.env.TEST_DB_ADAPTER === "libsql" ? "libsql" : "better-sqlite3";
  try {
    await setupDatabase(url, { seed: false });
  } finally {
    if (previous === undefined) delete process.env.DB_ADAPTER;
    else process.env.DB_ADAPTER = previous;
  }
  // Closing the last connection checkpoints the WAL into the main file, so one file is a full copy.
  new Database(template).close();
  if (fs.existsSync(`${template}-wal`)) throw new Error(`template ${template} still has a WAL file`);

  project.provide("testDbTemplate", template);
  return () => fs.rmSync(runDir, { recursive: true, force: true });
}
