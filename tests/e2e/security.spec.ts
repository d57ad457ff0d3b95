import type { Page } from "@playwright/test";
import { PAGES, ROUTE_HANDLERS, urlFor, type Access } from "../integration/security/access-matrix";
import { futureDay } from "./front-desk-kit";
import { expect, test, type DemoRole } from "./fixtures";

// Every page of the authorization matrix (tests/integration/security/access-matrix.ts) visited as
// each role, the security headers, and the Content-Security-Policy on the busiest screens.

type Who = "anonymous" | DemoRole;
const mayOpen = (access: Access, who: Who) =>
  access === "public" || (who !== "anonymous" && (access === "FRONT_DESK" || who === "manager"));

/** Collects CSP violations the page reports (the event) and the browser logs (console). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test.describe("security headers", () => {
  test("pages carry a nonce CSP and the other headers; other responses the other headers", async ({ request }) => {
    const login = await request.get("/login");
    expect(login.status()).toBe(200);
    const h = login.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-powered-by"]).toBeUndefined();
    // The nonce in the header is the one on the page's scripts, and it changes every time.
    const nonce = /'nonce-([^']+)'/.exec(h["content-security-policy"])![1];
    expect(await login.text()).toContain(`nonce="${nonce}"`);
    expect((await request.get("/login")).headers()["content-security-policy"]).not.toContain(nonce);

    const health = await request.get("/api/health");
    expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("hand-made URLs never get a 500 or a stack trace", async ({ page, loginAs }) => {
    test.setTimeout(90_000);
    await loginAs(page, "manager");
    const urls = [
      "/no-such-page-here",
      "/clients/-1",
      "/clients/1e99",
      "/clients/99999999999999999999",
      "/clients/%00",
      "/sales/abc",
      "/sales/0",
      "/checkout/2147483648",
      "/manager/courses/999999999/edit",
      "/manager/client-courses/NaN",
      "/manager/staff/1.5/edit",
      "/calendar?date=2026-02-30",
      "/calendar?date=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "/calendar?date=2026-03-29",
      "/calendar?date=2026-10-25",
      "/manager/reports?from=2026-10-25&to=2026-03-29",
      "/manager/reports?report=%27%3B--&from=x",
      "/manager/reports/sales/csv?from=9999-99-99",
      "/book?service=-1&staff=%00&date=2026-03-29&at=2026-03-29T01:30:00Z",
      "/book/confirmed/%27%20OR%201%3D1--",
    ];
    for (const url of urls) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBeLessThan(500);
      expect(await response.text(), url).not.toMatch(/\bat \S+ \(\/|node_modules\/|SQLITE_|PrismaClient|Invalid `prisma/);
    }
    const missing = await page.goto("/no-such-page-here");
    expect(missing?.status()).toBe(404);
  });
});

test.describe("the Content-Security-Policy does not get in the app's way", () => {
  test("calendar and drawer, signed in", async ({ page, loginAs }) => {
    const violations = await watchCsp(page);
    await loginAs(page, "frontdesk");
    await page.goto(`/calendar?date=${futureDay(30)}`);
    await expect(page.getByRole("heading", { name: "Calendar" })).toBeVisible();
    // Opening the drawer needs the app's JavaScript: proof the scripts ran under the policy.
    await page.getByRole("button", { name: /^Book .+ at 1\d:\d\d$/ }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("online booking, not signed in", async ({ page }) => {
    test.skip(!PAGES["/book"], "no /book page yet");
    const violations = await watchCsp(page);
    await page.goto("/book");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.locator("main").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/book\?|\/book\//);
    expect(violations).toEqual([]);
  });
});

test.describe("every page as every role (authorization matrix)", () => {
  for (const who of ["anonymous", "frontdesk", "manager"] as const) {
    test(`as ${who}`, async ({ page, loginAs }) => {
      test.setTimeout(120_000);
      if (who !== "anonymous") await loginAs(page, who);
      for (const [pattern, entry] of Object.entries(PAGES)) {
        const url = urlFor(pattern, entry);
        await test.step(`${pattern} (${entry.access})`, async () => {
          const response = await page.goto(url);
          const allowed = mayOpen(entry.access, who);
          if (who === "anonymous" && !allowed) {
            await expect(page, `${url} should send a visitor to sign in`).toHaveURL(/\/login(\?|$)/);
          } else if (!allowed) {
            await expect(page.getByRole("heading", { name: "Managers only" }), `${url} is for managers`).toBeVisible();
            expect(response?.status(), `${url} as front desk`).toBe(403);
          } else {
            expect(response?.status(), `${url} as ${who}`).toBe(200);
            await expect(page.getByRole("heading", { name: "Managers only" })).toHaveCount(0);
            if (entry.access !== "public") await expect(page).not.toHaveURL(/\/login(\?|$)/);
          }
        });
      }
      for (const [pattern, entry] of Object.entries(ROUTE_HANDLERS)) {
        await test.step(`${pattern} (${entry.access})`, async () => {
          const response = await page.request.get(urlFor(pattern, entry), { maxRedirects: 0 });
          const allowed = mayOpen(entry.access, who);
          if (allowed) expect(response.status()).toBe(200);
          else if (who === "anonymous") expect([302, 303, 307, 401]).toContain(response.status());
          else expect(response.status()).toBe(403);
        });
      }
    });
  }
});
