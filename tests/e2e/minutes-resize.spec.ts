import { expect, test } from "./fixtures";
import { chooseClient, clientWithCourse, drawer, freeSlot, futureDay, grid, openDay, saveBooking } from "./front-desk-kit";

// A minutes course uses each booking's real length (issue 13): resizing a session on the calendar
// changes what it takes from the course, and the drawer's minutes bar follows.

test.describe.configure({ timeout: 90_000 });
test.use({ viewport: { width: 1440, height: 900 } });

const COURSE = "300 minutes of Sports massage";
const SERVICE = "Sports massage"; // 60 minutes, Daniel Price's, in a treatment room

/** An open day on which Daniel works (Monday to Thursday and Saturday), some weeks ahead, a different one each run. */
function danielsDay(): string {
  for (let n = 40 + Math.floor(Math.random() * 120); ; n++) {
    const date = futureDay(n);
    if ([1, 2, 3, 4, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) return date;
  }
}

test("resizing a minutes-course session: the bar follows, and Undo gives the minutes back", async ({ page, loginAs }) => {
  await loginAs(page, "frontdesk");
  const date = danielsDay();
  const client = await clientWithCourse(page, date, COURSE);
  await openDay(page, date);
  // Room to grow by 30 minutes before Daniel's 12:30 lunch.
  const slot = await freeSlot(page, { staff: "Daniel Price", minutes: 90, from: 9 * 60, before: 11 * 60 });
  await slot.button.click();
  const lhd = drawer(page);
  await chooseClient(lhd, client);
  await lhd.getByRole("button", { name: `Use ${SERVICE} minutes` }).click();
  await expect(lhd.getByText("240 of 300 minutes left")).toBeVisible();
  expect(await saveBooking(lhd)).toBe("saved");

  const block = grid(page).getByRole("button", { name: new RegExp(`^${client.name}, ${SERVICE}, ${slot.time}, Treatment room \\d$`) });
  const edge = grid(page).getByRole("separator", { name: `Resize ${client.name} ${SERVICE}`, exact: true });
  await expect(edge).toHaveAttribute("aria-valuenow", "60");
  await block.focus();
  await page.keyboard.press("Tab");
  await expect(edge).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const saved = page.getByRole("status").filter({ hasText: `${client.name} now runs` });
  await expect(saved).toContainText("(90 min)");
  await expect(edge).toHaveAttribute("aria-valuenow", "90");

  await block.click();
  const edit = drawer(page, "Appointment");
  await expect(edit.getByText(`Course: ${COURSE}, 90 minutes`)).toBeVisible();
  await expect(edit.getByText("210 of 300 minutes left")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(edit).toBeHidden();

  await saved.getByRole("button", { name: "Undo" }).click();
  await expect(edge).toHaveAttribute("aria-valuenow", "60");
  await block.click();
  await expect(edit.getByText("240 of 300 minutes left")).toBeVisible();
});
