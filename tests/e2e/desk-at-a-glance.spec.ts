import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addClientInDrawer, appointment, bookNewClient, dayOffset, boardReady, checkInConfirmingEarly, chooseClient, chooseService, countFreeSlots, drawer, freeSlot, futureDay, futureDayFor, grid, openDay, shot } from "./front-desk-kit";

// The desk at a glance: status readable without colour (also through colour-blindness filters), a client
// search on every page that opens the card or books for them, and the Clients page's recent clients.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: { width: 1440, height: 900 } });

const SERVICE = "Back massage";

/** Chromium draws the page as someone with this colour vision sees it (screenshots included). */
async function seeAs(page: Page, type: "deuteranopia" | "protanopia" | "none") {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setEmulatedVisionDeficiency", { type });
}

test("every appointment says its status in a shape as well as a colour, whatever its height", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  // A day its one masseur works (a Friday is his day off).
  await openDay(page, futureDayFor(SERVICE, 12));
  const { client, slot } = await bookNewClient(page, SERVICE, { minutes: 30 });

  const booked = appointment(page, client, SERVICE, slot.time);
  await expect(booked.getByTitle("Booked")).toBeVisible();
  await booked.click();
  const edit = drawer(page, "Appointment");
  await checkInConfirmingEarly(page, edit);
  await page.keyboard.press("Escape");
  await expect(edit).toBeHidden();
  await expect(booked.getByTitle("Checked in")).toBeVisible();
  await expect(booked).toHaveAccessibleDescription(/^Checked in\./);

  // The legend pairs each shape with its word.
  const legend = page.getByRole("list", { name: "Legend" });
  for (const word of ["Booked", "Checked in", "Completed", "Cancelled", "No-show"]) {
    await expect(legend.getByRole("listitem").filter({ hasText: word }).getByTitle(word, { exact: true })).toBeVisible();
  }

  // Every block on a busy demo day carries one status shape.
  await openDay(page, futureDay(1));
  const blocks = grid(page).locator("[data-appointment-id]");
  expect(await blocks.count()).toBeGreaterThan(0);
  expect(await grid(page).locator("[data-appointment-id] [data-status-icon]").count()).toBe(await blocks.count());

  for (const type of ["deuteranopia", "protanopia"] as const) {
    await seeAs(page, type);
    await shot(page, `calendar-${type}`);
  }
  await page.getByRole("checkbox", { name: "Show cancelled" }).check();
  await seeAs(page, "deuteranopia");
  await shot(page, "calendar-deuteranopia-with-cancelled");
  await seeAs(page, "none");
});

test("a client found from the header opens their card or books them from any free time", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await openDay(page, futureDay(13));
  const client = await addClientInDrawer(page, await freeSlot(page, { minutes: 30 }));
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();

  // "/" from a page (not from a field) goes to the search.
  await page.goto("/purchase");
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("/");
  const search = page.getByRole("search", { name: "Find a client" }).getByRole("combobox", { name: "Find a client" });
  await expect(search).toBeFocused();
  await search.fill(client.last);
  await page.getByRole("option", { name: new RegExp(client.name) }).click();
  await expect(page.getByRole("link", { name: "Open client card" })).toBeFocused();
  await shot(page, "header-search-chosen");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();

  // Ctrl+K, then a new appointment: the calendar books for them on whatever day and time is chosen.
  await page.keyboard.press("Control+k");
  await expect(search).toBeFocused();
  await search.fill(client.last);
  await search.press("ArrowDown");
  await search.press("Enter");
  await page.getByRole("link", { name: "New appointment" }).click();
  await boardReady(page);
  const banner = page.getByRole("status").filter({ hasText: `Booking for ${client.name}: choose a free time.` });
  await expect(banner).toBeVisible();
  // Two days on, or three when that is a Sunday (the salon is closed; no grid to book in).
  const days = new Date(`${dayOffset(2)}T12:00:00Z`).getUTCDay() === 0 ? 3 : 2;
  for (let i = 1; i <= days; i++) {
    await page.getByRole("link", { name: "Next day" }).click();
    await expect(page.getByRole("textbox", { name: "Go to date" })).toHaveValue(dayOffset(i));
  }
  await boardReady(page);
  await expect(banner).toBeVisible();
  await shot(page, "calendar-booking-for");

  // A seeded, busy day: any short service that has a free time in the column of someone who does it.
  const short = ["Blow-dry", "Gel manicure", "Brow shape & tint", "Men's cut"];
  const counts = await Promise.all(short.map((service) => countFreeSlots(page, { minutes: 45, service })));
  const service = short[counts.findIndex((n) => n > 0)];
  const slot = await freeSlot(page, { minutes: 45, service });
  await slot.button.click();
  const lhd = drawer(page);
  await expect(lhd.getByRole("combobox", { name: "Client", exact: true })).toHaveValue(client.name);
  await chooseService(lhd, service);
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();
  await expect(appointment(page, client, service, slot.time)).toBeVisible();
  await expect(banner).toBeHidden();
});

test("the Clients page lists recently seen clients before any search; the card's Upcoming is only live visits", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  await page.goto("/clients");
  const recent = page.getByRole("list", { name: "Recently seen" });
  await expect(recent.getByRole("link").first()).toBeVisible();
  await expect(recent.getByRole("listitem").first()).toContainText(/Today, \d\d:\d\d|Seen |Added /);
  await shot(page, "clients-recent");

  // A booked then cancelled visit leaves Upcoming for the history.
  await openDay(page, futureDayFor(SERVICE, 14));
  const { client, slot } = await bookNewClient(page, SERVICE, { minutes: 30 });
  await appointment(page, client, SERVICE, slot.time).click();
  const edit = drawer(page, "Appointment");
  await edit.getByRole("button", { name: "Cancel appointment" }).click();
  await edit.getByRole("group", { name: "Cancel this appointment?" }).getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(edit).toBeHidden();
  await page.goto(`/clients/${client.id}`);
  await expect(page.getByRole("table", { name: "Upcoming appointments" })).toHaveCount(0);
  await expect(page.getByText("Nothing booked.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Past and cancelled appointments" })).toContainText("Cancelled");
});

test("the app installs on a tablet and keeps staff pages out of search engines", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ display: "standalone", start_url: "/calendar" });
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Allow: /book");
  expect(robots).toContain("Disallow: /book/");
  expect(robots).toContain("Disallow: /");
  const book = await (await request.get("/book")).text();
  expect(book).toMatch(/<meta name="robots" content="index, nofollow"/);
  expect(book).toContain('rel="manifest"');
});

test("a client's alert shows on their appointment, in the drawer and at checkout; a tint without a patch test is flagged", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = futureDayFor("Root tint", 15);
  await openDay(page, date);
  const slot = await freeSlot(page, { minutes: 60, service: "Root tint" });
  const client = await addClientInDrawer(page, slot);
  const lhd = drawer(page);
  await expect(lhd.getByRole("note", { name: "Client alert" })).toHaveCount(0);
  // Root tint needs a patch test and this new client has none: a warning, not a refusal.
  await chooseService(lhd, "Root tint");
  await expect(lhd.getByRole("status").filter({ hasText: "Root tint needs a patch test, and none is on record for this client." })).toBeVisible();
  await lhd.getByLabel("Appointment note").fill("Wants the ash shade from last time");
  await shot(page, "drawer-patch-test-warning");
  await lhd.getByRole("button", { name: "Save" }).click();
  await expect(lhd).toBeHidden();

  await page.goto(`/clients/${client.id}`);
  const details = page.getByRole("form", { name: "Client details" });
  await details.getByLabel("Alert").fill("Latex allergy: nitrile gloves only");
  await details.getByLabel("Last patch test").fill(dayOffset(-10));
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status").filter({ hasText: `Saved ${client.name}’s details.` })).toBeVisible();
  await details.getByLabel("Last patch test").fill("2999-01-01");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText("A patch test cannot be dated after today.")).toBeVisible();

  await openDay(page, date);
  const block = appointment(page, client, "Root tint", slot.time);
  await expect(block).toHaveAccessibleDescription(/Alert: Latex allergy: nitrile gloves only\. Note: Wants the ash shade from last time\.$/);
  await expect(block.getByTitle("Alert: Latex allergy: nitrile gloves only")).toBeVisible();
  await block.click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByRole("note", { name: "Client alert" })).toContainText("Latex allergy: nitrile gloves only");
  await expect(edit.getByLabel("Appointment note")).toHaveValue("Wants the ash shade from last time");
  await shot(page, "drawer-client-alert");
  // The note can be changed later; the block says the new one.
  await edit.getByLabel("Appointment note").fill("Ash shade, toner 9.1");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Appointment saved." })).toBeVisible();
  await expect(block).toHaveAccessibleDescription(/Note: Ash shade, toner 9\.1\.$/);

  // New bookings for them show the alert as soon as they are chosen.
  await (await freeSlot(page, { minutes: 30 })).button.click();
  const next = drawer(page);
  await chooseClient(next, client);
  await expect(next.getByRole("note", { name: "Client alert" })).toContainText("Latex allergy");
  await page.keyboard.press("Escape");

  await page.goto(`/checkout/${client.id}?date=${date}`);
  await expect(page.getByRole("note", { name: "Client alert" })).toContainText("Latex allergy: nitrile gloves only");

  // The day sheet carries the same: printable for the salon or for one stylist.
  await openDay(page, date);
  await page.getByRole("link", { name: "Day sheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Day sheet — Everyone" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(client.name) });
  await expect(row).toContainText("Root tint");
  await expect(row).toContainText("Latex allergy: nitrile gloves only");
  await expect(row).toContainText("Note: Ash shade, toner 9.1");
  await page.getByRole("navigation", { name: "Whose sheet" }).getByRole("link", { name: slot.staff, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Day sheet — ${slot.staff}` })).toBeVisible();
  await expect(page.getByRole("region", { name: new RegExp(`^${slot.staff}`) })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await shot(page, "day-sheet-print");
  await page.emulateMedia({ media: "screen" });
});
