import fs from "node:fs";
import { format, parseISO } from "date-fns";
import { expect, test } from "./fixtures";
import { dayOffset } from "./front-desk-kit";

// The cash-up at close: a manager counts yesterday's drawer (a past day: no checkout by another test
// can change its cash meanwhile), is asked why it is short, and finds the count in the table and CSV.
test.describe.configure({ timeout: 90_000 });

const SCREENS = process.env.SCREENS_DIR ?? "test-results/screens";
const pounds = (text: string) => Math.round(Number(text.replace(/[£,]/g, "")) * 100);
const money = (minor: number) => (minor / 100).toFixed(2);

test("a cash-up with a variance, in the takings table and its CSV", async ({ page, loginAs }) => {
  const day = dayOffset(-1);
  const label = format(parseISO(day), "EEE d MMM");
  await loginAs(page, "manager");
  await page.goto(`/manager/reports/takings?from=${day}&to=${day}`);
  await expect(page.getByRole("heading", { name: "Takings and cash-up", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: new RegExp(`^(Count|Recount) cash for ${label}$`) }).click();
  const dialog = page.getByRole("dialog", { name: `Cash-up for ${label}` });
  const cash = pounds((await dialog.getByText(/The till took £[\d,.-]+ in cash/).textContent())!.match(/£([\d,.-]+)/)![1]);
  // £100 float; £5 less than the float plus the day's cash is in the drawer.
  const counted = 10_000 + cash - 500;
  await dialog.getByLabel("Float in the drawer").fill("100");
  await dialog.getByLabel("Cash counted").fill(money(counted));
  await expect(dialog.getByText("£5.00 short")).toBeVisible();
  await dialog.getByRole("button", { name: "Save count" }).click();
  await expect(dialog.getByText("The cash is £5.00 short: say why in the note (at least 3 characters).")).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/books-cash-up-dialog-1024.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await dialog.getByLabel("Note").fill("A £5 note given as change twice");
  await dialog.getByRole("button", { name: "Save count" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Cash for ${label} counted: £5.00 short.` })).toBeVisible();

  const row = page.getByRole("row", { name: new RegExp(`^${label}`) });
  await expect(row).toContainText("£5.00 short");
  await expect(row).toContainText(/\d\d:\d\d/); // who counted, and when
  await expect(page.getByRole("region", { name: "Notes and earlier counts" })).toContainText("A £5 note given as change twice");
  await page.screenshot({ path: `${SCREENS}/books-takings-1440.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`takings-${day}-to-${day}.csv`);
  const lines = fs.readFileSync((await download.path())!, "utf8").trim().split("\r\n");
  expect(lines[0]).toBe("Date,Sales,Card,Cash,Total,Float,Expected cash,Counted cash,Variance,Counted by,Note,Counts");
  const cells = lines[1].split(",");
  expect(cells[0]).toBe(day);
  expect(cells.slice(5, 9)).toEqual(["100.00", money(10_000 + cash), money(counted), "-5.00"]);
  expect(lines[2]).toMatch(/^Total,/);
});
