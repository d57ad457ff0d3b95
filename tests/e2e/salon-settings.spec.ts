import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./e2e-db";
import { expect as baseExpect, test } from "./fixtures";
import { appointment, book, circle, clientWithCourse, countFreeSlots, drawer, freeSlot, futureDay, openDay, salonMinuteNow, salonOpenToday, today } from "./front-desk-kit";

// Manager → Salon settings. These are salon-wide (Sunday hours, the no-show policy, the online
// booking horizon) and other specs rely on the seeded values (a 60-day horizon, no-shows forfeit),
// so this file runs in its own Playwright project after every other test has finished
// (playwright.config.ts: "salon-settings" depends on "chromium"), and puts every setting back.
// The machine is shared: give a loaded build room, without any fixed sleeps.
const expect = baseExpect.configure({ timeout: 15_000 });
// One at a time: each test changes salon-wide settings and puts them back afterwards.
test.describe.configure({ mode: "serial", timeout: 120_000 });

// Other specs' runs clear test-results/; SCREENS_DIR keeps a copy elsewhere for looking at.
const SCREENS = process.env.SCREENS_DIR ?? "test-results/screens";

/** Viewport shots (a sticky bar would be drawn mid-page in a full-page one), under their old names. */
async function shots(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENS}/manager-admin-${name}-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

type Row = Record<string, unknown>;
type Snapshot = { settings: Row; hours: Row[] };

function openDb(): Database.Database {
  return new Database(e2eDatabaseUrl().replace(/^file:/, ""), { fileMustExist: true, timeout: 5_000 });
}

/** Every salon-wide setting the settings page can change: the settings row and the opening hours. */
function readSettings(db: Database.Database): Snapshot {
  const settings = db.prepare(`SELECT * FROM SalonSettings WHERE id = 1`).get() as Row;
  const hours = db.prepare(`SELECT * FROM OpeningHours ORDER BY weekday`).all() as Row[];
  delete settings.updatedAt; // stamped by the app on every save, not a setting
  return { settings, hours };
}

function restoreSettings(db: Database.Database, snapshot: Snapshot): void {
  const columns = Object.keys(snapshot.settings).filter((c) => c !== "id");
  db.transaction(() => {
    db.prepare(`UPDATE SalonSettings SET ${columns.map((c) => `"${c}" = @${c}`).join(", ")} WHERE id = 1`).run(snapshot.settings);
    db.prepare(`DELETE FROM OpeningHours`).run();
    const insert = db.prepare(`INSERT INTO OpeningHours (weekday, opensAtMin, closesAtMin) VALUES (@weekday, @opensAtMin, @closesAtMin)`);
    for (const row of snapshot.hours) insert.run(row);
  })();
}

let before: Snapshot;
test.beforeEach(() => {
  const db = openDb();
  try {
    before = readSettings(db);
  } finally {
    db.close();
  }
});
// Pass or fail, the salon is left as the seed made it (other runs against this database expect it).
test.afterEach(() => {
  const db = openDb();
  try {
    restoreSettings(db, before);
    baseExpect(readSettings(db)).toEqual(before);
  } finally {
    db.close();
  }
});

test("a manager changes the opening hours from the Staff page's settings link", async ({ page, loginAs }) => {
  // What this test changes, as the seed leaves it (the other specs rely on these).
  baseExpect(before.settings).toMatchObject({ bookingHorizonDays: 60, noShowPolicy: "FORFEIT" });

  await loginAs(page, "manager");
  await page.goto("/manager/staff");
  await page.getByRole("link", { name: "Salon settings" }).click();
  await expect(page.getByRole("heading", { name: "Salon settings", level: 1 })).toBeVisible();
  await expect(page.getByText("GBP")).toBeVisible();
  await shots(page, "settings");

  const sunday = page.getByRole("group", { name: "Sunday" });
  await sunday.getByRole("checkbox", { name: "Open" }).check();
  await sunday.getByLabel("Opens").selectOption({ label: "16:00" });
  await sunday.getByLabel("Closes").selectOption({ label: "10:00" });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(sunday.getByText("Closing time must be after opening time.")).toBeVisible();
  await sunday.getByLabel("Opens").selectOption({ label: "10:00" });
  await sunday.getByLabel("Closes").selectOption({ label: "16:00" });
  await expect(sunday).toContainText("6 h open");

  await page.getByRole("group", { name: "No-show" }).getByRole("radio", { name: "Give the session back" }).check();
  await page.getByLabel("Booking horizon (days)").fill("400");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter whole days from 1 to 365.")).toBeVisible();
  await page.getByLabel("Booking horizon (days)").fill("90");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  await page.reload();
  await expect(sunday.getByLabel("Opens")).toHaveValue(String(10 * 60));
  await expect(sunday.getByLabel("Closes")).toHaveValue(String(16 * 60));
  await expect(page.getByLabel("Booking horizon (days)")).toHaveValue("90");
  await expect(page.getByRole("group", { name: "No-show" }).getByRole("radio", { name: "Give the session back" })).toBeChecked();
});

test("a cancellation by the salon inside the late window forfeits nothing, even when the policy forfeits a late one", async ({ page, loginAs }) => {
  test.skip(!salonOpenToday(), "The demo salon is closed today.");
  // A salon-wide change, put back by afterEach: late cancellations forfeit the session.
  const db = openDb();
  try {
    db.prepare(`UPDATE SalonSettings SET lateCancelPolicy = 'FORFEIT', lateCancelHours = 24 WHERE id = 1`).run();
  } finally {
    db.close();
  }
  await loginAs(page, "frontdesk");
  const date = today();
  const client = await clientWithCourse(page, date, "6 × Laser underarm");
  await openDay(page, date);
  const later = { from: salonMinuteNow() + 15 };
  test.skip((await countFreeSlots(page, { ...later, service: "Laser underarm" })) === 0, "No free time left later today.");
  const slot = await book(page, client, { service: "Laser underarm", circle: { n: 1, of: 6 } }, later);

  await appointment(page, client, "Laser underarm", slot.time).click();
  const edit = drawer(page, "Appointment");
  await edit.getByRole("button", { name: "Cancel appointment" }).click();
  const panel = edit.getByRole("group", { name: "Cancel this appointment?" });
  // Asked who cancelled; the client (the default) would lose the session under this policy…
  await expect(panel.getByRole("radio", { name: "The client" })).toBeChecked();
  await expect(panel).toContainText("Salon policy: the session is forfeited.");
  // …the salon never makes the client pay for its own cancellation.
  await panel.getByRole("radio", { name: /^The salon/ }).check();
  await expect(panel).toContainText("Cancelled by the salon: the session goes back to the client's course.");
  await panel.getByLabel("Note (optional)").fill("Stylist off sick");
  await shots(page, "cancel-by-salon");
  await panel.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Appointment cancelled by the salon. The session went back to the course." })).toBeVisible();

  // All six sessions are free again.
  await freeSlot(page).then((s) => s.button.click());
  const lhd = drawer(page);
  await lhd.getByRole("combobox", { name: "Client", exact: true }).fill(client.last);
  await lhd.getByRole("option", { name: new RegExp(client.name) }).click();
  await expect(circle(lhd, "Laser underarm", 1, 6, "free")).toBeVisible();
});

test("once VAT registered, a package's receipt shows its VAT by rate", async ({ page, loginAs }) => {
  baseExpect(before.settings).toMatchObject({ vatRegistered: 0 });
  await loginAs(page, "manager");
  await page.goto("/manager/settings");
  await page.getByRole("checkbox", { name: "VAT registered" }).check();
  await page.getByLabel("Default VAT rate (%)").fill("twenty");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter a VAT rate in percent from 0 to 100, like 20 or 5.")).toBeVisible();
  await page.getByLabel("Default VAT rate (%)").fill("20");
  await page.getByLabel("VAT number").fill("GB 123 4567 89");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  // £315 for 10 back massages at the default 20%: £52.50 of it is VAT, due on the day it is sold.
  await clientWithCourse(page, futureDay(24), "10 × Back massage");
  await page.getByRole("link", { name: "Receipt" }).click();
  const receipt = page.getByRole("article", { name: "Receipt" });
  await expect(receipt.getByRole("heading", { name: /VAT included/ })).toContainText("VAT no. GB 123 4567 89");
  await expect(receipt.getByRole("row", { name: "20% £262.50 £52.50 £315.00" })).toBeVisible();
  await shots(page, "vat-receipt");
});

test("a manager sets how long before an appointment the reminder email goes, or turns reminders off", async ({ page, loginAs }) => {
  // Salon-wide (the sender's due-time scan reads it): here, after every other spec, and put back by afterEach.
  baseExpect(before.settings).toMatchObject({ reminderHours: 24 });
  const saved = () => {
    const db = openDb();
    try {
      return (db.prepare(`SELECT reminderHours FROM SalonSettings WHERE id = 1`).get() as { reminderHours: number }).reminderHours;
    } finally {
      db.close();
    }
  };
  await loginAs(page, "manager");
  await page.goto("/manager/settings");
  const emails = page.getByRole("region", { name: "Client emails" });
  const field = emails.getByLabel("Reminder email — hours before the appointment");
  await expect(field).toHaveValue("24");
  await expect(emails).toContainText("A client booked for Friday at 14:30 gets their reminder on Thursday at 14:30.");

  await field.fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(emails.getByText("Enter whole hours from 0 to 168 (0 sends no reminders).")).toBeVisible();
  await field.fill("48");
  await expect(emails).toContainText("gets their reminder on Wednesday at 14:30.");
  await emails.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await shots(page, "reminder-setting");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  expect(saved()).toBe(48);
  await page.reload();
  await expect(page.getByLabel("Reminder email — hours before the appointment")).toHaveValue("48");

  await page.getByLabel("Reminder email — hours before the appointment").fill("0");
  await expect(emails).toContainText("No reminders are sent.");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  expect(saved()).toBe(0);
});
