import { expect, test } from "./fixtures";
import { addClientInDrawer, boardReady, book, dayOffset, drawer, freeSlot, futureDay, futureDayFor, grid, openDay, salonOpenToday, shot, today } from "./front-desk-kit";

// The calendar as a keyboard or screen-reader user meets it: named slots and appointments, the drawer
// as a modal dialog, and where a booking came from said in words, not only shown.

// Each test makes its own client and sells its own course through the UI: that takes a while.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: process.env.DESK_VIEWPORT === "small" ? { width: 1024, height: 768 } : { width: 1440, height: 900 } });

// A room, when the appointment holds one, ends the name (", Treatment room 1").
const APPOINTMENT_NAME = /^[^,]+ [^,]+, [^,]+, \d\d:\d\d(, booked online)?(, [^,]+)?$/;

test("slots, appointments and the day are named for what they are", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // The demo day: today when the salon is open, else the next open day (both have seeded bookings).
  const date = salonOpenToday() ? today() : futureDay(1);
  await openDay(page, date);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const slots = grid(page).getByRole("button", { name: /^Book .+ at \d\d:\d\d$/ });
  await expect(slots.first()).toBeAttached();
  const appointments = grid(page).locator("[data-appointment-id]");
  expect(await appointments.count()).toBeGreaterThan(5);
  for (const name of await appointments.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")))) {
    expect(name).toMatch(APPOINTMENT_NAME);
  }
  await shot(page, "calendar-day");
});

test("online bookings carry a mark and say so in their name", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // About one in ten seeded bookings came in online: look through the seeded fortnight for one.
  let found = false;
  for (let offset = -6; offset <= 6 && !found; offset++) {
    await page.goto(`/calendar?date=${dayOffset(offset)}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    found = (await grid(page).getByRole("button", { name: /, booked online(, [^,]+)?$/ }).count()) > 0;
  }
  expect(found, "an online booking in the demo fortnight").toBe(true);
  const online = grid(page).getByRole("button", { name: /, booked online(, [^,]+)?$/ }).first();
  await expect(online).toHaveAccessibleName(/^[^,]+, [^,]+, \d\d:\d\d, booked online(, [^,]+)?$/);
  await expect(online.locator('[title="Booked online"]')).toBeVisible();
  await online.click();
  await expect(drawer(page, "Appointment").getByText("Online booking")).toBeVisible();
});

test("the drawer is a dialog: focus moves in, Tab stays inside, Esc closes and gives focus back", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDay(13);
  await openDay(page, date);
  const slot = await freeSlot(page);
  await expect(slot.button).toHaveAccessibleName(new RegExp(`^Book ${slot.staff} at ${slot.time}$`));
  await slot.button.click();

  const lhd = drawer(page);
  await expect(lhd).toBeVisible();
  await expect(lhd.getByRole("combobox", { name: "Client", exact: true })).toBeFocused();
  await expect(lhd.getByLabel("Staff")).toHaveValue(/\d+/);
  await expect(lhd.getByLabel("Start time")).toHaveValue(String(slot.minute));
  await shot(page, "drawer-new");

  // Tab round the whole drawer: focus never leaves it.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    expect(await lhd.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }

  await page.keyboard.press("Escape");
  await expect(lhd).toBeHidden();
  await expect(slot.button).toBeFocused();
});

test("an appointment opens in the drawer with a link to the client card", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDayFor("Men's cut", 14);
  await openDay(page, date);
  const client = await addClientInDrawer(page, await freeSlot(page));
  await page.keyboard.press("Escape");
  const slot = await book(page, client, { service: "Men's cut" });
  const block = grid(page).getByRole("button", { name: `${client.name}, Men's cut, ${slot.time}`, exact: true });
  await block.click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByRole("link", { name: "Open client card" })).toHaveAttribute("href", `/clients/${client.id}`);
  await expect(edit.getByLabel("Service")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(edit).toBeHidden();
  await expect(block).toBeFocused();
});

test("arrow keys walk the day across every staff column, and columns scrolled near get their free slots", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // Narrow, so only a few columns are in view: the rest draw their slot buttons when scrolled near.
  await page.setViewportSize({ width: 600, height: 720 });
  // Everyone, working that day or not (their free slots say "outside hours"): more columns than fit.
  await page.goto(`/calendar?date=${futureDay(1)}&staff=all`);
  await boardReady(page);
  const names = await grid(page).getByRole("heading", { level: 2 }).allTextContents();
  expect(names.length).toBeGreaterThan(6);
  const last = names.at(-1)!;
  const slotsOf = (name: string) => grid(page).getByRole("button", { name: new RegExp(`^Book ${name} at \\d\\d:\\d\\d(, outside hours)?$`) });
  // The first free slot in view: the first column can be booked solid tomorrow (the seed and other tests fill it).
  const firstSlot = grid(page).getByRole("button", { name: /^Book .+ at \d\d:\d\d(, outside hours)?$/ }).first();
  await expect(firstSlot).toBeAttached();
  const startCol = Number(await firstSlot.getAttribute("data-col"));
  expect(startCol).toBeLessThan(names.length - 1);
  await expect(slotsOf(last)).toHaveCount(0);

  await firstSlot.focus();
  const focused = () => page.evaluate(() => ({ col: Number((document.activeElement as HTMLElement | null)?.dataset.col), name: document.activeElement?.getAttribute("aria-label") ?? "" }));
  for (let col = startCol + 1; col < names.length; col++) {
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await focused()).col).toBe(col);
  }
  // The last column's slots are drawn now, and the one focused is scrolled into view.
  await expect(slotsOf(last).first()).toBeAttached();
  await expect(page.locator(":focus")).toBeInViewport();
  await page.keyboard.press("ArrowDown");
  expect((await focused()).col).toBe(names.length - 1);
  await page.keyboard.press("Enter");
  // Enter on a free slot books there; on an appointment it opens it. Either way, the drawer.
  await expect(page.getByRole("dialog")).toBeVisible();
});
