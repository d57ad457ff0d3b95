import { warnForwardedForWithoutTrust } from "./security-headers";

/**
 * The address a request came from, for the per-(account, address) sign-in limit and the online
 * booking's per-address limit (lib/online-booking/public-action.ts): as proxy.ts left
 * X-Forwarded-For (the last hop our trusted proxy appended, or the socket address Next.js fills
 * in), its first entry. The first call that sees a request which brought an X-Forwarded-For of its
 * own while TRUST_PROXY is unset logs the one-time warning (lib/auth/security-headers.ts).
 */
export function clientAddress(requestHeaders: Headers): string {
  warnForwardedForWithoutTrust(requestHeaders, process.env.TRUST_PROXY === "1");
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || requestHeaders.get("x-real-ip") || "unknown").slice(0, 100);
}
