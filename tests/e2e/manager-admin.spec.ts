import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";
import { drawer, freeSlot, futureDay, openDay } from "./front-desk-kit";

// Manager → Services and Staff, and who may open Salon settings. Names carry a random suffix so reruns
// against one database don't clash; each test stands alone. Changing the salon-wide settings is in
// salon-settings.spec.ts, run after every other test (it would pull the rug from under the others).
// The machine is shared: give a loaded build room, without any fixed sleeps.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const suffix = Math.random().toString(36).slice(2, 7);
const SERVICE = `E2E scalp ritual ${suffix}`;
const STAFF = `E2E Nina ${suffix}`;

// Other specs' runs clear test-results/; SCREENS_DIR keeps a copy elsewhere for looking at.
const SCREENS = process.env.SCREENS_DIR ?? "test-results/screens";

/** Full-page shots, or the viewport only where a sticky bar would be drawn mid-page. */
async function shots(page: Page, name: string, fullPage = true) {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENS}/manager-admin-${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("a manager adds a service, and it is offered in the calendar's drawer", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/manager/services");
  await expect(page.getByRole("heading", { name: "Services", level: 1 })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /^Hair/ })).toBeVisible();
  await shots(page, "services");

  await page.getByRole("link", { name: "Add service" }).first().click();
  await expect(page.getByRole("heading", { name: "Add service" })).toBeVisible();
  await page.getByRole("button", { name: "Save service" }).click();
  await expect(page.getByText("Give the service a name.")).toBeVisible();
  await expect(page.getByLabel("Name")).toBeFocused();

  // A name the category already has is refused beside the field.
  await page.getByLabel("Name").fill("blow-dry");
  await page.getByLabel("Category").selectOption({ label: "Hair" });
  await page.getByLabel("Price", { exact: true }).fill("-4");
  await expect(page.getByText("The price can't be negative.")).toBeVisible();
  await page.getByLabel("Price", { exact: true }).fill("40");
  await page.getByRole("button", { name: "Save service" }).click();
  await expect(page.getByText("Hair already has a service called “Blow-dry”. Choose another name.")).toBeVisible();

  await page.getByLabel("Name").fill(SERVICE);
  await page.getByLabel("Duration").selectOption({ label: "45 min" });
  await page.getByRole("checkbox", { name: "Bookable online" }).uncheck();
  await shots(page, "service-form");
  await page.getByRole("button", { name: "Save service" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${SERVICE}”` })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(SERVICE) });
  await expect(row).toContainText("45 min");
  await expect(row).toContainText("£40.00");
  await expect(row).toContainText("Desk only");
  await expect(row).toContainText("Active");

  // A new price: the form says what it does not change.
  await row.getByRole("link", { name: `Edit ${SERVICE}` }).click();
  await expect(page.getByText("courses already sold keep the price they were sold at")).toBeVisible();
  await page.getByLabel("Price", { exact: true }).fill("42.50");
  await page.getByRole("button", { name: "Save service" }).click();
  await expect(row).toContainText("£42.50");

  // The desk can book it at once.
  await openDay(page, futureDay(30));
  await (await freeSlot(page)).button.click();
  await expect(drawer(page).getByLabel("Service").locator("option", { hasText: `${SERVICE} ·` })).toHaveCount(1);
  await page.keyboard.press("Escape");

  // Deactivated: off the menu, and out of the drawer.
  await page.goto("/manager/services");
  await row.getByRole("button", { name: `Deactivate ${SERVICE}` }).click();
  await expect(row).toContainText("Inactive");
  await expect(row.getByRole("button", { name: `Reactivate ${SERVICE}` })).toBeVisible();
});

test("a manager adds a staff member, who appears in the calendar, and cannot demote themselves", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/manager/staff");
  await expect(page.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();
  const me = page.getByRole("row", { name: /Sophie Turner/ });
  await expect(me).toContainText("(you)");
  await expect(me.getByRole("button", { name: /Deactivate/ })).toHaveCount(0);
  await shots(page, "staff");

  await page.getByRole("link", { name: "Add staff member" }).first().click();
  await page.getByLabel("Name").fill(STAFF);
  await page.getByLabel("Sign-in email").fill("manager@demo.salon");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Add staff member" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill("nina-password-2026");
  await page.getByRole("radio", { name: "Teal" }).check();
  await page.getByRole("button", { name: "Add staff member" }).click();
  await expect(page.getByText("Sophie Turner already signs in with manager@demo.salon. Each person needs their own email.")).toBeVisible();
  await page.getByLabel("Sign-in email").fill(`Nina.${suffix}@Demo.Salon`);
  await shots(page, "staff-form");
  await page.getByRole("button", { name: "Add staff member" }).click();

  await expect(page.getByRole("status").filter({ hasText: `Saved ${STAFF}` })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(STAFF) });
  await expect(row).toContainText(`nina.${suffix}@demo.salon`);
  await expect(row).toContainText("Front desk");
  await expect(row).toContainText("Teal");

  // A column in the calendar.
  await openDay(page, futureDay(31));
  await expect(page.getByRole("button", { name: `Book ${STAFF} at 10:00` })).toBeVisible();

  // One's own role and Active box are locked, with the reason.
  await page.goto("/manager/staff");
  await me.getByRole("link", { name: "Edit Sophie Turner" }).click();
  await expect(page.getByRole("radio", { name: "Front desk" })).toBeDisabled();
  await expect(page.getByRole("checkbox", { name: "Active" })).toBeDisabled();
  await expect(page.getByText("You can't deactivate your own account.")).toBeVisible();

  // Deactivating asks first, then takes them off the calendar.
  await page.goto("/manager/staff");
  await row.getByRole("button", { name: `Deactivate ${STAFF}` }).click();
  await row.getByRole("group", { name: `Deactivate ${STAFF}?` }).getByRole("button", { name: `Deactivate ${STAFF}` }).click();
  await expect(row).toContainText("Inactive");
  await openDay(page, futureDay(31));
  await expect(page.getByRole("button", { name: `Book ${STAFF} at 10:00` })).toHaveCount(0);
});

test("front desk is kept out of services, staff and settings", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  for (const path of ["/manager/services", "/manager/staff", "/manager/settings", "/manager/services/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Managers only" })).toBeVisible();
  }
});
