import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { appointment, book, clientWithCourse, countFreeSlots, drawer, openDay, payConfirmingEarly, randomWord, salonMinuteNow, salonOpenToday, today, visitLine } from "./front-desk-kit";

// The journal export: a manager sells a course and redeems a session of it today, then downloads the
// day's journal as a Xero manual journal file and checks every journal in it balances; and sets the
// code of an account.

const COURSE = "6 × Laser underarm";
const SERVICE = "Laser underarm";

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1440, height: 900 } });

async function shots(page: Page, name: string) {
  const dir = process.env.SCREENS_DIR ?? "test-results/screens";
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${dir}/journal-${name}-${size.width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The CSV's rows as cells (no cell of ours holds a comma or a quote). */
function rows(csv: string): string[][] {
  return csv.trimEnd().split("\r\n").map((r) => r.split(","));
}

test("a manager downloads the day's journal after a course sale and a redemption: every journal balances", async ({ page, loginAs }) => {
  test.skip(!salonOpenToday(), "Checkout happens on the day of the visit; the demo salon is closed today.");
  await loginAs(page, "manager");
  const date = today();
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);
  const now = salonMinuteNow();
  const when = (await countFreeSlots(page, { from: now + 45, service: SERVICE })) >= 1 ? { from: now + 45 } : { before: now + 15 };
  const slot = await book(page, client, { service: SERVICE, circle: { n: 1, of: 6 } }, when);
  await appointment(page, client, SERVICE, slot.time).click();
  await drawer(page, "Appointment").getByRole("link", { name: "Check out" }).click();
  await expect(page.getByRole("heading", { name: `Check out — ${client.name}`, level: 1 })).toBeVisible();
  await visitLine(page, SERVICE, slot.time).check();
  await payConfirmingEarly(page);

  await page.goto(`/manager/reports/journal?from=${date}&to=${date}`);
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  const summary = page.getByRole("table", { name: /^Debits and credits per account/ });
  await expect(summary.getByRole("rowheader", { name: "Course liability (income in advance)" })).toBeVisible();
  const total = summary.getByRole("row", { name: /^Total/ });
  const cells = await total.getByRole("cell").allTextContents();
  // Debit and credit totals are the same; the net is nothing.
  expect(cells[1]).toBe(cells[2]);
  expect(cells[3]).toBe("£0.00");
  const entries = page.getByRole("table", { name: /^Journal entries/ });
  await expect(entries.getByRole("rowheader", { name: /Courses sold/ })).toBeVisible();
  await expect(entries.getByRole("rowheader", { name: /Course sessions redeemed/ })).toBeVisible();
  await shots(page, "day");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`journal-${date}-to-${date}.csv`);
  const [header, ...lines] = rows(fs.readFileSync((await download.path())!, "utf8"));
  expect(header).toEqual(["*Narration", "*Date", "Description", "*AccountCode", "*TaxRate", "*Amount", "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2"]);
  const ukDate = `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
  const byJournal = new Map<string, number>();
  for (const [narration, day, , code, taxRate, amount] of lines) {
    expect(day).toBe(ukDate);
    expect(code).toMatch(/^[A-Za-z0-9]/);
    expect(taxRate).toBe("No VAT");
    expect(amount).toMatch(/^-?\d+\.\d\d$/);
    byJournal.set(narration, (byJournal.get(narration) ?? 0) + Math.round(Number(amount) * 100));
  }
  // Debits (positive) equal credits (negative) in every journal, hence in the file.
  for (const [narration, net] of byJournal) expect(net, narration).toBe(0);
  expect([...byJournal.keys()]).toEqual(expect.arrayContaining([`Salon journal ${date}: Courses sold`, `Salon journal ${date}: Course sessions redeemed`]));
  // The course was sold into the course liability (credit) and its session released from it (debit).
  const liability = lines.filter((l) => l[3] === "815");
  expect(liability.some((l) => l[0].endsWith("Courses sold") && Number(l[5]) < 0)).toBe(true);
  expect(liability.some((l) => l[0].endsWith("Course sessions redeemed") && Number(l[5]) > 0)).toBe(true);
});

test("a manager sets an account code: a bad one is refused with a reason, a good one is used by the journal", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/manager/settings/accounts");
  await expect(page.getByRole("heading", { level: 1, name: "Account codes" })).toBeVisible();
  const field = page.getByRole("textbox", { name: "Card takings clearing" });
  await expect(field).toHaveValue("601");

  await field.fill("1,200");
  await page.getByRole("button", { name: "Save account codes" }).click();
  await expect(field).toHaveAccessibleDescription(/no commas or quotes/);
  await expect(page.getByRole("alert").filter({ hasText: "One thing needs fixing" })).toBeVisible();
  await shots(page, "account-codes-refused");

  const code = `C${randomWord(4).toUpperCase()}`;
  await field.fill(code);
  await page.getByRole("button", { name: "Save account codes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account codes saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Card takings clearing" })).toHaveValue(code);

  await page.getByRole("link", { name: "Journal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  // Put the default back for whoever comes next.
  await page.goto("/manager/settings/accounts");
  await page.getByRole("textbox", { name: "Card takings clearing" }).fill("601");
  await page.getByRole("button", { name: "Save account codes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account codes saved." })).toBeVisible();
});
