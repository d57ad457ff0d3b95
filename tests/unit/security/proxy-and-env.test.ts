import { NextRequest, type NextResponse } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { judgeDemoLogins } from "@/lib/auth/demo-logins";
import { contentSecurityPolicy, trustedForwardedFor } from "@/lib/auth/security-headers";
import { SESSION_COOKIE } from "@/lib/auth/routing";
import { checkServerEnv, readServerEnv, UnsafeEnvironmentError } from "@/lib/env";
import { proxy as proxyAnswer } from "@/proxy";

// These are all GETs, which the proxy answers at once (only a server-action POST waits for its body check).
const proxy = (request: NextRequest) => proxyAnswer(request) as NextResponse;

const signedIn = (url: string, headers: Record<string, string> = {}) =>
  new NextRequest(url, { headers: { cookie: `${SESSION_COOKIE}=t`, ...headers } });
/** The request headers the proxy passes on to the page (Next's override protocol). */
const passedOn = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

afterEach(() => {
  delete process.env.TRUST_PROXY;
});

describe("proxy: Content-Security-Policy", () => {
  it("sends a fresh nonce per page, to the browser and to Next (which puts it on its scripts)", () => {
    const a = proxy(signedIn("http://salon.test/calendar"));
    const b = proxy(signedIn("http://salon.test/calendar"));
    const policy = a.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(passedOn(a, "content-security-policy")).toBe(policy);
    expect(b.headers.get("content-security-policy")).not.toBe(policy);
  });

  it("never allows inline scripts without the nonce, and only development gets eval", () => {
    expect(contentSecurityPolicy("n")).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(contentSecurityPolicy("n", true)).toMatch(/script-src[^;]*'unsafe-eval'/);
  });
});

describe("proxy: the client address for the sign-in rate limit", () => {
  it("drops a made-up X-Forwarded-For when no proxy is trusted (Next fills in the socket address)", () => {
    const response = proxy(signedIn("http://salon.test/login", { "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }));
    const kept = response.headers.get("x-middleware-override-headers")!.split(",");
    expect(kept).not.toContain("x-forwarded-for");
    expect(kept).not.toContain("x-real-ip");
  });

  it("behind a trusted proxy keeps only the address that proxy saw (the last hop)", () => {
    process.env.TRUST_PROXY = "1";
    const response = proxy(signedIn("http://salon.test/login", { "x-forwarded-for": "1.2.3.4, 198.51.100.7" }));
    expect(passedOn(response, "x-forwarded-for")).toBe("198.51.100.7");
    expect(trustedForwardedFor("a, b ,c", true)).toBe("c");
    expect(trustedForwardedFor("1.2.3.4", false)).toBeNull();
  });
});

describe("environment", () => {
  it("starts with nothing set (the README quick start)", () => {
    expect(readServerEnv({ NODE_ENV: "production" })).toEqual({
      env: {
        databaseUrl: "file:./data/salon.db",
        sessionHours: 12,
        cookieSecure: false,
        trustProxy: false,
        salonMode: "auto",
        // No mail server: client emails are kept, not sent.
        smtpUrl: null,
        smtpFrom: null,
        publicBaseUrl: "http://localhost:3000",
        messagePollMs: 5000,
        messageLeaseMs: 60_000,
      },
      problems: [],
    });
    expect(() => checkServerEnv({ NODE_ENV: "production" })).not.toThrow();
  });

  it("refuses to start in production on a setting that is set but wrong; development warns and uses the default", () => {
    const bad = { SESSION_HOURS: "twelve", COOKIE_SECURE: "yes", DATABASE_URL: "libsql://salon.example.turso.io" };
    expect(() => checkServerEnv({ NODE_ENV: "production", ...bad })).toThrow(UnsafeEnvironmentError);
    expect(() => checkServerEnv({ NODE_ENV: "production", ...bad })).toThrow(/SESSION_HOURS[\s\S]*COOKIE_SECURE|COOKIE_SECURE[\s\S]*SESSION_HOURS/);
    const warnings: string[] = [];
    expect(checkServerEnv({ NODE_ENV: "development", ...bad }, (m) => warnings.push(m)).sessionHours).toBe(12);
    expect(warnings.join("")).toMatch(/DATABASE_AUTH_TOKEN/);
    // A local libSQL server needs no token.
    expect(readServerEnv({ DATABASE_URL: "http://127.0.0.1:8080" }).problems).toEqual([]);
  });

  it("takes mail settings that are usable and refuses the rest in production, never echoing a mail password", () => {
    const good = readServerEnv({
      SMTP_URL: " smtps://bookings:secret@mail.example.com:465 ",
      SMTP_FROM: "bookings@salon.example",
      PUBLIC_BASE_URL: "https://book.salon.example/",
      MESSAGE_POLL_MS: "500",
      MESSAGE_LEASE_MS: "1500",
    });
    expect(good.problems).toEqual([]);
    expect(good.env).toMatchObject({
      smtpUrl: "smtps://bookings:secret@mail.example.com:465",
      smtpFrom: "bookings@salon.example",
      publicBaseUrl: "https://book.salon.example",
      messagePollMs: 500,
      messageLeaseMs: 1500,
    });
    expect(readServerEnv({ MESSAGE_POLL_MS: "0" }).env.messagePollMs).toBe(0);

    const bad = { SMTP_URL: "http://user:secret@mail.example.com", SMTP_FROM: "Salon <x>", PUBLIC_BASE_URL: "book.salon.example", MESSAGE_POLL_MS: "5s" };
    const { env, problems } = readServerEnv(bad);
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/SMTP_URL must be an smtp:\/\/ or smtps:\/\//);
    expect(problems.join("\n")).not.toContain("secret");
    expect(env).toMatchObject({ smtpUrl: null, smtpFrom: null, publicBaseUrl: "http://localhost:3000", messagePollMs: 5000 });
    expect(() => checkServerEnv({ NODE_ENV: "production", ...bad })).toThrow(/SMTP_URL[\s\S]*SMTP_FROM[\s\S]*PUBLIC_BASE_URL[\s\S]*MESSAGE_POLL_MS/);
    expect(readServerEnv({ PUBLIC_BASE_URL: "https://salon.example/?x=1" }).problems).toHaveLength(1);
  });

  it("warns about the published demo password in production, refuses it for a real salon (SALON_DEMO=0)", () => {
    const open = ["manager@demo.salon"];
    expect(judgeDemoLogins("auto", true, open)).toMatchObject({ action: "warn" });
    expect(judgeDemoLogins("live", true, open)).toMatchObject({ action: "refuse", message: expect.stringContaining("manager@demo.salon") });
    expect(judgeDemoLogins("demo", true, open)).toEqual({ action: "ok" });
    expect(judgeDemoLogins("live", false, open)).toEqual({ action: "ok" });
    expect(judgeDemoLogins("live", true, [])).toEqual({ action: "ok" });
  });
});
