import { expect, test } from "./fixtures";

test("a manager is sent to sign in, signs in and sees the calendar", async ({ page, loginAs }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  await loginAs(page, "manager");

  await expect(page.getByRole("heading", { name: "Calendar" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/smoke-calendar.png", fullPage: true });
});
