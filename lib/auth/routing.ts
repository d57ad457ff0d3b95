/**
 * Names and paths shared by proxy.ts, the guard and the sign-in page. No server-only imports here:
 * the proxy runs apart from the app and must not pull in the database.
 */
export const SESSION_COOKIE = "salon_session";
/** Set by proxy.ts on every request it lets through, so the guard can send people back after signing in. */
export const PATHNAME_HEADER = "x-pathname";
export const HOME_PATH = "/calendar";
export const LOGIN_PATH = "/login";

/** Reachable without signing in (the proxy lets them through; pages under them do their own checks). */
export const PUBLIC_PATHS = [LOGIN_PATH, "/book", "/api/health"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** Where to go after signing in. Only same-site relative paths are accepted: no open redirects. */
export function safeNextPath(value: unknown, fallback = HOME_PATH): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  // "/x" only: not "//evil.example" or "/\evil.example", no control characters, not the sign-in page itself.
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  if (isPublicPath(value.split(/[?#]/)[0])) return fallback;
  return value;
}

/** The sign-in page, remembering where the visitor was going. */
export function loginPath(next?: string | null): string {
  const safe = safeNextPath(next, "");
  return safe && safe !== "/" ? `${LOGIN_PATH}?next=${encodeURIComponent(safe)}` : LOGIN_PATH;
}
