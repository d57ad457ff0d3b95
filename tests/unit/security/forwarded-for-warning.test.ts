import { NextRequest, type NextResponse } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import {
  FORWARDED_FOR_WITHOUT_TRUST_WARNING,
  forwardedForSeenByProxy,
  forwardedForWasSent,
  SEEN_FORWARDED_FOR_HEADER,
  warnForwardedForWithoutTrust,
} from "@/lib/auth/security-headers";
import { definePublicAction } from "@/lib/online-booking/public-action";
import { RateLimiter } from "@/lib/online-booking/rate-limit";
import { proxy } from "@/proxy";

// The request headers a server action reads through next/headers (the online booking's test below).
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

// Next.js fills a missing X-Forwarded-For with the socket's address before the proxy runs, and
// again for the page after the proxy removed it. So: the proxy passes on what it saw; server code
// compares it with what Next filled in. Different = the request brought its own header.

afterEach(() => {
  delete process.env.TRUST_PROXY;
  vi.restoreAllMocks();
});

/** The request headers a page or action would see: what the proxy passed on, then Next's own fill. */
function asServerSees(response: Response, socketAddress: string): Headers {
  const headers = new Headers();
  for (const name of response.headers.get("x-middleware-override-headers")?.split(",") ?? []) {
    headers.set(name, response.headers.get(`x-middleware-request-${name}`) ?? "");
  }
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", socketAddress);
  return headers;
}

const viaProxy = (headers: Record<string, string>) => proxy(new NextRequest("http://salon.test/login", { headers })) as NextResponse;
const WARNING_START = /^\[security\] requests carry X-Forwarded-For but TRUST_PROXY is not set: every client looks like one address/;

describe("the X-Forwarded-For without TRUST_PROXY warning", () => {
  it("tells a header the request brought from the one Next.js filled in", () => {
    // No header sent: Next filled the socket address before the proxy and fills the same again.
    expect(forwardedForWasSent(asServerSees(viaProxy({ "x-forwarded-for": "192.0.2.10" }), "192.0.2.10"))).toBe(false);
    // Sent by a client (or an undeclared proxy): the proxy saw it; the page sees the socket address.
    expect(forwardedForWasSent(asServerSees(viaProxy({ "x-forwarded-for": "203.0.113.7" }), "192.0.2.10"))).toBe(true);
    // A client cannot plant the proxy's note: it is overwritten, or removed when a proxy is trusted.
    expect(asServerSees(viaProxy({ "x-forwarded-for": "192.0.2.10", [SEEN_FORWARDED_FOR_HEADER]: "1.1.1.1" }), "192.0.2.10").get(SEEN_FORWARDED_FOR_HEADER)).toBe(
      "192.0.2.10",
    );
    process.env.TRUST_PROXY = "1";
    const trusted = asServerSees(viaProxy({ "x-forwarded-for": "203.0.113.7", [SEEN_FORWARDED_FOR_HEADER]: "1.1.1.1" }), "192.0.2.10");
    expect(trusted.get(SEEN_FORWARDED_FOR_HEADER)).toBeNull();
    expect(forwardedForSeenByProxy("203.0.113.7", true)).toBeNull();
    expect(forwardedForSeenByProxy(" ", false)).toBeNull();
  });

  it("warns once, the first time a request brought the header, and never again", () => {
    const warn = vi.fn();
    const flags = {};
    const sent = (address: string) => new Headers({ [SEEN_FORWARDED_FOR_HEADER]: address, "x-forwarded-for": "192.0.2.10" });
    expect(warnForwardedForWithoutTrust(new Headers({ "x-forwarded-for": "192.0.2.10" }), false, warn, flags)).toBe(false);
    expect(warnForwardedForWithoutTrust(new Headers({ [SEEN_FORWARDED_FOR_HEADER]: "192.0.2.10", "x-forwarded-for": "192.0.2.10" }), false, warn, flags)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    expect(warnForwardedForWithoutTrust(sent("203.0.113.7"), false, warn, flags)).toBe(true);
    for (let i = 0; i < 5; i++) expect(warnForwardedForWithoutTrust(sent(`203.0.113.${i}`), false, warn, flags)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(FORWARDED_FOR_WITHOUT_TRUST_WARNING);
    expect(FORWARDED_FOR_WITHOUT_TRUST_WARNING).toMatch(WARNING_START);
  });

  it("says nothing when the proxy is trusted", () => {
    const warn = vi.fn();
    const headers = new Headers({ [SEEN_FORWARDED_FOR_HEADER]: "203.0.113.7", "x-forwarded-for": "192.0.2.10" });
    expect(warnForwardedForWithoutTrust(headers, true, warn, {})).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it("the sign-in's address lookup warns through console.warn at most once per process", () => {
    // A fresh process, as far as the warning knows.
    delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for("salon.security.forwarded-for-without-trust")];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(clientAddress(asServerSees(viaProxy({ "x-forwarded-for": "192.0.2.10" }), "192.0.2.10"))).toBe("192.0.2.10");
    expect(warn).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) {
      // The made-up header is never used as the address.
      expect(clientAddress(asServerSees(viaProxy({ "x-forwarded-for": `203.0.113.${i}` }), "192.0.2.10"))).toBe("192.0.2.10");
    }
    expect(warn.mock.calls.filter(([m]) => WARNING_START.test(String(m)))).toHaveLength(1);
  });

  it("the online booking reads the caller's address the same way, so its requests warn too", async () => {
    delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for("salon.security.forwarded-for-without-trust")];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const addresses: string[] = [];
    const action = definePublicAction({ schema: z.object({}), limiter: new RateLimiter(20, 60_000) }, async (_input, { address }) => {
      addresses.push(address);
      return null;
    });
    request.headers = asServerSees(viaProxy({ "x-forwarded-for": "203.0.113.9" }), "192.0.2.10");
    expect(await action({})).toMatchObject({ ok: true });
    // The made-up header is never used as the address (it would reset the booking limit per request).
    expect(addresses).toEqual(["192.0.2.10"]);
    expect(warn.mock.calls.filter(([m]) => WARNING_START.test(String(m)))).toHaveLength(1);
  });
});
