import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { boardReady, bookNewClient, futureDay, grid, openDay, shot, type Client } from "./front-desk-kit";

// The calendar with rotas (issue 13): time outside a stylist's hours is shaded and its free slots say
// "outside hours"; staff on their day off are hidden until "Show all staff"; an appointment shows its
// room; its bottom edge resizes it (pointer or keys) with Undo, and a warning asks "… anyway?"; and
// one stylist's week. The demo team (prisma/seed/catalogue.ts): Jack Morgan works Mon, Wed–Sat with a
// 13:00–14:00 lunch (off on Tuesdays); Daniel Price does the massages (they need a treatment room),
// Mon–Thu and Sat with a 12:30–13:00 lunch. Days are weeks ahead, past the seed's appointments.
test.describe.configure({ timeout: 90_000 });

const MASSAGE = "Back massage"; // 30 minutes, in a treatment room

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** The first date on or after `date` that falls on `weekday` (0 = Sunday). */
function onOrAfter(date: string, weekday: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A day some weeks ahead (past the seed's appointments), a different week each run, so a test run
 * again on the same database (or beside itself) finds its stylist's day still mostly free.
 */
function someWeekAhead(): string {
  return futureDay(36 + 6 * Math.floor(Math.random() * 40));
}

function column(page: Page, staff: string): Locator {
  return grid(page).getByRole("group", { name: staff, exact: true });
}

/** "Desk Smithson, Back massage, 10:15, Treatment room 1": the block's name carries its room. */
function massage(page: Page, client: Client, time: string): Locator {
  return grid(page).getByRole("button", { name: new RegExp(`^${client.name}, ${MASSAGE}, ${time}, Treatment room \\d$`) });
}

function handle(page: Page, client: Client): Locator {
  return grid(page).getByRole("separator", { name: `Resize ${client.name} ${MASSAGE}`, exact: true });
}

async function rowPx(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--row")));
}

test("a stylist's day off hides their column until 'Show all staff'; their slots then say 'outside hours'", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const tuesday = onOrAfter(futureDay(36), 2);
  await openDay(page, tuesday);
  await expect(column(page, "Amelia Hughes")).toBeVisible(); // works Tuesdays
  await expect(column(page, "Jack Morgan")).toHaveCount(0);

  const toggle = page.getByRole("checkbox", { name: "Show all staff" });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  const jack = column(page, "Jack Morgan");
  await expect(jack).toBeVisible();
  await expect(page).toHaveURL(/[?&]staff=all/);
  await expect(jack.getByText("Not working", { exact: true }).first()).toBeVisible();
  await expect(jack.getByRole("button", { name: "Book Jack Morgan at 10:00, outside hours", exact: true })).toBeVisible();
  // The other tests' pattern for a free slot never picks a shaded one.
  await expect(grid(page).getByRole("button", { name: /^Book Jack Morgan at \d\d:\d\d$/ })).toHaveCount(0);

  // Kept in the URL: a reload still shows everyone.
  await page.reload();
  await boardReady(page);
  await expect(toggle).toBeChecked();
  await expect(column(page, "Jack Morgan")).toBeVisible();

  await toggle.uncheck();
  await expect(column(page, "Jack Morgan")).toHaveCount(0);
  await expect(page).not.toHaveURL(/staff=all/);
});

test("a working day shades a stylist's lunch: its slots stay bookable, named 'outside hours'", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const wednesday = onOrAfter(someWeekAhead(), 3);
  await openDay(page, wednesday);
  const jack = column(page, "Jack Morgan");
  await expect(jack.locator('[data-off-hours="Break"]')).toHaveCount(1);
  const names = await jack.getByRole("button", { name: /^Book Jack Morgan at / }).evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
  // His lunch, 13:00–14:00: its free slots (another run may have booked some) all say so; the hours around it do not.
  const lunch = names.filter((n) => /at 13:\d\d/.test(n));
  expect(lunch.length).toBeGreaterThan(0);
  expect(lunch.every((n) => n.endsWith(", outside hours"))).toBe(true);
  expect(names.filter((n) => /at (1[0-2]|1[4-8]):\d\d/.test(n)).every((n) => /^Book Jack Morgan at \d\d:\d\d$/.test(n))).toBe(true);

  // The desk may still book the lunch hour: the drawer opens on it.
  await jack.getByRole("button", { name: lunch[0], exact: true }).click();
  await expect(page.getByRole("dialog", { name: "New appointment" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "New appointment" })).toBeHidden();
  await jack.locator('[data-off-hours="Break"]').evaluate((el) => el.scrollIntoView({ block: "center" }));
  await shot(page, "calendar-rota-break");

  // Dragged into his lunch, an appointment asks "Move anyway?" first.
  const free = new Set(names.map((n) => n.replace(/^Book Jack Morgan at (\d\d:\d\d).*$/, "$1")));
  const target = [13 * 60, 13 * 60 + 15, 13 * 60 + 30].find((m) => free.has(hhmm(m)) && free.has(hhmm(m + 15)));
  expect(target, "two free quarter hours in his lunch").toBeDefined();
  const { client, slot } = await bookNewClient(page, "Men's cut", { staff: "Jack Morgan", minutes: 30, from: 11 * 60, before: 12 * 60 + 30 });
  const cut = grid(page).getByRole("button", { name: `${client.name}, Men's cut, ${slot.time}`, exact: true });
  const rows = (target! - slot.minute) / 15;
  await cut.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = (await cut.boundingBox())!;
  const row = await rowPx(page);
  await page.mouse.move(box.x + box.width / 2, box.y + 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 4 + rows * row, { steps: 8 });
  await page.mouse.up();
  const ask = page.getByRole("alertdialog", { name: "Move anyway?" });
  await expect(ask).toContainText("outside Jack Morgan's hours");
  await ask.getByRole("button", { name: "Move anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${client.name} moved to ${hhmm(target!)}.` })).toBeVisible();
  const moved = grid(page).getByRole("button", { name: `${client.name}, Men's cut, ${hhmm(target!)}`, exact: true });
  await expect(moved).not.toHaveAttribute("aria-busy", "true");
  await expect(moved.locator("[data-outside-hours-mark]")).toBeVisible();
});

test("an appointment shows its room; its bottom edge drags it longer, Undo puts it back; the week view opens it", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const monday = onOrAfter(someWeekAhead(), 1);
  await openDay(page, monday);
  const { client, slot } = await bookNewClient(page, MASSAGE, { staff: "Daniel Price", minutes: 90, from: 9 * 60 + 30, before: 11 * 60 });
  const block = massage(page, client, slot.time);
  await expect(block).toBeVisible();
  await expect(block).toContainText("Treatment room");
  const edge = handle(page, client);
  await expect(edge).toHaveAttribute("aria-valuenow", "30");

  // Drag the bottom edge down two rows: 30 minutes longer.
  const row = await rowPx(page);
  await block.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = (await edge.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 2 * row, { steps: 6 });
  await page.mouse.up();
  const longer = `${client.name} now runs ${slot.time}–${hhmm(slot.minute + 60)} (60 min).`;
  await expect(page.getByRole("status").filter({ hasText: longer })).toBeVisible();
  await expect(edge).toHaveAttribute("aria-valuenow", "60");
  await expect(block).not.toHaveAttribute("aria-busy", "true");
  await shot(page, "calendar-rota-day-room");
  await page.setViewportSize({ width: 1024, height: 768 });
  await block.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
  await shot(page, "calendar-rota-day-room");
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole("status").filter({ hasText: longer }).getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${client.name} is back to ${slot.time}–${hhmm(slot.minute + 30)}.` })).toBeVisible();
  await expect(edge).toHaveAttribute("aria-valuenow", "30");
  await page.reload();
  await boardReady(page);
  await expect(handle(page, client)).toHaveAttribute("aria-valuenow", "30");

  // Daniel's week: the appointment is there, and opens the day with its drawer.
  await column(page, "Daniel Price").getByRole("link", { name: "Daniel Price’s week" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Daniel Price’s week" })).toBeVisible();
  const week = page.getByRole("region", { name: "Daniel Price’s week" });
  await expect(week.getByRole("group")).toHaveCount(7);
  await week.getByRole("link", { name: new RegExp(`^${client.name}, ${MASSAGE}, ${slot.time}, Treatment room \\d$`) }).click();
  await expect(page).toHaveURL(new RegExp(`/calendar\\?date=${monday}&appointment=\\d+`));
  await expect(page.getByRole("dialog", { name: "Appointment" })).toBeVisible();
});

test("resizing with the keys into a stylist's lunch asks first: Cancel snaps back, 'Resize anyway' saves it marked", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const thursday = onOrAfter(someWeekAhead(), 4);
  await openDay(page, thursday);
  // Ends by 12:30, when Daniel's lunch starts.
  const { client, slot } = await bookNewClient(page, MASSAGE, { staff: "Daniel Price", minutes: 30, from: 11 * 60, before: 12 * 60 + 15 });
  const block = massage(page, client, slot.time);
  const edge = handle(page, client);

  // The handle is reached with Tab from its appointment.
  await block.focus();
  await page.keyboard.press("Tab");
  await expect(edge).toBeFocused();
  const steps = Math.ceil((12 * 60 + 30 - (slot.minute + 30) + 1) / 15);
  const end = slot.minute + 30 + steps * 15;
  for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
  await expect(edge).toHaveAttribute("aria-valuetext", `${30 + steps * 15} minutes, ends ${hhmm(end)}`);
  await page.keyboard.press("Enter");

  const ask = page.getByRole("alertdialog", { name: "Resize anyway?" });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText("outside Daniel Price's hours");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();
  await expect(edge).toHaveAttribute("aria-valuenow", "30");

  await edge.focus();
  for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Resize anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${client.name} now runs ${slot.time}–${hhmm(end)}` })).toBeVisible();
  await expect(edge).toHaveAttribute("aria-valuenow", String(30 + steps * 15));
  await expect(block.locator("[data-outside-hours-mark]")).toBeVisible();
  await expect(block).toHaveAccessibleDescription(/Booked anyway/);
  await block.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await shot(page, "calendar-rota-booked-anyway");
});

test("one stylist's week: their days off and lunches shaded, week by week, and a staff picker", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/calendar");
  await boardReady(page);
  await page.getByRole("link", { name: "Week view" }).click();
  await expect(page).toHaveURL(/\/calendar\/week\?staffId=\d+/);

  await page.getByLabel("Staff member").selectOption({ label: "Jack Morgan" });
  await expect(page.getByRole("heading", { level: 1, name: "Jack Morgan’s week" })).toBeVisible();
  const week = page.getByRole("region", { name: "Jack Morgan’s week" });
  const days = week.getByRole("group");
  await expect(days).toHaveCount(7);
  // Monday first; Tuesday off; Sunday the salon is closed.
  await expect(days.nth(0)).toContainText("Mon");
  await expect(days.nth(1)).toContainText(/Not working|Holiday|Day off/);
  await expect(days.nth(6)).toContainText("Salon closed");
  await expect(week.locator('[data-off-hours="Break"]')).not.toHaveCount(0);
  await shot(page, "calendar-rota-week");
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, "calendar-rota-week");
  await page.setViewportSize({ width: 1440, height: 900 });

  const first = await days.nth(0).getByRole("heading").textContent();
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(days.nth(0).getByRole("heading")).not.toHaveText(first ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Jack Morgan’s week" })).toBeVisible();
  await page.getByRole("link", { name: "This week" }).click();
  await expect(days.nth(0).getByRole("heading")).toHaveText(first ?? "");
});
