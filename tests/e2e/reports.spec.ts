import fs from "node:fs";
import { expect, test } from "./fixtures";

test("a manager sees the daily sales as a chart and a table and downloads them as CSV", async ({ page, loginAs }) => {
  await page.goto("/login");
  await loginAs(page, "manager");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Daily sales" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("img", { name: /^Daily sales, / })).toBeVisible();
  const table = page.getByRole("table", { name: /^Daily sales by kind/ });
  await expect(table.getByRole("columnheader", { name: "Courses & packages" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Total" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/reports-sales.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sales-\d{4}-\d{2}-01-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("Date,Services,Courses & packages,Other,Refunds,Voids,Total");
  expect(csv).toMatch(/\r\nTotal,-?\d+\.\d{2},/);

  await page.getByRole("link", { name: "Course liability" }).click();
  await expect(page.getByRole("table", { name: /^Course liability per course/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/reports-liability.png", fullPage: true });
});

test("reversed dates are swapped with a message, never an error page", async ({ page, loginAs }) => {
  await page.goto("/login");
  await loginAs(page, "manager");
  await page.goto("/manager/reports?from=2026-10-31&to=2026-10-01");
  await expect(page.getByRole("status").filter({ hasText: "swapped" })).toBeVisible();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-10-01");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2026-10-31");
});

test("the front desk is told reports are for managers", async ({ page, loginAs }) => {
  await page.goto("/login");
  await loginAs(page, "frontdesk");
  await page.goto("/manager/reports");
  await expect(page.getByRole("heading", { name: "Managers only" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/reports-front-desk.png", fullPage: true });
  const res = await page.request.get("/manager/reports/sales/csv?from=2026-11-01&to=2026-11-02");
  expect(res.status()).toBe(403);
});
