import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

// The Prisma CLI does not read .env when a config file exists.
try {
  process.loadEnvFile?.();
} catch {
  // no .env: defaults apply
}

// Same choice as lib/db.ts createDb(): libsql:/http(s):/ws(s): URLs, or DB_ADAPTER=libsql (the tests'
// libSQL run on a file), go through libSQL; everything else is the embedded better-sqlite3 default.
function adapterFor(url: string) {
  if (/^(libsql|https?|wss?):/.test(url) || process.env.DB_ADAPTER === "libsql") {
    return new PrismaLibSQL({ url, authToken: process.env.DATABASE_AUTH_TOKEN });
  }
  return new PrismaBetterSQLite3({ url });
}

export default defineConfig({
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  engine: "js",
  adapter: async () => adapterFor(process.env.DATABASE_URL || "file:./data/salon.db"),
});
