import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./e2e-db";
import { expect as baseExpect, test } from "./fixtures";
import { book, chooseService, closeDrawer, drawer, freeSlot, futureDayFor, openDay, randomWord, saveBooking, type Client, type Slot } from "./front-desk-kit";
import { linkIn, waitForMail } from "./mailbox";

// Manager → Messages: a booking made at the desk writes its confirmation; the manager finds it, reads
// it as the client does (the salon's name, the local time, the cancel link, the same Message-ID the
// mail server received) and follows it to the appointment. The e2e server runs with a mail server
// (scripts/e2e-server.ts), so messages here end up "Sent"; the no-mail-server wording is checked in
// tests/integration/messages-page/page-words.test.ts. Saving the reminder setting changes a
// salon-wide setting, so that is in salon-settings.spec.ts (run after everything else).
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const SERVICE = "Gel manicure";
const SALON = "Willow & Rose Salon";
const SCREENS = process.env.SCREENS_DIR ?? "test-results/screens";

async function shots(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENS}/manager-messages-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** axe (WCAG 2.1 A and AA), as tests/e2e/axe.spec.ts judges the other staff pages: no serious or critical findings. */
async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  baseExpect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), `axe on ${where}`).toEqual([]);
}

/** A new client with an email, made in the drawer on a free slot and booked there (another slot if that one is taken). */
async function bookClientWithEmail(page: Page, date: string): Promise<{ client: Client; email: string; slot: Slot }> {
  await openDay(page, date);
  const slot = await freeSlot(page, { service: SERVICE, minutes: 45 });
  const first = "Mail";
  const last = `${randomWord(7)}son`;
  const email = `${first}.${last}@example.test`.toLowerCase();
  await slot.button.click();
  const lhd = drawer(page);
  await lhd.getByRole("button", { name: "Add new client" }).click();
  await lhd.getByLabel("First name").fill(first);
  await lhd.getByLabel("Last name").fill(last);
  await lhd.getByLabel("Email").fill(email);
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  await lhd.getByLabel("Phone").fill(`078${digits.slice(0, 2)} ${digits.slice(2)}`);
  await lhd.getByRole("button", { name: "Add client" }).click();
  await expect(lhd.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(`${first} ${last}`);
  const id = Number(/\/clients\/(\d+)$/.exec((await lhd.getByRole("link", { name: "Open client card" }).getAttribute("href")) ?? "")?.[1]);
  const client = { id, first, last, name: `${first} ${last}` };
  await chooseService(lhd, SERVICE);
  if ((await saveBooking(lhd)) === "saved") return { client, email, slot };
  await closeDrawer(page);
  return { client, email, slot: await book(page, client, { service: SERVICE }, { minutes: 45, avoid: [slot.name] }) };
}

test("a manager finds a booking's confirmation and reads it as the client does", async ({ page, loginAs }) => {
  const started = Date.now();
  await loginAs(page, "manager");
  const date = futureDayFor(SERVICE, 23);
  const { client, email, slot } = await bookClientWithEmail(page, date);
  const mail = await waitForMail({ to: email, subject: /^Booked: /, after: started, timeoutMs: 30_000 });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
  await expect(page.getByRole("heading", { name: "Messages", level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Sending through 127\.0\.0\.1:\d+$/ })).toBeVisible();

  const search = page.getByRole("search", { name: "Filter messages" });
  await search.getByLabel("Search").fill(email.toUpperCase());
  await search.getByLabel("Kind").selectOption({ label: "Booking confirmation" });
  await search.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=CONFIRMATION/);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Booking confirmation");
  await expect(row.getByRole("link", { name: client.name, exact: true })).toHaveAttribute("href", `/clients/${client.id}`);
  // The sender polls every half second: the row turns "Sent" on a reload.
  await expect(async () => {
    await page.reload();
    await baseExpect(row.getByText(/^Sent at \d\d:\d\d$/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await shots(page, "list");
  await expectAccessible(page, "the Messages list");

  await row.getByRole("link", { name: /^Open booking confirmation to / }).click();
  await expect(page).toHaveURL(/\/manager\/messages\/\d+\?kind=CONFIRMATION&q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(mail.subject);
  const letter = page.getByRole("article", { name: "The message as the client sees it" });
  await expect(letter).toContainText(`From${SALON}`);
  await expect(letter).toContainText(email);
  // The appointment's local day and time, and the cancel link the client got, clickable.
  const dayAndMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
  await expect(letter).toContainText(dayAndMonth);
  await expect(letter).toContainText(slot.time);
  await expect(letter.getByRole("link", { name: linkIn(mail, "/book/cancel/") })).toHaveAttribute("href", linkIn(mail, "/book/cancel/"));
  const delivery = page.getByRole("region", { name: "Delivery" });
  await expect(delivery).toContainText(mail.messageId.replace(/^<|>$/g, ""));
  await expect(delivery.getByText(/^Sent at \d\d:\d\d$/)).toBeVisible();
  await expect(delivery.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await shots(page, "detail");
  await expectAccessible(page, "a message");

  // To the appointment: the calendar on its day with its drawer open.
  await delivery.getByRole("link", { name: new RegExp(`^${SERVICE}, `) }).click();
  await expect(page).toHaveURL(new RegExp(`/calendar\\?date=${date}&appointment=\\d+`));
  await expect(drawer(page, "Appointment")).toBeVisible();
  await expect(drawer(page, "Appointment")).toContainText(client.name);

  // And back: the list as it was left.
  await page.goBack();
  await page.getByRole("main").getByRole("link", { name: "Messages", exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/messages\?kind=CONFIRMATION&q=/);
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1);
});

test("a sign-in link the client asked for is listed, without its token", async ({ page, loginAs }) => {
  const started = Date.now();
  await loginAs(page, "manager");
  const { email } = await bookClientWithEmail(page, futureDayFor(SERVICE, 24));

  // The client asks for a link on the public page (signed out of nothing: the staff cookie is not theirs).
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(new URL("/book/me", page.url()).href);
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByRole("button", { name: /email me a link/i }).click();
  const mail = await waitForMail({ to: email, subject: /^Your link to your courses and bookings/, after: started, timeoutMs: 30_000 });
  const link = linkIn(mail, "/book/me/signin/");
  const token = link.split("/").pop()!;
  await visitor.close();

  await page.goto(`/manager/messages?kind=SIGN_IN&q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("link", { name: /^Open sign-in link to / }).click();
  const letter = page.getByRole("article", { name: "The message as the client sees it" });
  await expect(letter).toContainText("/book/me/signin/••••");
  await expect(letter.getByRole("link", { name: /signin/ })).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
});

test("a reminder setting out of range is refused beside the field and nothing is saved", async ({ page, loginAs }) => {
  const saved = () => {
    const db = new Database(e2eDatabaseUrl().replace(/^file:/, ""), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT reminderHours FROM SalonSettings WHERE id = 1`).get() as { reminderHours: number }).reminderHours;
    } finally {
      db.close();
    }
  };
  const before = saved();
  await loginAs(page, "manager");
  await page.goto("/manager/settings");
  const field = page.getByLabel("Reminder email — hours before the appointment");
  await expect(field).toHaveValue(String(before));
  await expect(page.getByText(/A client booked for Friday at 14:30 gets their reminder/)).toBeVisible();
  await field.fill("200");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter whole hours from 0 to 168 (0 sends no reminders).")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByLabel("Reminder email — hours before the appointment")).toHaveValue(String(before));
  expect(saved()).toBe(before);
});
