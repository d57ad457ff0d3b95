import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// One story, in order: a manager defines three templates, front desk sells one, front desk is kept
// out of Manager → Courses. Names carry a random suffix so reruns against one database don't clash.
test.describe.configure({ mode: "serial" });

const suffix = Math.random().toString(36).slice(2, 7);
const LASER = `E2E laser ${suffix}`;
const PACKAGE = `E2E facial and massage ${suffix}`;
const MINUTES = `E2E sports minutes ${suffix}`;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/manager-courses-${name}.png`, fullPage: true });

/** Picks a service on a line by its name (the option also shows duration and price). */
async function chooseService(page: Page, line: number, service: string) {
  const select = page.getByRole("group", { name: `Line ${line}` }).getByLabel("Service");
  const value = await select.locator("option", { hasText: `${service} ·` }).first().getAttribute("value");
  await select.selectOption(value!);
}

async function save(page: Page, name: string) {
  await page.getByRole("button", { name: "Save course" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${name}”` })).toBeVisible();
  return page.getByRole("row", { name: new RegExp(name) });
}

test("a manager adds a sessions course, a package and a minutes course", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/manager/courses");
  await expect(page.getByRole("heading", { name: "Courses", level: 1 })).toBeVisible();

  // A sessions course, after one refusal.
  await page.getByRole("link", { name: "Add course" }).click();
  await expect(page.getByRole("heading", { name: "Add course" })).toBeVisible();
  await page.getByRole("button", { name: "Save course" }).click();
  await expect(page.getByText("Give the course a name.")).toBeVisible();
  await expect(page.getByLabel("Name")).toBeFocused();
  await page.getByLabel("Name").fill(LASER);
  await chooseService(page, 1, "Laser underarm");
  await page.getByRole("group", { name: "Line 1" }).getByLabel("Sessions").fill("6");
  await page.getByLabel("Price").fill("199");
  const preview = page.getByRole("region", { name: "Value preview" });
  await expect(preview).toContainText("£270.00"); // 6 × £45.00
  await expect(preview).toContainText("£71.00 (26%)");
  let row = await save(page, LASER);
  await expect(row).toContainText("6 × Laser underarm");
  await expect(row).toContainText("£270.00 → £199.00, save 26%");
  await expect(row).toContainText("12 months from purchase");
  await expect(row).toContainText("Active");

  // A package of two services, valid from the first session.
  await page.getByRole("link", { name: "Add course" }).click();
  await page.getByLabel("Name").fill(PACKAGE);
  await page.getByRole("radio", { name: "Package" }).check();
  await chooseService(page, 1, "Signature facial");
  await page.getByRole("group", { name: "Line 1" }).getByLabel("Sessions").fill("3");
  await chooseService(page, 2, "Back massage");
  await page.getByRole("group", { name: "Line 2" }).getByLabel("Sessions").fill("2");
  await page.getByLabel("Price").fill("225.00");
  await page.getByLabel("Valid for (months)").fill("6");
  await page.getByRole("radio", { name: "First session" }).check();
  await expect(preview).toContainText("£279.00"); // 3 × £65 + 2 × £42
  await expect(preview).toContainText("£54.00 (19%)");
  await shot(page, "package-form");
  row = await save(page, PACKAGE);
  await expect(row).toContainText("Package");
  await expect(row).toContainText("3 × Signature facial, 2 × Back massage");
  await expect(row).toContainText("6 months from first session");

  // A minutes course that never expires.
  await page.getByRole("link", { name: "Add course" }).click();
  await page.getByLabel("Name").fill(MINUTES);
  await page.getByRole("radio", { name: "Minutes" }).check();
  await chooseService(page, 1, "Sports massage");
  await page.getByRole("group", { name: "Line 1" }).getByLabel("Minutes").fill("300");
  await page.getByLabel("Price").fill("260");
  await page.getByLabel("Valid for (months)").fill("");
  await expect(page.getByRole("radio", { name: "First session" })).toBeDisabled();
  row = await save(page, MINUTES);
  await expect(row).toContainText("300 min Sports massage");
  await expect(row).toContainText("No expiry");
  await expect(row.getByRole("button", { name: `Deactivate ${MINUTES}` })).toBeVisible();
  await shot(page, "list");
});

test("front desk sells a course on the purchase screen", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await page.goto("/purchase");
  await expect(page.getByRole("heading", { name: "Purchase", level: 1 })).toBeVisible();
  await expect(page.getByRole("tab", { name: /Courses/, selected: true })).toBeVisible();

  await page.getByRole("button", { name: "Take payment" }).click();
  await expect(page.getByText("Choose the client.")).toBeVisible();

  await page.getByRole("combobox", { name: "Client", exact: true }).fill("son");
  const option = page.getByRole("option").first();
  await expect(option).toBeVisible();
  const client = (await option.locator("span").first().textContent())!.trim();
  await option.click();
  await expect(page.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(client);
  await expect(page.getByText("Choose the client.")).toHaveCount(0);

  await page.getByRole("radio", { name: LASER }).check();
  const payment = page.getByRole("region", { name: "Payment" });
  await expect(payment).toContainText("£199.00");
  await expect(payment).toContainText(/Expires \d{1,2} \w+ \d{4}/);
  await page.getByRole("radio", { name: "Cash" }).check();
  await shot(page, "purchase");
  await page.getByRole("button", { name: "Take payment" }).click();

  const confirmation = page.getByRole("status").filter({ hasText: "Sold" });
  await expect(confirmation).toContainText(`Sold ${LASER} to ${client} — £199.00 (cash)`);
  await expect(confirmation.getByRole("link", { name: "Open client card" })).toHaveAttribute("href", /^\/clients\/\d+$/);
  await expect(confirmation.getByRole("link", { name: "Book a session" })).toHaveAttribute("href", "/calendar");
  await shot(page, "sold");
  await confirmation.getByRole("button", { name: "Sell another" }).click();
  await expect(page.getByRole("button", { name: "Take payment" })).toBeVisible();
});

test("front desk is kept out of Manager → Courses", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await page.goto("/manager/courses");
  await expect(page.getByRole("heading", { name: "Managers only" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add course" })).toHaveCount(0);
  await shot(page, "front-desk-refused");
});
