import { expect as baseExpect, test } from "./fixtures";

// Money boxes say what they understood as the manager types ("= £1,499.99"), and a comma for pence
// ("149,99") is refused with the fix, never read as £14,999. Nothing is saved here.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const SCREENS = process.env.SCREENS_DIR ?? "test-results/screens";

test("the service form's price says what it understood, and refuses a comma for pence", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/manager/services/new");
  await expect(page.getByRole("heading", { name: "Add service" })).toBeVisible();
  const price = page.getByLabel("Price", { exact: true });
  await price.fill("1,499.99");
  await expect(page.getByText("= £1,499.99", { exact: true })).toBeVisible();
  await price.fill("149,99");
  await expect(page.getByText("Use a point for pence: 149.99", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/money-entry-service-price-refused.png` });

  // Saving shows the same words as the field's error, once; a name in direction characters is refused too.
  await page.getByLabel("Name").fill("\u202egel manicure");
  await page.getByRole("button", { name: "Save service" }).click();
  await expect(page.getByText("Use a point for pence: 149.99", { exact: true })).toHaveCount(1);
  await expect(price).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Names can't contain control or direction characters.")).toBeVisible();
  await page.getByLabel("Name").fill("2026");
  await expect(page.getByText("Enter a name with at least one letter.")).toBeVisible();
  await price.fill("149.99");
  await expect(page.getByText("= £149.99", { exact: true })).toBeVisible();
  await expect(price).not.toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: `${SCREENS}/money-entry-service-price.png` });
});

test("the course form's price says what it understood beside the value preview", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/manager/courses/new");
  await expect(page.getByRole("heading", { name: "Add course" })).toBeVisible();
  const price = page.getByLabel("Price", { exact: true });
  await price.fill("1,200");
  await expect(page.getByText("= £1,200.00", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Value preview" })).toContainText("£1,200.00");
  await price.fill("1200,5");
  await expect(page.getByText("Use a point for pence: 1200.5", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Value preview" })).not.toContainText("£12,005");
  await page.screenshot({ path: `${SCREENS}/money-entry-course-price.png`, fullPage: true });
});
