import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addClientInDrawer, appointment, checkInConfirmingEarly, chooseService, drawer, freeSlot, futureDay, futureDayFor, openDay, sellCourse } from "./front-desk-kit";

// Accessibility checked by a machine: axe (WCAG 2.1 A and AA rules) on every staff page, the drawer in
// each of its states, the check-in prompt, checkout, the receipt and every /book step. Serious and
// critical findings fail the test; the message lists them with the elements they point at.
test.describe.configure({ timeout: 120_000 });

async function expectAccessible(page: Page, where: string) {
  // Judged at rest: nothing loading (a refreshing panel is faded on purpose), no transition running.
  // A refresh that starts while axe reads the page (the day re-read after a check-in, and the drawer's
  // courses with it) fades a panel for a moment: a finding must still be there on a second look.
  await expect(async () => {
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const said = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1] ?? ""}`).join("\n")}`);
    expect(said, `axe on ${where}`).toEqual([]);
  }).toPass({ intervals: [500, 1_000, 2_000], timeout: 15_000 });
}

test("staff pages, the drawer in each state, check-in, checkout and the receipt", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDayFor("Root tint", 17);
  await openDay(page, date);
  await expectAccessible(page, "the calendar");

  const slot = await freeSlot(page, { minutes: 60, service: "Root tint" });
  const client = await addClientInDrawer(page, slot);
  const lhd = drawer(page);
  await expectAccessible(page, "the new-appointment drawer with a client chosen");
  await chooseService(lhd, "Root tint");
  await expectAccessible(page, "the new-appointment drawer with a patch-test warning");
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();

  await sellCourse(page, client, "5 × Blow-dry");
  await expectAccessible(page, "purchase");
  await openDay(page, date);
  const booked = appointment(page, client, "Root tint", slot.time);
  await booked.click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByRole("button", { name: "Cancel appointment" })).toBeVisible();
  await expectAccessible(page, "the appointment drawer");
  await edit.getByRole("button", { name: "Cancel appointment" }).click();
  await expectAccessible(page, "the drawer asking to confirm a cancellation");
  await edit.getByRole("button", { name: "Keep appointment" }).click();
  await checkInConfirmingEarly(page, edit);
  await expectAccessible(page, "the drawer after check-in");
  await edit.getByRole("link", { name: "Check out" }).click();
  await expect(page.getByRole("region", { name: "Payment" })).toBeVisible();
  await expectAccessible(page, "checkout (a visit on a later day)");

  // The course sold above has its receipt.
  await page.goto(`/clients/${client.id}`);
  await page.getByRole("link", { name: /^Sale \d{6}$/ }).first().click();
  await expect(page.getByRole("article", { name: "Receipt" })).toBeVisible();
  await expectAccessible(page, "the receipt");

  for (const path of ["/clients", `/clients/${client.id}`, `/calendar/day-sheet?date=${date}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, path);
  }
});

test("the check-in prompt", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDayFor("Blow-dry", 18);
  await openDay(page, date);
  const slot = await freeSlot(page, { minutes: 45, service: "Blow-dry" });
  const client = await addClientInDrawer(page, slot);
  await chooseService(drawer(page), "Blow-dry");
  await drawer(page).getByRole("button", { name: "Save" }).click();
  await sellCourse(page, client, "5 × Blow-dry");
  await openDay(page, date);
  await appointment(page, client, "Blow-dry", slot.time).click();
  const edit = drawer(page, "Appointment");
  await checkInConfirmingEarly(page, edit);
  await expect(page.getByRole("dialog", { name: "Redeem service from course?" })).toBeVisible();
  await expectAccessible(page, "the check-in prompt");
});

test("manager pages", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  for (const path of ["/manager/courses", "/manager/client-courses", "/manager/services", "/manager/staff", "/manager/settings", "/manager/reports"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, path);
  }
  for (const report of ["Course liability", "Redemptions", "Expiring soon"]) {
    await page.getByRole("link", { name: report }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, `the ${report} report`);
  }
});

test("sign-in and every online booking step", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page, "sign-in");
  await page.goto("/book");
  await expect(page.getByRole("heading", { name: "Choose a treatment", level: 1 })).toBeVisible();
  await expectAccessible(page, "/book: treatments");
  await page.getByRole("link", { name: /^Blow-dry\b/ }).click();
  await expect(page.getByRole("heading", { name: "Who would you like?" })).toBeVisible();
  await expectAccessible(page, "/book: staff");
  await page.getByRole("link", { name: /^Anyone/ }).click();
  await expect(page.getByRole("heading", { name: "Choose a time", level: 1 })).toBeVisible();
  await page.getByLabel("Or pick a date").fill(futureDay(19));
  await page.getByRole("button", { name: "Show times" }).click();
  const times = page.getByRole("region", { name: /^Free times on / }).getByRole("link");
  await expect(times.first()).toBeVisible();
  await expectAccessible(page, "/book: times");
  await times.first().click();
  await expect(page.getByRole("heading", { name: "Your details", level: 1 })).toBeVisible();
  await expectAccessible(page, "/book: details");
});
