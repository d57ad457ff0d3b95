import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./e2e-db";
import { expect as baseExpect, test } from "./fixtures";

// Manager → Salon settings. These are salon-wide (Sunday hours, the no-show policy, the online
// booking horizon) and other specs rely on the seeded values (a 60-day horizon, no-shows forfeit),
// so this file runs in its own Playwright project after every other test has finished
// (playwright.config.ts: "salon-settings" depends on "chromium"), and puts every setting back.
// The machine is shared: give a loaded build room, without any fixed sleeps.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

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
