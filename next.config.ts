import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES, PROXY_BODY_COPY_LIMIT_BYTES } from "./lib/actions/request-body";

/**
 * Sent with every response. The Content-Security-Policy is not here: it carries a fresh nonce per
 * page, so proxy.ts sets it (lib/auth/security-headers.ts). HSTS belongs to whatever terminates
 * HTTPS in front of the app; `next start` on plain http must keep working for the demo.
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The app uses none of these; a compromised script cannot ask for them either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()" },
  // For browsers that predate CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // A second build beside the usual one (benchmarks, parallel work) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // forbidden() for manager pages (lib/auth/guard.ts); still experimental in Next 16.
    authInterrupts: true,
    // The same limit proxy.ts enforces first, with a 413 and words (lib/actions/request-body.ts):
    // Next itself would answer 500 for a larger body. No form here sends anywhere near 1 MB.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // How much of a body Next copies in memory for the proxy to read (default 10 MB): just over the
    // limit, so a refused request costs little.
    proxyClientMaxBodySize: PROXY_BODY_COPY_LIMIT_BYTES,
  },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@libsql/client", "@prisma/adapter-libsql"],
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
