import { expect, test } from "./fixtures";
import { addClientInDrawer, book, freeSlot, openDay, payConfirmingEarly, salonOpenToday, shot, today, visitLine } from "./front-desk-kit";

// The till: a visit paid partly by card and partly in cash with change, after a discount on the whole
// visit with its reason, and the receipt that says all of it under the salon's address.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: { width: 1440, height: 900 } });

const SINGLE = "Laser upper lip"; // £30.00

test("a split payment with a discount, and its receipt", async ({ page, loginAs }) => {
  test.skip(!salonOpenToday(), "Checkout happens on the day of the visit; the demo salon is closed today.");
  await loginAs(page, "frontdesk");
  const date = today();
  await openDay(page, date);
  const client = await addClientInDrawer(page, await freeSlot(page));
  await page.keyboard.press("Escape");
  const first = await book(page, client, { service: SINGLE });
  const second = await book(page, client, { service: SINGLE });
  await page.goto(`/checkout/${client.id}?date=${date}`);
  await visitLine(page, SINGLE, first.time).check();
  await visitLine(page, SINGLE, second.time).check();
  await expect(page.getByRole("button", { name: "Take payment £60.00" })).toBeVisible();

  // 10% off the visit, with a reason: £54.00 due.
  await page.getByRole("button", { name: "Add a discount" }).click();
  await page.getByLabel("Percentage off").fill("10");
  await page.getByRole("button", { name: "Apply discount" }).click();
  await expect(page.getByRole("list", { name: "Discounts" })).toContainText("10% off the whole visit−£6.00");
  await expect(page.getByRole("button", { name: "Take payment £54.00" })).toBeVisible();
  // No reason, no payment: the desk is told why.
  await page.getByRole("button", { name: "Take payment £54.00" }).click();
  await expect(page.getByText("Say why the discount is given (at least 3 characters).")).toBeVisible();
  await page.getByLabel("Reason for the discount").fill("Birthday treat");

  // £40 on the card, £14 in cash from a £20 note: £6 change.
  await page.getByRole("radio", { name: "Card + cash" }).check();
  await page.getByLabel("On card").fill("40");
  await expect(page.getByText("In cash: £14.00")).toBeVisible();
  await page.getByLabel("Cash received").fill("20");
  await expect(page.getByRole("status").filter({ hasText: "Change to give: £6.00" })).toBeVisible();
  // More on the card than is due is refused before anything is sent.
  await page.getByLabel("On card").fill("60");
  await expect(page.getByText("The card part is more than the total due.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Take payment £54.00" })).toBeDisabled();
  await page.getByLabel("On card").fill("40");
  await shot(page, "checkout-split-discount");

  await payConfirmingEarly(page);
  const receipt = page.getByRole("article", { name: "Receipt" });
  await expect(receipt).toContainText("14 Milsom Street, Bath BA1 1DE · 01225 480 200");
  await expect(receipt).toContainText("£30.00 less £3.00 discount");
  await expect(receipt).toContainText("−£6.00 (Birthday treat)");
  await expect(receipt).toContainText("Card and cash");
  await expect(receipt).toContainText("£20.00 · £6.00");
  await expect(receipt.getByText("£54.00")).toBeVisible();
  await shot(page, "receipt-split-discount");
});
