import { expect, test } from "./fixtures";
import {
  appointment,
  book,
  checkoutEarlyPanel,
  circle,
  clientWithCourse,
  countFreeSlots,
  drawer,
  openDay,
  salonMinuteNow,
  salonOpenToday,
  shot,
  today,
  visitLine,
} from "./front-desk-kit";

// Checkout: the visit screen charges the single service, redeems the course session at no charge,
// and a double click on "Take payment" records one sale. The circle is red afterwards.

const COURSE = "6 × Laser underarm";
const SERVICE = "Laser underarm";
const SINGLE = "Laser upper lip";

// Each test makes its own client and sells its own course through the UI: that takes a while.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: process.env.DESK_VIEWPORT === "small" ? { width: 1024, height: 768 } : { width: 1440, height: 900 } });

test("checkout redeems the course session once and charges the single, even on a double click", async ({ page, loginAs }) => {
  test.skip(!salonOpenToday(), "Checkout happens on the day of the visit; the demo salon is closed today.");
  await loginAs(page, "frontdesk");
  const date = today();
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);
  // Both appointments well after now (checking them out asks "Check out early?" first), or, late in
  // the day, both started or about to: never near the 30-minute line, so the test knows which.
  const now = salonMinuteNow();
  const early = (await countFreeSlots(page, { from: now + 45, service: SERVICE })) >= 2;
  const when = early ? { from: now + 45 } : { before: now + 15 };
  const courseSlot = await book(page, client, { service: SERVICE, circle: { n: 1, of: 6 } }, when);
  const singleSlot = await book(page, client, { service: SINGLE }, when);

  await appointment(page, client, SERVICE, courseSlot.time).click();
  const edit = drawer(page, "Appointment");
  await edit.getByRole("link", { name: "Check out" }).click();

  await expect(page.getByRole("heading", { name: `Check out — ${client.name}`, level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Appointments in this visit" });
  await expect(table.getByRole("row")).toHaveCount(3);
  // The client has had both: the desk ticks them (lines that have not started yet are not ticked at first).
  await visitLine(page, SERVICE, courseSlot.time).check();
  await visitLine(page, SINGLE, singleSlot.time).check();
  await expect(table.getByRole("row", { name: new RegExp(SERVICE) })).toContainText(`From ${COURSE}, session 1 of 6`);
  await expect(table.getByRole("row", { name: new RegExp(SINGLE) })).toContainText("£30.00");
  await expect(page.getByText("Total due")).toBeVisible();
  await expect(page.getByText("£30.00").last()).toBeVisible();
  await page.getByRole("radio", { name: "Card", exact: true }).check();
  await shot(page, "checkout");

  // A second desk has the same visit open (a stale screen, or a retry after a dropped connection).
  const stale = await page.context().newPage();
  await stale.goto(page.url());
  await visitLine(stale, SERVICE, courseSlot.time).check();
  await visitLine(stale, SINGLE, singleSlot.time).check();
  await expect(stale.getByRole("button", { name: "Take payment £30.00" })).toBeVisible();

  const pay = page.getByRole("button", { name: "Take payment £30.00" });
  if (early) {
    // Well before the start the desk confirms first; the double click lands on the confirmation.
    await pay.click();
    const confirm = checkoutEarlyPanel(page);
    await expect(confirm).toContainText(`${SERVICE} starts at ${courseSlot.time}`);
    await expect(confirm).toContainText(`${SINGLE} starts at ${singleSlot.time}`);
    await confirm.getByRole("button", { name: "Take payment now" }).dblclick();
  } else {
    await pay.dblclick();
  }
  await expect(page).toHaveURL(/\/sales\/\d+$/);
  const saleId = Number(/\/sales\/(\d+)$/.exec(page.url())![1]);
  const receipt = page.getByRole("article", { name: "Receipt" });
  await expect(receipt).toContainText(client.name);
  await expect(receipt).toContainText(`${SINGLE}`);
  await expect(receipt).toContainText(`${SERVICE} — ${COURSE}, session 1 of 6`);
  await expect(receipt).toContainText("No charge");
  await expect(receipt).toContainText("£30.00");
  await shot(page, "receipt");

  // Paying again from the stale screen finds the first sale instead of making a second.
  await stale.getByRole("button", { name: "Take payment £30.00" }).click();
  if (early) await checkoutEarlyPanel(stale).getByRole("button", { name: "Take payment now" }).click();
  await expect(stale).toHaveURL(new RegExp(`/sales/${saleId}$`));
  await stale.close();

  // The visit is paid by exactly that one sale: every receipt link points to it, and nothing is left to pay.
  await page.goto(`/checkout/${client.id}?date=${date}`);
  await expect(page.getByText("This visit is paid.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Take payment|Complete visit)/ })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  const receiptLinks = page.getByRole("link", { name: /^Receipt \d{6}$/ });
  const hrefs = new Set(await receiptLinks.evaluateAll((links) => links.map((l) => l.getAttribute("href"))));
  expect([...hrefs]).toEqual([`/sales/${saleId}`]);
  await shot(page, "checkout-paid");

  // Back in the calendar the session is redeemed: the circle is red.
  await openDay(page, date);
  await appointment(page, client, SERVICE, courseSlot.time).click();
  await expect(edit.getByText("This appointment is completed (paid at checkout) and can no longer be changed.")).toBeVisible();
  await expect(circle(edit, SERVICE, 1, 6, "redeemed")).toHaveAttribute("data-state", "redeemed");
  await shot(page, "drawer-completed");
});
