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
