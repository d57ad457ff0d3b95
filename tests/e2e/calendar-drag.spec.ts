import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { appointment, bookNewClient, futureDayFor, openDay } from "./front-desk-kit";

// Drag to move with a mouse: the block moves at once, faded only until the server has answered, and
// Undo puts it back. Twice in a row, as a busy desk would (a move must never stay "saving").
test.describe.configure({ timeout: 90_000 });

const SERVICE = "Back massage"; // 30 minutes

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

async function drag(page: import("@playwright/test").Page, block: Locator, dy: number) {
  await block.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = (await block.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + dy, { steps: 8 });
  await page.mouse.up();
}

test("an appointment dragged later is saved at once, Undo puts it back, and a second move saves too", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await openDay(page, futureDayFor(SERVICE, 19));
  const { client, slot } = await bookNewClient(page, SERVICE, { minutes: 90, from: 10 * 60, before: 15 * 60 });
  const row = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--row")));

  // Down two rows: 30 minutes later.
  await drag(page, appointment(page, client, SERVICE, slot.time), 2 * row);
  const later = hhmm(slot.minute + 30);
  await expect(page.getByRole("status").filter({ hasText: `${client.name} moved to ${later}` })).toBeVisible();
  const moved = appointment(page, client, SERVICE, later);
  await expect(moved).toBeVisible();
  await expect(moved).not.toHaveAttribute("aria-busy", "true");

  // Undo: back where it was, and not left faded.
  await page.getByRole("status").filter({ hasText: `${client.name} moved to ${later}` }).getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${client.name} is back at ${slot.time}` })).toBeVisible();
  const back = appointment(page, client, SERVICE, slot.time);
  await expect(back).not.toHaveAttribute("aria-busy", "true");

  // Straight away again, down four rows: an hour later; after a reload it is still there.
  await drag(page, back, 4 * row);
  const hourLater = hhmm(slot.minute + 60);
  await expect(appointment(page, client, SERVICE, hourLater)).not.toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("status").filter({ hasText: `${client.name} moved to ${hourLater}` })).toBeVisible();
  await page.reload();
  await expect(appointment(page, client, SERVICE, hourLater)).toBeVisible();
});
