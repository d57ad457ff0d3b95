import { expect as baseExpect, test } from "./fixtures";

const expect = baseExpect.configure({ timeout: 10_000 }); // a slow shared machine

// The client card from the front desk: a course sold on the purchase screen shows with green
// circles, and contact details and notes are edited with clear messages. The client is made here.
const suffix = Math.random().toString(36).slice(2, 7);
test.describe.configure({ timeout: 60_000 }); // a slow shared machine

test("front desk sells a course and it appears on the client card with green circles", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const who = { first: "Fern", last: `Desk${suffix}` };
  const phone = `07700 8${String(Date.now()).slice(-5)}`;
  await page.goto("/clients");
  const form = page.getByRole("form", { name: "Add client" });
  await form.getByRole("button", { name: "Add client" }).click();
  await expect(form.getByText("Required.")).toHaveCount(2);
  await form.getByLabel("First name").fill(who.first);
  await form.getByLabel("Last name").fill(who.last);
  await form.getByRole("button", { name: "Add client" }).click();
  await expect(form.getByText("Add an email or a phone number so the salon can reach them.")).toBeVisible();
  await form.getByLabel("Phone").fill(phone);
  await form.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByRole("heading", { name: `${who.first} ${who.last}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toBeVisible();
  const cardUrl = page.url().replace(/\?.*$/, "");

  // Found again by the clients search.
  await page.goto(`/clients?q=${encodeURIComponent(who.last)}`);
  await page.getByRole("link", { name: new RegExp(`${who.first} ${who.last}`) }).click();
  await expect(page).toHaveURL(cardUrl);
  await expect(page.getByText("No courses yet.")).toBeVisible();
  await page.getByRole("link", { name: "Sell a course" }).click();
  await expect(page.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(`${who.first} ${who.last}`);
  await page.getByRole("radio", { name: "8 × Laser bikini line", exact: true }).check();
  await page.getByRole("button", { name: "Take payment" }).click();
  await page.getByRole("link", { name: "Open client card" }).click();
  await expect(page).toHaveURL(cardUrl);
  const course = page.getByRole("listitem", { name: "8 × Laser bikini line, Active" });
  const circles = course.getByRole("group", { name: "Laser bikini line sessions" }).getByRole("button");
  await expect(circles).toHaveCount(8);
  for (let n = 1; n <= 8; n++) await expect(course.getByRole("button", { name: `Laser bikini line session ${n} of 8, free` })).toBeVisible();
  await expect(circles.first()).toHaveAttribute("data-state", "free");
  await expect(course.getByRole("link", { name: /Manage/ })).toHaveCount(0); // a manager's page

  // Contact details are editable, with a clear message for bad input.
  await page.getByLabel("Phone").fill("12");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Enter a phone number like 07700 900123.")).toBeVisible();
  await page.getByLabel("Phone").fill(phone);
  await page.getByRole("textbox", { name: "Notes" }).fill("Prefers morning appointments.");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved ${who.first} ${who.last}’s details.` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue("Prefers morning appointments.");
  await page.screenshot({ path: "test-results/screens/client-card-front-desk.png", fullPage: true });
});

test("a client card that does not exist says so", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await page.goto("/clients/999999999");
  await expect(page.getByRole("heading", { name: "Client not found" })).toBeVisible();
  await page.goto("/clients/abc");
  await expect(page.getByRole("heading", { name: "Client not found" })).toBeVisible();
});
