import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath, loginPath, PATHNAME_HEADER, SESSION_COOKIE } from "@/lib/auth/routing";

/**
 * Optimistic only: a request for an app page without a session cookie goes straight to the sign-in
 * page. Whether the cookie is valid, and what the person may see, is decided by requireStaff() in
 * the page (lib/auth/guard.ts) — the proxy is not security.
 */
export function proxy(request: NextRequest) {
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

  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything except Next's own files and public files (anything with an extension, e.g. /favicon.ico).
  matcher: ["/((?!_next/|favicon\\.ico$|.*\\.[A-Za-z0-9]+$).*)"],
};
