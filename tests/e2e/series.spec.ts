import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  addClientInDrawer,
  appointment,
  book,
  chooseService,
  circle,
  clientWithCourse,
  drawer,
  futureDay,
  grid,
  openDay,
  saveBooking,
  shot,
  staffWhoDo,
  type Slot,
} from "./front-desk-kit";

// Issue 14, part 5: "Book the remaining sessions" from a course in the drawer, every N weeks at the
// same time with the same stylist; clashes are marked with a next free time; all booked or none.

const SERVICE = "Root tint"; // 60 minutes, no room: Sophie (Mon–Fri) and Amelia (Tue–Sat)
const COURSE = "6 × Root tint";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const utc = (date: string) => new Date(`${date}T12:00:00Z`);
const plusDays = (date: string, days: number) => new Date(+utc(date) + days * 86_400_000).toISOString().slice(0, 10);
/** "Mon 12 Jan 2027", as the app writes a day. */
const dayLabel = (date: string) => {
  const d = utc(date);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** A day months ahead where someone who does Root tint works, a different week each run. */
/**
 * A weekday well ahead, in a band of its own per test: the three tests run side by side on the same
 * stylist, and a series spans five weeks, so shared days made one test's sessions clash with another's
 * (a CI run). Bands of 90 days, a random week inside each; the last ends well before the course expires.
 */
function someDayAhead(band: 0 | 1 | 2): string {
  const doers = staffWhoDo(SERVICE);
  expect(doers.length).toBeGreaterThan(0);
  for (let n = 60 + 90 * band + 7 * Math.floor(Math.random() * 6); ; n++) {
    const date = futureDay(n);
    if (![0, 6].includes(utc(date).getUTCDay())) return date; // both work Tuesday to Friday; Monday is Sophie's
  }
}

/** axe (WCAG 2.1 A and AA) on the page at rest, as tests/e2e/axe.spec.ts judges the other drawer states. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${where}`,
  ).toEqual([]);
}

function seriesPanel(lhd: Locator): Locator {
  return lhd.getByRole("region", { name: "Book the remaining sessions" });
}

function row(panel: Locator, date: string): Locator {
  return panel.getByRole("list", { name: "Proposed sessions" }).getByRole("listitem").filter({ hasText: dayLabel(date) });
}

/** Another client booked with `staff` at `time` on `date` (45 minutes of blow-dry): the clash. */
async function bookClash(page: Page, date: string, staff: string, minute: number): Promise<void> {
  await openDay(page, date);
  const name = `Book ${staff} at ${hhmm(minute)}`;
  const slot: Slot = { staff, time: hhmm(minute), minute, name, button: grid(page).getByRole("button", { name, exact: true }) };
  await addClientInDrawer(page, slot);
  await chooseService(drawer(page), "Blow-dry");
  expect(await saveBooking(drawer(page))).toBe("saved");
}

test("a series of 5 is booked from a course with one clash resolved by its next free time", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs(page, "frontdesk");
  const day = someDayAhead(0);
  const client = await clientWithCourse(page, day, COURSE);

  // The first session, from a green circle; the rest follow it weekly.
  await openDay(page, day);
  const first = await book(page, client, { service: SERVICE, circle: { n: 1, of: 6 } }, { minutes: 60, from: 10 * 60, before: 16 * 60 });
  const weeks = [1, 2, 3, 4, 5].map((w) => plusDays(day, 7 * w));
  const clashDay = weeks[1]; // the course's third week
  await bookClash(page, clashDay, first.staff, first.minute);

  await openDay(page, day);
  await appointment(page, client, SERVICE, first.time).click();
  const lhd = drawer(page, "Appointment");
  await expect(lhd).toBeVisible();
  await lhd.getByRole("button", { name: "Book the remaining sessions…" }).click();
  const panel = seriesPanel(lhd);
  await expect(panel.getByLabel("Every", { exact: true })).toHaveValue("1");
  await expect(panel.getByLabel("Starting", { exact: true })).toHaveValue(weeks[0]);
  await expect(panel.getByLabel("At", { exact: true })).toHaveValue(String(first.minute));
  await expect(panel.getByLabel("Stylist", { exact: true })).toHaveValue(/^\d+$/);
  await expect(panel.getByLabel("Stylist", { exact: true }).locator("option:checked")).toHaveText(first.staff);
  await expect(panel.getByLabel("How many", { exact: true })).toHaveValue("5");
  await panel.getByRole("button", { name: "Show dates" }).click();

  const rows = panel.getByRole("list", { name: "Proposed sessions" }).getByRole("listitem");
  await expect(rows).toHaveCount(5);
  const clash = row(panel, clashDay);
  await expect(clash).toContainText("Clash");
  await expect(clash).toContainText(`${first.staff} is already booked ${first.time}–${hhmm(first.minute + 45)}`);
  for (const date of weeks.filter((d) => d !== clashDay)) await expect(row(panel, date)).toContainText("Free");
  await expect(panel.getByRole("button", { name: "Book 5 sessions" })).toHaveAttribute("aria-disabled", "true");
  await expectAccessible(page, "the series panel with a clash");

  await panel.scrollIntoViewIfNeeded();
  await shot(page, "series-clash");
  await page.setViewportSize({ width: 1024, height: 768 });
  await clash.scrollIntoViewIfNeeded();
  await shot(page, "series-clash");
  await page.setViewportSize({ width: 1440, height: 900 });

  // Use the next free time offered for it: the row is checked again and is free.
  const use = clash.getByRole("button", { name: /^Use / });
  const offered = /^Use \w{3} (\d+ \w{3}) (\d\d:\d\d) for the session on /.exec((await use.getAttribute("aria-label")) ?? "");
  expect(offered, "the next free time is offered").not.toBeNull();
  const newTime = offered![2];
  await use.click();
  await expect(clash).toContainText("Free");
  await expect(clash).toContainText(`${newTime}–`);
  await expect(rows.filter({ hasText: "Clash" })).toHaveCount(0);

  await panel.getByRole("button", { name: "Book 5 sessions" }).click();
  await expect(panel.getByRole("status").filter({ hasText: /^5 sessions booked: / })).toBeVisible();
  await expect(panel.getByRole("status")).toContainText(`${offered![1]} ${newTime}`);
  for (let n = 1; n <= 6; n++) await expect(circle(lhd, SERVICE, n, 6, "booked")).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await shot(page, "series-booked");

  await page.keyboard.press("Escape");
  await expect(lhd).toBeHidden();
  for (const date of weeks) {
    await openDay(page, date);
    await expect(appointment(page, client, SERVICE, date === clashDay ? newTime : first.time)).toBeVisible();
  }
});

test("the series panel refuses a change that makes a row clash, and books nothing until it is resolved", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs(page, "frontdesk");
  const day = someDayAhead(1);
  const client = await clientWithCourse(page, day, COURSE);
  await openDay(page, day);
  const first = await book(page, client, { service: SERVICE, circle: { n: 1, of: 6 } }, { minutes: 60, from: 10 * 60, before: 16 * 60 });

  await appointment(page, client, SERVICE, first.time).click();
  const lhd = drawer(page, "Appointment");
  await lhd.getByRole("button", { name: "Book the remaining sessions…" }).click();
  const panel = seriesPanel(lhd);
  await panel.getByLabel("How many", { exact: true }).selectOption("2");
  await panel.getByRole("button", { name: "Show dates" }).click();
  const second = plusDays(day, 7);
  await expect(row(panel, second)).toContainText("Free");

  // Moved by hand onto the first session's own time: the same client cannot be there twice.
  await row(panel, second).getByRole("button", { name: `Change the session on ${dayLabel(second)}` }).click();
  await row(panel, second).getByLabel(`Date of the session on ${dayLabel(second)}`, { exact: true }).fill(day);
  const moved = row(panel, day);
  await expect(moved).toContainText("Clash");
  await expect(moved).toContainText(`${first.staff} is already booked ${first.time}`);
  await expect(panel.getByRole("button", { name: "Book 2 sessions" })).toHaveAttribute("aria-disabled", "true");
  await moved.getByRole("button", { name: `Leave out the session on ${dayLabel(day)}` }).click();
  await expect(panel.getByRole("list", { name: "Proposed sessions" }).getByRole("listitem")).toHaveCount(1);
  await expect(panel.getByRole("button", { name: "Book 1 session" })).not.toHaveAttribute("aria-disabled", "true");
  await expect(circle(lhd, SERVICE, 2, 6, "free")).toBeVisible();
});

test("a session taken by another desk after the dates were shown: nothing is booked, the panel names it, then it books", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs(page, "frontdesk");
  const day = someDayAhead(2);
  const client = await clientWithCourse(page, day, COURSE);
  await openDay(page, day);
  const first = await book(page, client, { service: SERVICE, circle: { n: 1, of: 6 } }, { minutes: 60, from: 10 * 60, before: 16 * 60 });

  await appointment(page, client, SERVICE, first.time).click();
  const lhd = drawer(page, "Appointment");
  await lhd.getByRole("button", { name: "Book the remaining sessions…" }).click();
  const panel = seriesPanel(lhd);
  await panel.getByLabel("How many", { exact: true }).selectOption("3");
  await panel.getByRole("button", { name: "Show dates" }).click();
  const taken = plusDays(day, 14);
  await expect(panel.getByRole("list", { name: "Proposed sessions" }).getByRole("listitem").filter({ hasText: "Free" })).toHaveCount(3);

  // Another desk books the stylist over the second session meanwhile.
  const otherDesk = await page.context().newPage();
  await bookClash(otherDesk, taken, first.staff, first.minute);
  await otherDesk.close();

  await panel.getByRole("button", { name: "Book 3 sessions" }).click();
  await expect(panel.getByRole("alert")).toContainText(`The session on ${dayLabel(taken)} at ${first.time}: ${first.staff} is already booked`);
  await expect(panel.getByRole("alert")).toContainText("Nothing was booked.");
  await expect(row(panel, taken)).toContainText("Not booked");
  for (let n = 2; n <= 6; n++) await expect(circle(lhd, SERVICE, n, 6, "free")).toBeVisible();

  await row(panel, taken).getByRole("button", { name: /^Use / }).click();
  await expect(panel.getByRole("list", { name: "Proposed sessions" }).getByRole("listitem").filter({ hasText: "Free" })).toHaveCount(3);
  await panel.getByRole("button", { name: "Book 3 sessions" }).click();
  await expect(panel.getByRole("status").filter({ hasText: /^3 sessions booked: / })).toBeVisible();
  for (let n = 1; n <= 4; n++) await expect(circle(lhd, SERVICE, n, 6, "booked")).toBeVisible();
});
