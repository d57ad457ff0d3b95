import type { Browser, Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";

// Online booking obeys who does what, when and where (issue 13) on the demo salon: laser only by
// Grace Bennett and Priya Shah, in the one laser room; men's cuts only by Jack Morgan, who has lunch
// 13:00–14:00 and days off. Each test books on its own days, far beyond the seed's appointments.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const shotsDir = process.env.SCREENS_DIR ?? "test-results/screens";
/** Full page at 1440×900 and at 1024×768. */
async function shots(page: Page, name: string) {
  await page.screenshot({ path: `${shotsDir}/online-rules-${name}-1440.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${shotsDir}/online-rules-${name}-1024.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

/** The salon's day `days` from today (Europe/London), moved on past Sunday (closed). */
function openDayAhead(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  if (d.getUTCDay() === 0) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function nextOpenDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (d.getUTCDay() === 6 ? 2 : 1));
  return d.toISOString().slice(0, 10);
}

const staffList = (page: Page) => page.getByRole("list", { name: "Who would you like?" });

async function chooseService(page: Page, service: string) {
  await page.goto("/book");
  await page.getByRole("link", { name: new RegExp(`^${service}\\b`) }).click();
  await expect(page.getByRole("heading", { name: "Who would you like?" })).toBeVisible();
}

/** On the time step: shows `date` and answers with its free times ("09:00", …). */
async function timesOn(page: Page, date: string): Promise<string[]> {
  await page.getByLabel("Or pick a date").fill(date);
  await page.getByRole("button", { name: "Show times" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]date=${date}(&|$)`));
  const region = page.getByRole("region", { name: /^Free times on / });
  await expect(region).toBeVisible();
  return (await region.getByRole("link").allInnerTexts()).map((t) => t.trim());
}

async function chooseStaff(page: Page, service: string, staff: string) {
  await chooseService(page, service);
  await staffList(page).getByRole("link", { name: new RegExp(`^${staff}`) }).click();
  await expect(page.getByRole("heading", { name: "Choose a time", level: 1 })).toBeVisible();
}

const newPhone = () => `07911 ${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function fillDetails(page: Page, first: string, last: string) {
  await page.getByLabel("First name").fill(first);
  await page.getByLabel("Last name").fill(last);
  await page.getByLabel("Email").fill(`${first.toLowerCase()}.${last.toLowerCase()}@example.com`);
  await page.getByLabel("Phone").fill(newPhone());
}

test("a laser treatment offers only the staff who do it; a link naming someone else is refused", async ({ page }) => {
  await chooseService(page, "Laser underarm");
  const laserStep = page.url();
  const choices = staffList(page).getByRole("link");
  await expect(choices).toHaveCount(3);
  await expect(choices.nth(0)).toHaveAccessibleName(/^Anyone/);
  // Then the two therapists, in the calendar's order.
  for (const name of ["Grace Bennett", "Priya Shah"]) await expect(staffList(page).getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(staffList(page).getByRole("link", { name: /Jack Morgan/ })).toHaveCount(0);
  await shots(page, "laser-staff");

  // Men's cuts: only the barber.
  await chooseService(page, "Men's cut");
  await expect(staffList(page).getByRole("link")).toHaveCount(2);
  const jack = staffList(page).getByRole("link", { name: /^Jack Morgan/ });
  const jackId = new URL((await jack.getAttribute("href"))!, page.url()).searchParams.get("staff");

  // A hand-made link asking Jack for laser falls back to the staff step with a clear message.
  await page.goto(`${laserStep}&staff=${jackId}`);
  await expect(page.getByRole("alert").filter({ hasText: "Jack Morgan does not do Laser underarm. Choose someone who does, or “Anyone”." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who would you like?" })).toBeVisible();
});

test("no men's cut is offered inside Jack's lunch break; his day off is shown as not working", async ({ page }) => {
  await chooseStaff(page, "Men's cut", "Jack Morgan");
  // A day he works, far ahead (nothing booked yet): the page is asked a day at a time.
  let date = openDayAhead(40);
  let times = await timesOn(page, date);
  for (let tries = 0; times.length === 0 && tries < 6; tries++) times = await timesOn(page, (date = nextOpenDay(date)));
  expect(times.length).toBeGreaterThan(0);
  // A 30-minute cut may end as lunch starts and start as it ends, never in between.
  expect(times).toContain("12:30");
  for (const t of ["12:45", "13:00", "13:15", "13:30", "13:45"]) expect(times).not.toContain(t);
  expect(times).toContain("14:00");
  await shots(page, "jack-break");

  // The week's strip (from the chosen day) marks his day off, and that day says so.
  const strip = await page.getByRole("region", { name: "Choose a day" }).getByRole("listitem").allTextContents();
  const off = strip.findIndex((text) => text.includes("Not working"));
  expect(off).toBeGreaterThanOrEqual(0);
  const offDay = new Date(`${date}T12:00:00Z`);
  offDay.setUTCDate(offDay.getUTCDate() + off);
  expect(await timesOn(page, offDay.toISOString().slice(0, 10))).toEqual([]);
  await expect(page.getByText("Jack Morgan is not working on this day. Please choose another day.")).toBeVisible();
});

test("one laser room: once Grace's client takes a time, Priya's client is told the room has gone and books the next free time", async ({ browser }) => {
  const id = unique();
  const context = () => (browser as Browser).newContext({ timezoneId: "Europe/London", locale: "en-GB" });
  const a = await (await context()).newPage();
  const b = await (await context()).newPage();
  await chooseStaff(a, "Laser underarm", "Grace Bennett");
  await chooseStaff(b, "Laser underarm", "Priya Shah");

  // A day both work, and the first time free with both.
  let date = openDayAhead(44);
  let time: string | undefined;
  for (let tries = 0; tries < 7; tries++) {
    const graces = await timesOn(a, date);
    const priyas = await timesOn(b, date);
    time = graces.find((t) => priyas.includes(t));
    if (time) break;
    date = nextOpenDay(date);
  }
  expect(time).toBeDefined();
  for (const p of [a, b]) {
    await p.getByRole("region", { name: /^Free times on / }).getByRole("link", { name: time, exact: true }).click();
    await expect(p.getByRole("heading", { name: "Your details", level: 1 })).toBeVisible();
  }

  await fillDetails(a, "Gwen", `Room${id}`);
  await a.getByRole("button", { name: "Confirm booking" }).click();
  await expect(a.getByRole("heading", { name: "You're booked" })).toBeVisible();

  // Priya is free then, the room is not: nothing is booked and the next free times are offered.
  await fillDetails(b, "Pia", `Room${id}`);
  await b.getByRole("button", { name: "Confirm booking" }).click();
  const refusal = b.getByRole("alert").filter({ hasText: "That time has just gone" });
  await expect(refusal).toContainText("the room this treatment needs was booked a moment ago");
  await expect(b.getByRole("button", { name: "Book anyway" })).toHaveCount(0);
  const offered = b.getByRole("group", { name: /^Next free times on / });
  await expect(offered.getByRole("radio").first()).toBeVisible();
  await shots(b, "room-gone");
  expect(await offered.getByText(time!, { exact: true }).count()).toBe(0);
  const nextLabel = (await offered.locator("label").first().innerText()).trim();
  await offered.getByRole("radio").first().check();
  await b.getByRole("button", { name: "Confirm booking" }).click();
  await expect(b.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect(b.getByRole("definition").filter({ hasText: "Priya Shah" })).toBeVisible();
  await expect(b.getByRole("definition").filter({ hasText: nextLabel })).toBeVisible();

  // Afterwards neither therapist, nor Anyone, is offered the taken time: one laser room.
  await chooseStaff(b, "Laser underarm", "Anyone");
  expect(await timesOn(b, date)).not.toContain(time);
  await a.context().close();
  await b.context().close();
});
