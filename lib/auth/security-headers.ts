/**
 * What proxy.ts adds to every page request: a Content-Security-Policy with a fresh nonce, and a
 * client address the sign-in rate limit can trust. No server-only imports: the proxy runs apart.
 */

/** A fresh, unguessable nonce for one response (16 random bytes, base64). */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy. Next.js puts this nonce on its own inline and external scripts when it renders
 * a page (it reads the policy from the request); 'strict-dynamic' lets those scripts load the
 * rest of the app's chunks and nothing else. Styles allow 'unsafe-inline' (React style attributes);
 * a style nonce would switch that off. Development adds 'unsafe-eval' for React's debugging tools.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The address a request came from, as the sign-in rate limit should see it. `X-Forwarded-For` is
 * whatever the browser sent unless a reverse proxy in front of the app rewrites it, and `next start`
 * keeps a value the client sent. So by default the header is dropped (Next then fills it with the
 * socket's address); with TRUST_PROXY=1 only the LAST entry is kept: the one our own proxy appended,
 * not the ones the client made up before it.
 */
export function trustedForwardedFor(headerValue: string | null, trustProxy: boolean): string | null {
  if (!trustProxy || !headerValue) return null;
  const hops = headerValue
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const last = hops.at(-1);
  return last && last.length <= 100 ? last : null;
}

export const FORWARDED_FOR_WITHOUT_TRUST_WARNING =
  "[security] requests carry X-Forwarded-For but TRUST_PROXY is not set: every client looks like one address " +
  "(the proxy's) to the sign-in and online-booking limits, so anyone's wrong passwords for an account slow " +
  "that account for everybody. If a reverse proxy in front of the app appends X-Forwarded-For, set TRUST_PROXY=1; " +
  "if there is none, a client is making the header up and it is ignored. (Said once per server process.)";

/**
 * Whether a client (or an undeclared proxy) sent X-Forwarded-For cannot be told in proxy.ts alone:
 * before the proxy runs, Next.js fills a missing X-Forwarded-For with the socket's address, so the
 * proxy always sees one. So the proxy passes on the value it saw in this header (only when no proxy
 * is trusted; it always overwrites or removes it, so a client cannot plant it) and drops
 * X-Forwarded-For; Next fills it again with the socket's address for the page or action. Server code
 * then compares the two (forwardedForWasSent): different means the request came with its own header.
 */
export const SEEN_FORWARDED_FOR_HEADER = "x-salon-proxy-saw-forwarded-for";

/** What proxy.ts passes on in SEEN_FORWARDED_FOR_HEADER (null: remove it). */
export function forwardedForSeenByProxy(headerValue: string | null, trustProxy: boolean): string | null {
  if (trustProxy || !headerValue?.trim()) return null;
  return headerValue.slice(0, 300);
}

/** In a page or action: did this request arrive with an X-Forwarded-For of its own? */
export function forwardedForWasSent(requestHeaders: Pick<Headers, "get">): boolean {
  const seen = requestHeaders.get(SEEN_FORWARDED_FOR_HEADER);
  return !!seen && seen !== requestHeaders.get("x-forwarded-for");
}

const WARNED = Symbol.for("salon.security.forwarded-for-without-trust");

/**
 * Warns the first time a request that carried X-Forwarded-For reaches server code while
 * TRUST_PROXY is unset, and never again in this server process (the flag lives on globalThis, so a
 * second bundle of this module in the same process stays quiet too). Returns whether it warned.
 * Tests pass their own flags.
 */
export function warnForwardedForWithoutTrust(
  requestHeaders: Pick<Headers, "get">,
  trustProxy: boolean,
  warn: (message: string) => void = console.warn,
  flags: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>,
): boolean {
  if (trustProxy || flags[WARNED] || !forwardedForWasSent(requestHeaders)) return false;
  flags[WARNED] = true;
  warn(FORWARDED_FOR_WITHOUT_TRUST_WARNING);
  return true;
}
