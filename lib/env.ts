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
  /** Where client emails go out (smtp:// or smtps://, credentials in the URL); null: kept, not sent. */
  smtpUrl: string | null;
  /** The sender's address ("bookings@salon.example"); null: no-reply@ the public host. */
  smtpFrom: string | null;
  /** The address clients reach the app at, for the links in their emails (no trailing slash). */
  publicBaseUrl: string;
  /** How often the message sender looks for work; 0 turns it off in this process. */
  messagePollMs: number;
  /** How long a message being sent is held before a restarted sender may send it again. */
  messageLeaseMs: number;
};

type Env = Record<string, string | undefined>;

const DEFAULT_DATABASE_URL = "file:./data/salon.db";
const MAX_SESSION_HOURS = 24 * 30;
export const DEFAULT_PUBLIC_BASE_URL = "http://localhost:3000";
export const DEFAULT_MESSAGE_POLL_MS = 5000;
/** How long a sender holds a message it is sending before another may take it (a crashed sender's). */
export const DEFAULT_MESSAGE_LEASE_MS = 60_000;
/** A plain address, as a mail server takes it in MAIL FROM: no name, no spaces, no angle brackets. */
const EMAIL_RE = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;

function flag(env: Env, name: string, problems: string[]): boolean {
  const value = env[name]?.trim();
  if (value === undefined || value === "") return false;
  if (value === "1" || value === "0") return value === "1";
  problems.push(`${name} must be 1 or 0 (it is "${value.slice(0, 20)}").`);
  return false;
}

/** The URL when it parses and has one of `protocols` ("smtp:"), else null. */
function urlWith(value: string, protocols: string[]): URL | null {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname ? url : null;
  } catch {
    return null;
  }
}

/** Whole milliseconds from `min` to `max` (or 0 when `zeroOff`); a set but unusable value is a problem. */
function millis(env: Env, name: string, fallback: number, min: number, max: number, zeroOff: boolean, problems: string[]): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const ms = Number(value);
  if (Number.isInteger(ms) && ((zeroOff && ms === 0) || (ms >= min && ms <= max))) return ms;
  problems.push(`${name} must be whole milliseconds from ${min} to ${max}${zeroOff ? ", or 0 to turn it off" : ""} (it is "${value.slice(0, 20)}").`);
  return fallback;
}

/** Mail settings: each is optional; one that is set must be usable (a typo must not silently stop the mail). */
function readMailEnv(env: Env, problems: string[]): Pick<ServerEnv, "smtpUrl" | "smtpFrom" | "publicBaseUrl" | "messagePollMs" | "messageLeaseMs"> {
  let smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !urlWith(smtpUrl, ["smtp:", "smtps:"])) {
    // Never echo the URL: it may hold the mail account's password.
    problems.push("SMTP_URL must be an smtp:// or smtps:// URL with a host (e.g. smtps://user:password@mail.example.com:465).");
    smtpUrl = null;
  }
  let smtpFrom = env.SMTP_FROM?.trim() || null;
  if (smtpFrom && !EMAIL_RE.test(smtpFrom)) {
    problems.push(`SMTP_FROM must be an email address such as bookings@salon.example (it is "${smtpFrom.slice(0, 40)}").`);
    smtpFrom = null;
  }
  let publicBaseUrl = DEFAULT_PUBLIC_BASE_URL;
  const base = env.PUBLIC_BASE_URL?.trim();
  if (base) {
    const url = urlWith(base, ["http:", "https:"]);
    if (url && !url.search && !url.hash) publicBaseUrl = base.replace(/\/+$/, "");
    else problems.push(`PUBLIC_BASE_URL must be the http:// or https:// address clients open the app at, without ? or # (it is "${base.slice(0, 40)}").`);
  }
  const messagePollMs = millis(env, "MESSAGE_POLL_MS", DEFAULT_MESSAGE_POLL_MS, 100, 3_600_000, true, problems);
  const messageLeaseMs = millis(env, "MESSAGE_LEASE_MS", DEFAULT_MESSAGE_LEASE_MS, 1000, 3_600_000, false, problems);
  return { smtpUrl, smtpFrom, publicBaseUrl, messagePollMs, messageLeaseMs };
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

  const mail = readMailEnv(env, problems);
  return { env: { databaseUrl, databaseAuthToken, sessionHours, cookieSecure, trustProxy, salonMode, ...mail }, problems };
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
