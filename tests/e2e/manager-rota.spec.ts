import type { Page } from "@playwright/test";
import { format, parseISO } from "date-fns";
import { expect as baseExpect, test } from "./fixtures";
import { dayOffset, futureDay } from "./front-desk-kit";

// Manager → Staff (services they do, hours, days off), Manager → Services (who does it, the room it
// needs) and Manager → Rooms & machines. Each test makes its own staff member, room and service with
// a random suffix, so reruns on one database and the other specs never meet them.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 150_000 });

const suffix = Math.random().toString(36).slice(2, 7);
const STAFF = `E2E Rota ${suffix}`;
const ROOM = `E2E Room ${suffix}`;
const KIND = `E2E kind ${suffix}`;
const SERVICE = `E2E zap ${suffix}`;

const SCREENS = process.env.SCREENS_DIR ?? "test-results/screens";

async function shots(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENS}/manager-rota-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** As the app writes a date: "Mon 28 Dec 2026". */
const longDate = (date: string) => format(parseISO(date), "EEE d MMM yyyy");

test("a manager gives a new staff member their services, a week with a break, and a day off", async ({ page, loginAs }) => {
  await loginAs(page, "manager");

  // Added with no services ticked: the list asks for them.
  await page.goto("/manager/staff/new");
  await page.getByLabel("Name").fill(STAFF);
  await expect(page.getByText("No services ticked yet")).toBeVisible();
  await page.getByRole("button", { name: "Add staff member" }).click();
  const row = page.getByRole("row", { name: new RegExp(STAFF) });
  await expect(row).toContainText("No services yet — add the services they do");

  // The prompt leads to the services they do; one with their own length.
  await row.getByRole("link", { name: /No services yet/ }).click();
  await expect(page.getByRole("heading", { name: `Edit ${STAFF}` })).toBeVisible();
  await page.getByRole("checkbox", { name: /^Signature facial/ }).check();
  await page.getByLabel("Their length for Signature facial").selectOption({ label: "45 min" });
  await page.getByRole("checkbox", { name: /^Back massage/ }).check();
  await expect(page.getByLabel("Their length for Back massage")).toHaveValue("");
  await shots(page, "staff-services");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved ${STAFF}` })).toBeVisible();
  await expect(row).toContainText("2 services");
  await expect(row).not.toContainText("No services yet");

  // Their week starts as the salon's opening hours.
  await row.getByRole("link", { name: `Hours of ${STAFF}` }).click();
  await expect(page.getByRole("heading", { name: `${STAFF}: hours` })).toBeVisible();
  await expect(page.getByText("No rota of their own yet")).toBeVisible();
  const week = page.getByRole("form", { name: "Usual week" });
  const day = (name: string) => week.getByRole("group", { name });
  await expect(day("Monday").getByLabel("Start", { exact: true })).toHaveValue(String(9 * 60));
  await expect(day("Sunday").getByRole("checkbox", { name: "Working" })).toBeDisabled();

  await day("Monday").getByLabel("End", { exact: true }).selectOption({ label: "17:00" });
  await day("Monday").getByLabel("Break from").selectOption({ label: "13:00" });
  await day("Monday").getByLabel("Break until").selectOption({ label: "13:30" });
  await day("Wednesday").getByRole("checkbox", { name: "Working" }).uncheck();
  // Refused: finishing before starting.
  await day("Tuesday").getByLabel("Start", { exact: true }).selectOption({ label: "12:00" });
  await day("Tuesday").getByLabel("End", { exact: true }).selectOption({ label: "10:00" });
  await week.getByRole("button", { name: "Save week" }).click();
  await expect(day("Tuesday").getByText("They must finish after they start.")).toBeVisible();
  await day("Tuesday").getByLabel("End", { exact: true }).selectOption({ label: "18:00" });
  await week.getByRole("button", { name: "Save week" }).click();
  await expect(week.getByRole("status")).toContainText(`Saved ${STAFF}'s week.`);

  await page.reload();
  await expect(page.getByRole("button", { name: "Work the salon's opening hours instead" })).toBeVisible();
  await expect(day("Monday").getByLabel("Break from")).toHaveValue(String(13 * 60));
  await expect(day("Tuesday").getByLabel("Start", { exact: true })).toHaveValue(String(12 * 60));
  await expect(day("Wednesday").getByRole("checkbox", { name: "Working" })).not.toBeChecked();

  // Days off: a past date is refused; the same date again replaces what it had, and says so.
  const add = page.getByRole("form", { name: "Add a date" });
  await add.getByLabel("Date").fill(dayOffset(-3));
  await add.getByRole("button", { name: "Add date" }).click();
  await expect(add.getByText(`${longDate(dayOffset(-3))} has passed. Choose today or a later date.`)).toBeVisible();

  const date = futureDay(24);
  await add.getByLabel("Date").fill(date);
  await add.getByRole("radio", { name: "Different hours" }).check();
  await add.getByLabel("Start", { exact: true }).selectOption({ label: "10:00" });
  await add.getByLabel("End", { exact: true }).selectOption({ label: "14:00" });
  await add.getByLabel("Note (optional)").fill("Dentist");
  await add.getByRole("button", { name: "Add date" }).click();
  await expect(add.getByRole("status")).toContainText(`Added ${longDate(date)} for ${STAFF}.`);
  const dateRow = page.getByRole("row", { name: new RegExp(longDate(date)) });
  await expect(dateRow).toContainText("10:00–14:00");
  await expect(dateRow).toContainText("Dentist");

  await add.getByLabel("Date").fill(date);
  await expect(add.getByText("It already has: 10:00–14:00 (Dentist). Adding replaces it.")).toBeVisible();
  await add.getByLabel("Note (optional)").fill("Holiday");
  await add.getByRole("button", { name: "Add date" }).click();
  await expect(add.getByRole("status")).toContainText(`Replaced ${longDate(date)} (it was 10:00–14:00 (Dentist)).`);
  await expect(dateRow).toContainText("Day off");
  await expect(dateRow).toContainText("Holiday");
  await expect(page.getByRole("row", { name: new RegExp(longDate(date)) })).toHaveCount(1);
  await shots(page, "staff-hours");

  await dateRow.getByRole("button", { name: `Remove ${longDate(date)}` }).click();
  await expect(dateRow).toHaveCount(0);
  await expect(page.getByText("No days off or different hours coming up.")).toBeVisible();
});

test("a manager adds a room, a service that needs one, and sees what deactivating it does", async ({ page, loginAs }) => {
  await loginAs(page, "manager");
  await page.goto("/manager/staff");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rooms & machines" }).click();
  await expect(page.getByRole("heading", { name: "Rooms & machines", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Add a room or machine" });
  await form.getByLabel("Name").fill(ROOM);
  await form.getByLabel("Kind").fill(KIND);
  await form.getByRole("button", { name: "Add room or machine" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved ${ROOM}.` })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(ROOM) });
  await expect(row).toContainText(KIND);
  await expect(row).toContainText("None");
  await expect(row).toContainText("Active");

  // Refused: a name already taken, whatever its case.
  await form.getByLabel("Name").fill(ROOM.toUpperCase());
  await form.getByLabel("Kind").fill(KIND);
  await form.getByRole("button", { name: "Add room or machine" }).click();
  await expect(form.getByText(`There is already a room or machine called “${ROOM}”. Choose another name.`)).toBeVisible();
  await page.goto("/manager/rooms");
  await shots(page, "rooms");

  // A service that needs one, done by one therapist.
  await page.goto("/manager/services/new");
  await page.getByLabel("Name").fill(SERVICE);
  await page.getByLabel("Category").selectOption({ label: "Laser" });
  await page.getByLabel("Price", { exact: true }).fill("45");
  await page.getByRole("button", { name: "Untick everyone" }).click();
  await expect(page.getByText("Nobody ticked: it can't be booked with anyone.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Grace Bennett" }).check();
  await page.getByLabel("Needs a room or machine").selectOption({ label: KIND });
  await page.getByRole("button", { name: "Save service" }).click();
  const serviceRow = page.getByRole("row", { name: new RegExp(SERVICE) });
  await expect(serviceRow).toContainText(`1 person does it · needs a ${KIND.toLowerCase()}`);
  await serviceRow.getByRole("link", { name: `Edit ${SERVICE}` }).click();
  await expect(page.getByRole("checkbox", { name: "Grace Bennett" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Sophie Turner" })).not.toBeChecked();
  await expect(page.getByLabel("Needs a room or machine")).toHaveValue(KIND);
  await shots(page, "service-who");

  // Renamed, then deactivated: the only one of its kind, so the service can't be booked until it is back.
  await page.goto("/manager/rooms");
  await row.getByRole("link", { name: `Edit ${ROOM}` }).click();
  const edit = page.getByRole("form", { name: `Edit ${ROOM}` });
  await edit.getByLabel("Name").fill(`${ROOM} B`);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved ${ROOM} B.` })).toBeVisible();
  await row.getByRole("button", { name: `Deactivate ${ROOM} B` }).click();
  await expect(row).toContainText("Inactive");
  await expect(page.getByText(`No active room or machine is a “${KIND}”: ${SERVICE} can't be booked until one is.`).first()).toBeVisible();
  await row.getByRole("button", { name: `Reactivate ${ROOM} B` }).click();
  await expect(row).toContainText("Active");
  await expect(page.getByText(`No active room or machine is a “${KIND}”`)).toHaveCount(0);
});
