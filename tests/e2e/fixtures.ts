import { expect, test as base, type Page } from "@playwright/test";

export type DemoRole = "manager" | "frontdesk";

/** Created by the demo seed (prisma/seed.ts). */
export const DEMO_PASSWORD = "demo-salon-2026";
export const DEMO_EMAILS: Record<DemoRole, string> = {
  manager: "manager@demo.salon",
  frontdesk: "frontdesk@demo.salon",
};

type Fixtures = {
  /** Signs in through the real login form and waits until the app has left /login. */
  loginAs: (page: Page, role: DemoRole) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  // Playwright reads the fixture's dependencies from this destructuring; this one needs none.
  // (The second parameter is not called `use`: the React hooks lint rule would take it for a hook.)
  loginAs: async ({}, provide) => {
    await provide(async (page, role) => {
      if (!new URL(page.url()).pathname.startsWith("/login")) await page.goto("/login");
      await page.getByLabel("Email", { exact: true }).fill(DEMO_EMAILS[role]);
      await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).not.toHaveURL(/\/login(\?|$)/);
    });
  },
});

export { expect };
