/**
 * The server's settings from the environment, checked once at start (instrumentation.ts).
 *
 * What is secret here? Sessions are random tokens stored hashed (lib/auth/session.ts), so there
 * is no signing key to leak or to leave at a default. The secrets are DATABASE_AUTH_TOKEN (a remote
 * libSQL server; no default at all) and staff passwords; the demo seed's published password is the
 * one "default secret" (see lib/auth/demo-logins.ts). Every other value has a safe default for
 * `npm run dev` and `npm start`. In production a value that is set but wrong stops the server with
 * a clear message, instead of silently falling back.
 */
export type ServerEnv = {
  databaseUrl: string;
  databaseAuthToken?: string;
  sessionHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  /** "demo": published demo logins are expected; "live": refuse to start while they work; "auto": warn. */
  salonMode: "demo" | "live" | "auto";
};

type Env = Record<string, string | undefined>;

const DEFAULT_DATABASE_URL = "file:./data/salon.db";
const MAX_SESSION_HOURS = 24 * 30;

function flag(env: Env, name: string, problems: string[]): boolean {
  const value = env[name]?.trim();
  if (value === undefined || value === "") return false;
  if (value === "1" || value === "0") return value === "1";
  problems.push(`${name} must be 1 or 0 (it is "${value.slice(0, 20)}").`);
  return false;
}

function isLocalHost(url: string): boolean {
  try {
    return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Reads and checks the environment; `problems` lists every value that is set but unusable. */
export function readServerEnv(env: Env = process.env): { env: ServerEnv; problems: string[] } {
  const problems: string[] = [];

  const databaseUrl = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  const databaseAuthToken = env.DATABASE_AUTH_TOKEN?.trim() || undefined;
  const remote = /^(libsql|https?|wss?):/.test(databaseUrl);
  if (!remote && !databaseUrl.startsWith("file:")) problems.push(`DATABASE_URL must start with file:, libsql:, https: or wss: (it starts "${databaseUrl.slice(0, 10)}").`);
  if (remote && !isLocalHost(databaseUrl) && !databaseAuthToken) {
    problems.push("DATABASE_URL points at a remote libSQL server but DATABASE_AUTH_TOKEN is not set.");
  }

  let sessionHours = 12;
  if (env.SESSION_HOURS?.trim()) {
    const hours = Number(env.SESSION_HOURS);
    if (Number.isFinite(hours) && hours > 0 && hours <= MAX_SESSION_HOURS) sessionHours = hours;
    else problems.push(`SESSION_HOURS must be a number of hours between 0 and ${MAX_SESSION_HOURS} (it is "${env.SESSION_HOURS.slice(0, 20)}").`);
  }

  const cookieSecure = flag(env, "COOKIE_SECURE", problems);
  const trustProxy = flag(env, "TRUST_PROXY", problems);

  const mode = env.SALON_DEMO?.trim();
  let salonMode: ServerEnv["salonMode"] = "auto";
  if (mode === "1") salonMode = "demo";
  else if (mode === "0") salonMode = "live";
  else if (mode) problems.push(`SALON_DEMO must be 1 (a demo machine) or 0 (a real salon) (it is "${mode.slice(0, 20)}").`);

  return { env: { databaseUrl, databaseAuthToken, sessionHours, cookieSecure, trustProxy, salonMode }, problems };
}

export class UnsafeEnvironmentError extends Error {
  constructor(problems: string[]) {
    super(`The server will not start with these settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "UnsafeEnvironmentError";
  }
}

/** In production, refuses (throws) on any problem; elsewhere warns and uses the defaults. */
export function checkServerEnv(env: Env = process.env, log: (message: string) => void = console.warn): ServerEnv {
  const { env: parsed, problems } = readServerEnv(env);
  if (problems.length === 0) return parsed;
  if (env.NODE_ENV === "production") throw new UnsafeEnvironmentError(problems);
  log(`[env] ignoring unusable settings (a production server would refuse to start):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return parsed;
}

/**
 * Stops the server process. Throwing from instrumentation is not enough: Next.js logs it and keeps
 * listening, answering every request with a 500.
 */
export function refuseToStart(message: string): never {
  console.error(`[security] ${message}`);
  process.exit(1);
}
