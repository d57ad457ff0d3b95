import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // A second build beside the usual one (benchmarks, parallel work) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() for manager pages (lib/auth/guard.ts); still experimental in Next 16.
  experimental: { authInterrupts: true },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@libsql/client", "@prisma/adapter-libsql"],
};

export default nextConfig;
