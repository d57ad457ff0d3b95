import { expect, test } from "./fixtures";
import {
  addClientInDrawer,
  appointment,
  book,
  chooseClient,
  circle,
  circles,
  checkInConfirmingEarly,
  checkoutEarlyPanel,
  clientWithCourse,
  countFreeSlots,
  drawer,
  freeSlot,
  futureDayFor,
  openDay,
  payButton,
  payConfirmingEarly,
  salonMinuteNow,
  salonOpenToday,
  shot,
  today,
  visitLine,
  type Client,
} from "./front-desk-kit";
import type { Page } from "@playwright/test";

// The checkout screen checks out the lines the desk ticks: the checked-in or started ones are ticked
// at first, later ones are not and stay as they were. A single a course covers can be redeemed on its
// line; a visit that costs nothing ends with "Complete visit". Checking in or out well before the
// start asks first. And the drawer shows a course with nothing free on it. Each test makes its own
// client (and sells its own course) through the UI.

const COURSE = "6 × Laser underarm";
const SERVICE = "Laser underarm"; // £45.00
const SINGLE = "Laser upper lip"; // £30.00
const CLOSED = "Checkout happens on the day of the visit; the demo salon is closed today.";
/** Starts at least this long after now: not started, and still "early" (over 30 minutes) while the test runs. */
const WELL_AHEAD = 45;

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: process.env.DESK_VIEWPORT === "small" ? { width: 1024, height: 768 } : { width: 1440, height: 900 } });

const visitHeading = (page: Page, client: Client) => page.getByRole("heading", { name: `Check out — ${client.name}`, level: 1 });
const visitTable = (page: Page) => page.getByRole("table", { name: "Appointments in this visit" });
const lineRow = (page: Page, service: string, time: string) => visitTable(page).getByRole("row").filter({ has: visitLine(page, service, time) });
const clientStatus = (edit: ReturnType<typeof drawer>, status: string) => edit.getByRole("region", { name: "Client" }).getByText(status, { exact: true });

/** A new client with no course, made in the drawer on today's calendar (the drawer is closed again). */
async function newClientToday(page: Page): Promise<Client> {
  const client = await addClientInDrawer(page, await freeSlot(page));
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();
  return client;
}

test("checkout ticks only started or checked-in appointments; an unticked later appointment stays booked", async ({ page, loginAs }) => {
  test.skip(!salonOpenToday(), CLOSED);
  await loginAs(page, "frontdesk");
  const date = today();
  await openDay(page, date);
  const now = salonMinuteNow();
  test.skip((await countFreeSlots(page, { from: now + WELL_AHEAD, service: SERVICE })) === 0, "No free slot left later today for the later appointment.");
  const client = await newClientToday(page);

  // A later appointment today, and an earlier one the client has come in for (checked in).
  const later = await book(page, client, { service: SERVICE }, { from: now + WELL_AHEAD });
  const first = await book(page, client, { service: SINGLE }, { before: later.minute });
  await appointment(page, client, SINGLE, first.time).click();
  const edit = drawer(page, "Appointment");
  await checkInConfirmingEarly(page, edit);
  await expect(clientStatus(edit, "Checked in")).toBeVisible();
  await edit.getByRole("link", { name: "Check out" }).click();

  await expect(visitHeading(page, client)).toBeVisible();
  await expect(visitTable(page).getByRole("row")).toHaveCount(3);
  await expect(visitLine(page, SINGLE, first.time)).toBeChecked();
  await expect(visitLine(page, SERVICE, later.time)).not.toBeChecked();
  await expect(lineRow(page, SERVICE, later.time)).toContainText("Not checked out now: stays booked.");
  await expect(lineRow(page, SINGLE, first.time)).not.toContainText("Not checked out now");
  const payment = page.getByRole("region", { name: "Payment" });
  await expect(payment).toContainText("Services charged (1)");
  await expect(payment).toContainText("Left for later (1)");
  await expect(payButton(page)).toHaveText("Take payment £30.00");
  await shot(page, "checkout-lines-ticked-unticked");

  // Ticking the later one would charge it too; the desk leaves it for later.
  await visitLine(page, SERVICE, later.time).check();
  await expect(payButton(page)).toHaveText("Take payment £75.00");
  await expect(payment).not.toContainText("Left for later");
  await visitLine(page, SERVICE, later.time).uncheck();
  await expect(payButton(page)).toHaveText("Take payment £30.00");

  await page.getByRole("radio", { name: "Cash", exact: true }).check();
  await payConfirmingEarly(page);
  const receipt = page.getByRole("article", { name: "Receipt" });
  await expect(receipt).toContainText(client.name);
  await expect(receipt).toContainText(SINGLE);
  await expect(receipt).not.toContainText(SERVICE);
  await expect(receipt).toContainText("£30.00");
  await expect(receipt).not.toContainText("£75.00");

  // In the calendar the later appointment is still booked, and can still be checked in.
  await openDay(page, date);
  await appointment(page, client, SERVICE, later.time).click();
  await expect(clientStatus(edit, "Booked")).toBeVisible();
  await expect(edit.getByRole("button", { name: "Check in" })).toBeVisible();

  // A new checkout of the visit: the paid line is done, the later one is open and not ticked.
  await edit.getByRole("link", { name: "Check out" }).click();
  await expect(visitHeading(page, client)).toBeVisible();
  const paidRow = visitTable(page).getByRole("row").filter({ hasText: SINGLE });
  await expect(paidRow).toContainText("Paid");
  await expect(paidRow.getByRole("link", { name: /^Receipt \d{6}$/ })).toBeVisible();
  await expect(visitLine(page, SINGLE, first.time)).toHaveCount(0);
  await expect(visitLine(page, SERVICE, later.time)).not.toBeChecked();
  await expect(lineRow(page, SERVICE, later.time)).toContainText("Booked");
  await expect(payButton(page)).toBeDisabled();
  await expect(page.getByText("Tick the appointments the client has had to check them out.")).toBeVisible();
  await shot(page, "checkout-nothing-ticked");
});

test("a single the client's course covers is redeemed from the course on its checkout line, and the visit ends with Complete visit", async ({ page, loginAs }) => {
  test.skip(!salonOpenToday(), CLOSED);
  await loginAs(page, "frontdesk");
  const date = today();
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);
  const slot = await book(page, client, { service: SERVICE });
  await appointment(page, client, SERVICE, slot.time).click();
  await drawer(page, "Appointment").getByRole("link", { name: "Check out" }).click();
  await expect(visitHeading(page, client)).toBeVisible();

  const line = visitLine(page, SERVICE, slot.time);
  const row = lineRow(page, SERVICE, slot.time);
  const redeem = page.getByRole("checkbox", { name: new RegExp(`^Redeem from course — ${COURSE}, session 1 of 6, expires \\w{3} \\d{1,2} \\w{3} \\d{4}`) });
  await expect(redeem).not.toBeChecked();
  // Only a ticked line can be redeemed.
  await line.uncheck();
  await expect(redeem).toBeDisabled();
  await line.check();
  await expect(redeem).toBeEnabled();
  await expect(row).toContainText("£45.00");
  await expect(payButton(page)).toHaveText("Take payment £45.00");
  await expect(page.getByRole("radio", { name: "Card", exact: true })).toBeVisible();
  await shot(page, "checkout-redeem-offer");

  await redeem.check();
  await expect(row).toContainText("No charge");
  await expect(row).not.toContainText("£45.00");
  await expect(payButton(page)).toHaveText("Complete visit");
  const payment = page.getByRole("region", { name: "Payment" });
  await expect(payment).toContainText("Redeemed from courses (1)");
  await expect(payment).toContainText("Nothing to pay: every ticked service is redeemed from a course.");
  await expect(page.getByRole("radio", { name: "Card", exact: true })).toHaveCount(0);
  await shot(page, "checkout-redeem-chosen");

  await payConfirmingEarly(page);
  const receipt = page.getByRole("article", { name: "Receipt" });
  await expect(receipt).toContainText(client.name);
  await expect(receipt).toContainText(`${SERVICE} — ${COURSE}, session 1 of 6`);
  await expect(receipt).toContainText("No charge");
  await expect(receipt).toContainText("No payment needed");
  await expect(receipt).toContainText("£0.00");
  await expect(receipt).not.toContainText("£45.00");
  await shot(page, "receipt-redeemed");

  // In the calendar the appointment is completed and its session is redeemed: the circle is red.
  await openDay(page, date);
  await appointment(page, client, SERVICE, slot.time).click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByText("This appointment is completed (paid at checkout) and can no longer be changed.")).toBeVisible();
  await expect(circle(edit, SERVICE, 1, 6, "redeemed")).toHaveAttribute("data-state", "redeemed");
  await expect(circles(edit, SERVICE).and(edit.locator('[data-state="free"]'))).toHaveCount(5);
});

test("checking in or out well before the start asks to confirm", async ({ page, loginAs }) => {
  test.skip(!salonOpenToday(), CLOSED);
  await loginAs(page, "frontdesk");
  const date = today();
  await openDay(page, date);
  const now = salonMinuteNow();
  test.skip((await countFreeSlots(page, { from: now + WELL_AHEAD, service: SINGLE })) === 0, "No free slot left well after now today.");
  const client = await newClientToday(page);
  const slot = await book(page, client, { service: SINGLE }, { from: now + WELL_AHEAD });

  // Check in: asked first; "Not yet" leaves it booked.
  await appointment(page, client, SINGLE, slot.time).click();
  const edit = drawer(page, "Appointment");
  await edit.getByRole("button", { name: "Check in" }).click();
  const earlyIn = edit.getByRole("group", { name: "Check in early?" });
  await expect(earlyIn).toBeVisible();
  await expect(earlyIn).toBeFocused();
  await expect(earlyIn).toContainText(new RegExp(`${SINGLE} starts at ${slot.time}, in (\\d+ h)?( ?\\d+ min)?\\.`));
  await expect(earlyIn).toContainText(`Check ${client.name} in now?`);
  await expect(earlyIn.getByRole("button", { name: "Check in now" })).toBeVisible();
  await shot(page, "drawer-check-in-early");
  await earlyIn.getByRole("button", { name: "Not yet" }).click();
  await expect(earlyIn).toBeHidden();
  await expect(edit.getByRole("button", { name: "Check in" })).toBeFocused();
  await expect(clientStatus(edit, "Booked")).toBeVisible();
  // Not only on this screen: opened afresh it is still booked.
  await page.keyboard.press("Escape");
  await expect(edit).toBeHidden();
  await appointment(page, client, SINGLE, slot.time).click();
  await expect(clientStatus(edit, "Booked")).toBeVisible();

  // Check out: the line is not ticked (it has not started); ticked, paying asks first; "Not yet" pays nothing.
  await edit.getByRole("link", { name: "Check out" }).click();
  await expect(visitHeading(page, client)).toBeVisible();
  const line = visitLine(page, SINGLE, slot.time);
  await expect(line).not.toBeChecked();
  await line.check();
  await payButton(page).click();
  const earlyOut = checkoutEarlyPanel(page);
  await expect(earlyOut).toBeVisible();
  await expect(earlyOut).toBeFocused();
  await expect(earlyOut).toContainText(new RegExp(`${SINGLE} starts at ${slot.time}, in (\\d+ h)?( ?\\d+ min)?\\. Check it out now\\?`));
  await expect(earlyOut.getByRole("button", { name: "Take payment now" })).toBeVisible();
  await expect(payButton(page)).toHaveCount(0);
  // While it asks, the lines stay as they are.
  await expect(line).toBeDisabled();
  await shot(page, "checkout-early");
  await earlyOut.getByRole("button", { name: "Not yet" }).click();
  await expect(earlyOut).toBeHidden();
  await expect(payButton(page)).toHaveText("Take payment £30.00");
  await expect(line).toBeEnabled();
  await expect(page).toHaveURL(new RegExp(`/checkout/${client.id}\\?date=${date}$`));
  await page.reload();
  await expect(lineRow(page, SINGLE, slot.time)).toContainText("Booked");
  await expect(visitTable(page).getByRole("link", { name: /^Receipt/ })).toHaveCount(0);

  // Confirmed, each goes ahead: checked in, then paid.
  await openDay(page, date);
  await appointment(page, client, SINGLE, slot.time).click();
  await edit.getByRole("button", { name: "Check in" }).click();
  await earlyIn.getByRole("button", { name: "Check in now" }).click();
  await expect(earlyIn).toBeHidden();
  await expect(clientStatus(edit, "Checked in")).toBeVisible();
  await edit.getByRole("link", { name: "Check out" }).click();
  await expect(line).toBeChecked(); // checked in: ticked at first
  await payButton(page).click();
  await earlyOut.getByRole("button", { name: "Take payment now" }).click();
  await expect(page).toHaveURL(/\/sales\/\d+$/);
  await expect(page.getByRole("article", { name: "Receipt" })).toContainText(SINGLE);
});

test("the drawer shows a course with nothing free, with its orange circles and a note", async ({ page, loginAs }) => {
  const HOT_STONE = "Hot stone massage"; // 90 minutes
  const SMALL = "3 × Hot stone massage";
  await loginAs(page, "frontdesk");
  const date = futureDayFor(HOT_STONE, 16);
  const client = await clientWithCourse(page, date, SMALL);
  await openDay(page, date);
  // Three separate windows of the day: two random slots at one time (with two staff) would share a name.
  for (let n = 1; n <= 3; n++) {
    await book(page, client, { service: HOT_STONE, circle: { n, of: 3 } }, { minutes: 90, from: 9 * 60 + (n - 1) * 150, before: 9 * 60 + n * 150 });
  }

  // A new booking for the same client: the course is there, all booked, and says so.
  const slot = await freeSlot(page);
  await slot.button.click();
  const lhd = drawer(page);
  await chooseClient(lhd, client);
  const card = lhd.getByRole("article", { name: SMALL });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Nothing free: 3 booked, 0 redeemed");
  await expect(card).toContainText("0 of 3 free");
  await expect(circles(lhd, HOT_STONE)).toHaveCount(3);
  for (let n = 1; n <= 3; n++) {
    await expect(circle(lhd, HOT_STONE, n, 3, "booked")).toHaveAttribute("data-state", "booked");
    await expect(circle(lhd, HOT_STONE, n, 3, "booked")).toHaveAttribute("aria-disabled", "true");
  }
  await expect(lhd.getByText("No valid courses or packages for this client.")).toHaveCount(0);
  await shot(page, "drawer-nothing-free");
});
