import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";

const expect = baseExpect.configure({ timeout: 10_000 }); // a slow shared machine

// Manager → Client Courses, one story in order, on clients made here (a random suffix keeps reruns
// and other spec files on the same database apart): sell, edit a balance, extend, transfer, refund,
// each with a reason that shows in the history; used courses under "Used Courses" and grey on the card.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const suffix = Math.random().toString(36).slice(2, 7);
const GIVER = { first: "Erin", last: `Giver${suffix}` };
const TAKER = { first: "Tara", last: `Taker${suffix}` };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/client-courses-${name}.png`, fullPage: true });

async function addClient(page: Page, who: { first: string; last: string }) {
  await page.goto("/clients");
  const form = page.getByRole("form", { name: "Add client" });
  await form.getByLabel("First name").fill(who.first);
  await form.getByLabel("Last name").fill(who.last);
  await form.getByLabel("Email").fill(`${who.first}.${who.last}@example.com`.toLowerCase());
  await form.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByRole("heading", { name: `${who.first} ${who.last}`, level: 1 })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

async function sellFromCard(page: Page, cardUrl: string, course: string) {
  await page.goto(cardUrl);
  await page.getByRole("link", { name: "Sell a course" }).click();
  await page.getByRole("radio", { name: course, exact: true }).check();
  await page.getByRole("button", { name: "Take payment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sold" })).toContainText(`Sold ${course}`);
}

async function openCourse(page: Page, clientName: string, course: string, tab: "active" | "used" = "active") {
  await page.goto(`/manager/client-courses?${tab === "used" ? "tab=used&" : ""}q=${encodeURIComponent(clientName)}`);
  await page.getByRole("link", { name: `Open ${course} for ${clientName}` }).click();
  await expect(page.getByRole("heading", { name: course, level: 1 })).toBeVisible();
}

const history = (page: Page, course: string) => page.getByRole("list", { name: `History of ${course}` });

test("a manager edits a balance, extends, transfers and refunds, each with a reason in the history", async ({ page, loginAs }) => {
  const giver = `${GIVER.first} ${GIVER.last}`;
  const taker = `${TAKER.first} ${TAKER.last}`;
  await loginAs(page, "manager");
  const giverCard = await addClient(page, GIVER);
  await addClient(page, TAKER);
  await sellFromCard(page, giverCard, "6 × Laser underarm");

  // The list finds it by the client's name, on the Active tab.
  await page.goto(`/manager/client-courses?q=${encodeURIComponent(GIVER.last)}`);
  const row = page.getByRole("row", { name: new RegExp(giver) });
  await expect(row).toContainText("6 of 6 Laser underarm");
  await expect(row).toContainText("Active");
  await page.reload(); // the filter lives in the URL
  await expect(page.getByRole("searchbox", { name: "Client" })).toHaveValue(GIVER.last);
  await openCourse(page, giver, "6 × Laser underarm");

  // Edit the balance: refused without a reason, then saved.
  await page.getByRole("button", { name: "Edit remaining Laser underarm" }).click();
  const adjust = page.getByRole("dialog", { name: "Edit remaining Laser underarm" });
  await adjust.getByLabel("Remaining sessions").fill("8");
  await adjust.getByRole("button", { name: "Save remaining" }).click();
  await expect(adjust.getByText("Say why (at least 3 characters).")).toBeVisible();
  await adjust.getByLabel("Reason").fill("Goodwill: two sessions missed for illness");
  await adjust.getByRole("button", { name: "Save remaining" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Remaining changed to 8" })).toBeVisible();
  await expect(adjust).toBeHidden();
  const log = history(page, "6 × Laser underarm");
  await expect(log).toContainText("Remaining Laser underarm increased by 2 sessions");
  await expect(log).toContainText("Reason: Goodwill: two sessions missed for illness");
  await expect(log).toContainText("by Sophie Turner");

  // Extend the expiry.
  await page.getByRole("button", { name: "Extend expiry" }).click();
  const extend = page.getByRole("dialog", { name: "Extend 6 × Laser underarm" });
  await extend.getByLabel("New expiry").fill("2030-12-31");
  await extend.getByLabel("Reason").fill("Long stay abroad");
  await extend.getByRole("button", { name: "Extend expiry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Expiry extended to Tue 31 Dec 2030" })).toBeVisible();
  await expect(log).toContainText("Expiry extended to Tue 31 Dec 2030");
  await expect(log).toContainText("Reason: Long stay abroad");

  // Transfer what is left to the other client.
  await page.getByRole("button", { name: "Transfer" }).click();
  const transfer = page.getByRole("dialog", { name: "Transfer 6 × Laser underarm" });
  await expect(transfer).toContainText("8 sessions of Laser underarm");
  await transfer.getByRole("combobox", { name: "Transfer to" }).fill(TAKER.last);
  await transfer.getByRole("option", { name: new RegExp(taker) }).click();
  await transfer.getByLabel("Reason").fill("Given to her sister");
  await transfer.getByRole("button", { name: "Transfer" }).click();
  const moved = page.getByRole("status").filter({ hasText: `now ${taker}’s course` });
  await expect(moved).toBeVisible();
  await expect(log).toContainText(`Transferred 8 sessions of Laser underarm to ${taker}`);
  await expect(log).toContainText("Reason: Given to her sister");
  await expect(page.getByRole("region", { name: "Balance" }).getByText("Transferred", { exact: true })).toBeVisible();
  await shot(page, "transferred");

  // Refund the transferred-in course: at most the value carried over.
  const giverCourseUrl = page.url();
  await moved.getByRole("link", { name: "Open the new course" }).click();
  await expect(page).not.toHaveURL(giverCourseUrl);
  await expect(page.getByText(`${taker}’s course, bought`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveCount(0);
  await page.getByRole("button", { name: "Refund" }).click();
  const refund = page.getByRole("dialog", { name: "Refund 6 × Laser underarm" });
  const amount = refund.getByLabel("Amount to refund");
  await expect(amount).toHaveValue("199.00");
  await expect(refund.getByText("= £199.00", { exact: true })).toBeVisible();
  // A comma for pence is refused as the manager types, not read as £150.
  await amount.fill("1,50");
  await expect(refund.getByText("Use a point for pence: 1.50", { exact: true })).toBeVisible();
  await refund.getByLabel("Reason").fill("Client moved abroad");
  await refund.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(refund.getByText("Use a point for pence: 1.50", { exact: true })).toBeVisible();
  await expect(refund).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Refunded." })).toHaveCount(0);
  await amount.fill("250");
  await expect(refund.getByText("= £250.00", { exact: true })).toBeVisible();
  await refund.getByRole("button", { name: "Refund £250.00" }).click();
  await expect(refund.getByText("At most £199.00.", { exact: true })).toBeVisible();
  await amount.fill("150");
  await refund.getByRole("radio", { name: "Cash" }).check();
  await shot(page, "refund-dialog");
  await refund.getByRole("button", { name: "Refund £150.00" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Refunded." })).toBeVisible();
  const takerLog = history(page, "6 × Laser underarm");
  await expect(takerLog).toContainText("Refunded £150.00");
  await expect(takerLog).toContainText("Paid back by cash");
  await expect(takerLog).toContainText("Reason: Client moved abroad");
  await expect(takerLog).toContainText(`Transferred in from ${giver}`);
  await expect(page.getByRole("button", { name: "Refund" })).toHaveCount(0);
  await shot(page, "refunded");
});

test("a used course shows under Used Courses and grey on the client card", async ({ page, loginAs }) => {
  const giver = `${GIVER.first} ${GIVER.last}`;
  await loginAs(page, "manager");
  await page.goto(`/clients?q=${encodeURIComponent(GIVER.last)}`);
  await page.getByRole("link", { name: new RegExp(giver) }).click();
  await expect(page.getByRole("heading", { name: giver, level: 1 })).toBeVisible();
  const cardUrl = page.url();
  await sellFromCard(page, cardUrl, "6 × Laser upper lip");
  await openCourse(page, giver, "6 × Laser upper lip");
  await page.getByRole("button", { name: "Edit remaining Laser upper lip" }).click();
  const adjust = page.getByRole("dialog", { name: "Edit remaining Laser upper lip" });
  await adjust.getByLabel("Remaining sessions").fill("0");
  await adjust.getByLabel("Reason").fill("Sessions used at our other branch");
  await adjust.getByRole("button", { name: "Save remaining" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Remaining changed to 0" })).toBeVisible();

  // Not on the Active tab any more; under Used Courses, filtered to "Used up".
  await page.goto(`/manager/client-courses?q=${encodeURIComponent(GIVER.last)}`);
  await expect(page.getByRole("row", { name: /Laser upper lip/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Used Courses/ }).click();
  await expect(page).toHaveURL(/tab=used/);
  await page.getByLabel("Status").selectOption({ label: "Used up" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=used/);
  await expect(page.getByRole("row", { name: /6 × Laser upper lip/ })).toContainText("Used up");
  await expect(page.getByRole("row", { name: /6 × Laser underarm/ })).toHaveCount(0);
  await shot(page, "used-tab");

  // Grey on the card, both the used-up and the transferred course, with their history.
  await page.goto(cardUrl);
  const used = page.getByRole("listitem", { name: "6 × Laser upper lip, Used up" });
  const transferred = page.getByRole("listitem", { name: "6 × Laser underarm, Transferred" });
  for (const course of [used, transferred]) {
    await expect(course.locator("div").first()).toHaveCSS("filter", /grayscale/);
  }
  await used.getByText("History").click();
  await expect(used.getByRole("list", { name: "History of 6 × Laser upper lip" })).toContainText("Reason: Sessions used at our other branch");
  await shot(page, "card-grey");

  // Refunding the used-up course suggests £0.00, its unused value; more needs a reason of its own.
  await openCourse(page, giver, "6 × Laser upper lip", "used");
  await page.getByRole("button", { name: "Refund" }).click();
  const refund = page.getByRole("dialog", { name: "Refund 6 × Laser upper lip" });
  const amount = refund.getByLabel("Amount to refund");
  await expect(amount).toHaveValue("0.00");
  const whyMore = refund.getByLabel("Why refund more than the unused value?");
  await expect(whyMore).toHaveCount(0);
  await amount.fill("20");
  await refund.getByLabel("Reason", { exact: true }).fill("Unhappy with the results");
  await refund.getByRole("button", { name: "Refund £20.00" }).click();
  await expect(refund.getByText("Say why you are refunding £20.00, more than the unused value of £0.00.")).toBeVisible();
  await whyMore.fill("Burn from the laser, goodwill");
  await shot(page, "refund-above-unused");
  await refund.getByRole("button", { name: "Refund £20.00" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Refunded." })).toBeVisible();
  await expect(history(page, "6 × Laser upper lip")).toContainText(
    "Reason: Unhappy with the results — £20.00 above the unused value £0.00: Burn from the laser, goodwill",
  );
});

test("front desk is told Client Courses is for managers", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await page.goto("/manager/client-courses");
  await expect(page.getByRole("heading", { name: "Managers only" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.goto("/manager/client-courses/1");
  await expect(page.getByRole("heading", { name: "Managers only" })).toBeVisible();
});
