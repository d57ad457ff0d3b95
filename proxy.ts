import { NextResponse, type NextRequest } from "next/server";
import { isActionRequest, refuseBadActionBody } from "@/lib/actions/request-body";
import { isPublicPath, loginPath, PATHNAME_HEADER, SESSION_COOKIE } from "@/lib/auth/routing";
import {
  contentSecurityPolicy,
  forwardedForSeenByProxy,
  makeNonce,
  SEEN_FORWARDED_FOR_HEADER,
  trustedForwardedFor,
} from "@/lib/auth/security-headers";

/**
 * Optimistic only: a request for an app page without a session cookie goes straight to the sign-in
 * page. Whether the cookie is valid, and what the person may see, is decided by requireStaff() in
 * the page (lib/auth/guard.ts) — the proxy is not security.
 *
 * Before all that, a server action's body is checked (size, and that it can be read at all).
 *
 * It also sets the page's Content-Security-Policy with a fresh nonce (Next.js reads it from the
 * request and puts the nonce on its scripts) and decides which client address to believe.
 * The other security headers are in next.config.ts.
 */
export function proxy(request: NextRequest): NextResponse | Promise<Response> {
  // A server action's body is checked before Next.js parses it: too large or unreadable gets a 413 /
  // 400 with words, where Next.js would answer 500 (lib/actions/request-body.ts).
  if (isActionRequest(request.method, request.headers)) {
    return refuseBadActionBody(request).then((refused) => refused ?? pass(request));
  }
  return pass(request);
}

function pass(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const search = new URLSearchParams(request.nextUrl.search);
  search.delete("_rsc");
  const query = search.toString();
  const path = query ? `${pathname}?${query}` : pathname;

  // A server action answers for itself ("Your session has ended…"); a redirect would break its response.
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (!isPublicPath(pathname) && !isServerAction && !request.cookies.has(SESSION_COOKIE)) {
    return NextResponse.redirect(new URL(loginPath(path), request.url));
  }

  const csp = contentSecurityPolicy(makeNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, path);
  headers.set("content-security-policy", csp);

  // Without a trusted proxy in front, a client-sent X-Forwarded-For is dropped and Next fills in
  // the socket's address, so the per-address sign-in limit cannot be dodged by making one up.
  const trustProxy = process.env.TRUST_PROXY === "1";
  const forwardedFor = request.headers.get("x-forwarded-for");
  const forwarded = trustedForwardedFor(forwardedFor, trustProxy);
  if (forwarded) headers.set("x-forwarded-for", forwarded);
  else headers.delete("x-forwarded-for");
  headers.delete("x-real-ip");
  // What the proxy saw, for the one-time warning about an X-Forwarded-For nobody said to trust
  // (warnForwardedForWithoutTrust, from server code: only there can it be told from Next's own).
  const seen = forwardedForSeenByProxy(forwardedFor, trustProxy);
  if (seen) headers.set(SEEN_FORWARDED_FOR_HEADER, seen);
  else headers.delete(SEEN_FORWARDED_FOR_HEADER);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything except Next's own files and public files (anything with an extension, e.g. /favicon.ico).
  matcher: ["/((?!_next/|favicon\\.ico$|.*\\.[A-Za-z0-9]+$).*)"],
};
