import { defineConfig } from "@playwright/test";

// Browser tests run against the BUILT app on its own database (scripts/e2e-server.ts).
// Browsers are never downloaded: Debian's Chromium is used (apt-get install chromium).
const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--lang=en-GB",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};
/** Specs that change salon-wide settings: run after all the others (see projects). */
const SALON_WIDE = /salon-settings\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: "list",
  use: {
    baseURL,
    timezoneId: "Europe/London",
    locale: "en-GB",
    viewport: { width: 1440, height: 900 },
    screenshot: "only-on-failure",
    // No slide-in transitions: a box measured mid-animation is not where the element ends up.
    contextOptions: { reducedMotion: "reduce" },
  },
  // Two projects over one server and database. "salon-settings" changes salon-wide settings that
  // the other specs rely on (opening hours, the no-show policy, the booking horizon), so it runs
  // only after every test of "chromium" has finished, never beside them, and restores what it
  // changed. `npx playwright test` runs both; a file filter on salon-settings.spec.ts runs
  // "chromium" first too (its dependency) unless --no-deps is given.
  projects: [
    { name: "chromium", testIgnore: SALON_WIDE, use: chromium },
    { name: "salon-settings", testMatch: SALON_WIDE, dependencies: ["chromium"], use: chromium },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
  },
});
